import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { permissiveEthicsConfig } from '../testing/ethicsFixtures.node.ts';
import { gameConfigResponseSchema } from '../protocol/gameConfigApi.ts';
import { parseEthicsConfig, type EthicsConfig } from './ethicsConfig.ts';
import { gameConfigView } from './gameConfigView.ts';

function configWithPartners(): EthicsConfig {
  const config = permissiveEthicsConfig(new Date('2026-11-27T00:00:00Z'));
  config.audience.countriesByLocale = { de: ['DE', 'AT', 'EU'], en: ['GB'] };
  config.partners = [
    {
      id: 'harbour-exit',
      name: 'Harbour Exit Programme',
      description: { de: 'Treffen vor Ort', en: 'Meet on site' },
      url: 'https://harbour-exit.example',
      regions: ['DE'],
      languages: ['de', 'en'],
      offers: ['in-person', 'online'],
    },
    {
      id: 'lantern-line',
      name: 'Lantern Line',
      description: { en: 'A phone line' },
      regions: ['EU'],
      languages: ['en'],
      offers: ['phone'],
    },
    {
      id: 'quiet-room',
      name: 'Quiet Room',
      regions: ['AT'],
      languages: ['de'],
      offers: ['online'],
    },
  ];
  return config;
}

describe('gameConfigView', () => {
  it('names the countries the locale serves, without EU', () => {
    const config = configWithPartners();
    expect(gameConfigView(config, 'de').countries).toEqual(['DE', 'AT']);
    expect(gameConfigView(config, 'en').countries).toEqual(['GB']);
    expect(gameConfigView(config, 'fr').countries).toEqual([]);
  });

  it('carries every partner with its description in the locale, else in one it has', () => {
    const view = gameConfigView(configWithPartners(), 'de');
    expect(view.partners).toEqual([
      {
        id: 'harbour-exit',
        name: 'Harbour Exit Programme',
        description: 'Treffen vor Ort',
        url: 'https://harbour-exit.example',
        regions: ['DE'],
        languages: ['de', 'en'],
        offers: ['in-person', 'online'],
      },
      {
        id: 'lantern-line',
        name: 'Lantern Line',
        description: 'A phone line',
        regions: ['EU'],
        languages: ['en'],
        offers: ['phone'],
      },
      {
        id: 'quiet-room',
        name: 'Quiet Room',
        regions: ['AT'],
        languages: ['de'],
        offers: ['online'],
      },
    ]);
    expect(gameConfigView(configWithPartners(), 'en').partners[0]?.description).toBe(
      'Meet on site',
    );
  });

  it('does not share the config’s arrays with the answer', () => {
    const config = configWithPartners();
    const view = gameConfigView(config, 'de');
    view.partners[0]?.regions.push('FR');
    view.countries.push('FR');
    expect(config.partners[0]?.regions).toEqual(['DE']);
    expect(config.audience.countriesByLocale['de']).toEqual(['DE', 'AT', 'EU']);
  });

  it('answers what the game’s schema accepts, for the shipped config and one with partners', () => {
    const shipped = parseEthicsConfig(
      JSON.parse(readFileSync(new URL('../../ethics.config.json', import.meta.url), 'utf8')),
    );
    for (const locale of ['en', 'de']) {
      const view = gameConfigView(shipped, locale);
      expect(gameConfigResponseSchema.parse(view)).toEqual(view);
      expect(view.partners).toEqual([]);
      expect(view.countries.length).toBeGreaterThan(0);
    }
    const withPartners = gameConfigView(configWithPartners(), 'de');
    expect(gameConfigResponseSchema.parse(withPartners)).toEqual(withPartners);
  });

  it('stays readable by a page from before partners (so the version need not change)', () => {
    // What a page loaded before this change parses with: the same schema without the new keys.
    const olderPage = gameConfigResponseSchema.omit({ countries: true, partners: true });
    const view = gameConfigView(configWithPartners(), 'de');
    const parsed = olderPage.parse(view);
    expect(parsed.crisisResources).toEqual(view.crisisResources);
    expect(parsed).not.toHaveProperty('partners');
  });

  it('refuses a partner link that is not https on the game’s side', () => {
    const view = gameConfigView(configWithPartners(), 'de');
    const tampered = {
      ...view,
      partners: [{ ...view.partners[0], url: 'javascript:alert(1)' }],
    };
    const parsed = gameConfigResponseSchema.safeParse(tampered);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['partners', 0, 'url']);
  });
});
