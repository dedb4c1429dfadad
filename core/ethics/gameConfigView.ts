/** The part of the ethics config the game may see (GET /api/config), for one locale. */
import {
  GAME_CONFIG_API_VERSION,
  type CrisisResourceView,
  type GameConfigResponse,
  type PartnerView,
} from '../protocol/gameConfigApi.ts';
import type { EthicsConfig } from './ethicsConfig.ts';

const EUROPE_WIDE = 'EU';

/** The text in `locale` when there is one, else in any locale the config has. */
function inLocale(texts: Record<string, string> | undefined, locale: string): string | undefined {
  return texts?.[locale] ?? Object.values(texts ?? {})[0];
}

export function gameConfigView(config: EthicsConfig, locale: string): GameConfigResponse {
  const countries = (config.audience.countriesByLocale[locale] ?? []).filter(
    (country) => country !== EUROPE_WIDE,
  );
  // The countries this locale serves first, then the Europe-wide numbers.
  const order = [...countries, EUROPE_WIDE];
  const crisisResources: CrisisResourceView[] = order.flatMap((country) =>
    (config.crisisResources.byCountry[country] ?? []).map((resource) => {
      const description = inLocale(resource.description, locale);
      return {
        country,
        name: resource.name,
        ...(resource.phone ? { phone: resource.phone } : {}),
        ...(resource.url ? { url: resource.url } : {}),
        ...(resource.hours ? { hours: resource.hours } : {}),
        ...(description ? { description } : {}),
      };
    }),
  );
  const partners: PartnerView[] = config.partners.map((partner) => {
    const description = inLocale(partner.description, locale);
    return {
      id: partner.id,
      name: partner.name,
      ...(description ? { description } : {}),
      ...(partner.url ? { url: partner.url } : {}),
      regions: [...partner.regions],
      languages: [...partner.languages],
      offers: [...partner.offers],
    };
  });
  return {
    version: GAME_CONFIG_API_VERSION,
    locale,
    countries,
    safety: { ...config.safety },
    prompts: { ...config.hooks.prompts },
    crisisResources,
    partners,
    data: { chatRetentionDays: config.data.chatRetentionDays },
    consent: { textVersion: config.consent.textVersion },
  };
}
