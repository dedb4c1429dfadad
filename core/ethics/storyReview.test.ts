import { describe, expect, it } from 'vitest';
import { permissiveEthicsConfig } from '../testing/ethicsFixtures.node.ts';
import { gameConfigView } from './gameConfigView.ts';
import { mayOpenHelp, reviewStory } from './storyReview.ts';

const HASH = 'a'.repeat(64);

function configWith(status: 'approved' | 'revoked', hooks: ('chat' | 'reflect' | 'helpline')[]) {
  const config = permissiveEthicsConfig(new Date('2026-11-27T00:00:00Z'));
  config.hooks.allowed = ['chat', 'reflect'];
  config.stories['tiny'] = {
    status,
    contentHash: HASH,
    reviewer: 'Board',
    date: '2026-11-20',
    hooks,
  };
  return config;
}

describe('reviewStory', () => {
  it('passes an approval that binds to exactly these sources, with its hooks', () => {
    expect(reviewStory(configWith('approved', ['chat', 'helpline']), 'tiny', HASH, false)).toEqual({
      reviewed: true,
      allowedHooks: ['chat'],
    });
  });

  it('does not serve edited, revoked or unknown stories unless unreviewed ones are shown', () => {
    const config = configWith('approved', ['chat']);
    expect(reviewStory(config, 'tiny', 'b'.repeat(64), false)).toBeUndefined();
    expect(reviewStory(configWith('revoked', ['chat']), 'tiny', HASH, false)).toBeUndefined();
    expect(reviewStory(config, 'other', HASH, false)).toBeUndefined();
    expect(reviewStory(config, 'tiny', 'b'.repeat(64), true)).toEqual({
      reviewed: false,
      allowedHooks: ['chat', 'reflect'],
    });
  });
});

describe('mayOpenHelp', () => {
  const review = { reviewed: true, allowedHooks: ['reflect' as const] };
  it('always allows the player’s own Help button', () => {
    expect(mayOpenHelp({ via: 'help-button' }, undefined)).toEqual({ allowed: true });
  });
  it('allows only the hooks the review allows', () => {
    expect(mayOpenHelp({ via: 'hook', hook: 'reflect', storyId: 'tiny' }, review)).toEqual({
      allowed: true,
    });
    expect(mayOpenHelp({ via: 'hook', hook: 'chat', storyId: 'tiny' }, review)).toEqual({
      allowed: false,
      reason: 'the ethics review does not allow "chat" prompts in story "tiny"',
    });
    expect(mayOpenHelp({ via: 'hook', hook: 'chat', storyId: 'tiny' }, undefined)).toEqual({
      allowed: false,
      reason: 'story "tiny" is not approved',
    });
  });
});

describe('gameConfigView', () => {
  it('gives the game the rules and the resources of the locale’s countries, and nothing else', () => {
    const config = configWith('approved', ['chat']);
    config.audience.countriesByLocale = { de: ['DE', 'EU'] };
    config.crisisResources.byCountry['DE'] = [
      {
        name: 'Line DE',
        phone: '116 111',
        description: { de: 'Anonym', en: 'Anonymous' },
        lastChecked: '2026-11-01',
      },
    ];
    const view = gameConfigView(config, 'de');
    expect(view.crisisResources.map((r) => [r.country, r.name, r.description])).toEqual([
      ['DE', 'Line DE', 'Anonym'],
      ['EU', 'Helpline', undefined],
    ]);
    expect(view.prompts).toEqual(config.hooks.prompts);
    expect(JSON.stringify(view)).not.toContain('Board');
    expect(JSON.stringify(view)).not.toContain(HASH);
  });
});
