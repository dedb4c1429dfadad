import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { storyContentHash } from '../../core/ethics/storyContentHash.node.ts';
import { permissiveEthicsConfig } from '../../core/testing/ethicsFixtures.node.ts';
import { liveStorySource } from '../storySource.ts';
import { writeStoriesDir } from '../testing/storyFixtures.ts';
import { decideEntry, storyReviewLookup } from './entryCheck.ts';

const INK = 'Hello.\n* [Talk] Someone listens. # hook: chat\n  -> END\n';

describe('whether a story hook may open the chat', () => {
  const storiesDir = writeStoriesDir([
    { id: 'approved', ink: { en: { 'main.ink': INK } } },
    { id: 'draft', ink: { en: { 'main.ink': INK } } },
  ]);
  afterAll(() => rmSync(storiesDir, { recursive: true, force: true }));
  const config = permissiveEthicsConfig();
  config.stories['approved'] = {
    status: 'approved',
    contentHash: storyContentHash(storiesDir, 'approved'),
    reviewer: 'Board',
    date: '2026-11-27',
    hooks: ['reflect'],
  };
  const stories = liveStorySource(storiesDir);

  it('follows the approval: only the hooks it allows, and nothing from a story not served', async () => {
    const reviewOf = storyReviewLookup(stories, { config, showUnreviewed: false });
    expect(
      await decideEntry({ via: 'hook', hook: 'reflect', storyId: 'approved' }, reviewOf),
    ).toEqual({ allowed: true });
    const chat = await decideEntry({ via: 'hook', hook: 'chat', storyId: 'approved' }, reviewOf);
    expect(chat).toEqual({
      allowed: false,
      reason: 'the ethics review does not allow "chat" prompts in story "approved"',
    });
    expect(await decideEntry({ via: 'hook', hook: 'chat', storyId: 'draft' }, reviewOf)).toEqual({
      allowed: false,
      reason: 'story "draft" is not approved',
    });
    expect(await decideEntry({ via: 'help-button' }, reviewOf)).toEqual({ allowed: true });
  });

  it('lets authors try the policy hooks of unreviewed stories when those are shown', async () => {
    const reviewOf = storyReviewLookup(stories, { config, showUnreviewed: true });
    const allowedByPolicy = config.hooks.allowed[0];
    if (!allowedByPolicy) throw new Error('the fixture config allows no hook');
    expect(
      await decideEntry({ via: 'hook', hook: allowedByPolicy, storyId: 'draft' }, reviewOf),
    ).toEqual({ allowed: true });
  });
});
