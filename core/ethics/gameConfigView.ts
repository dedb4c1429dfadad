/** The part of the ethics config the game may see (GET /api/config), for one locale. */
import {
  GAME_CONFIG_API_VERSION,
  type CrisisResourceView,
  type GameConfigResponse,
} from '../protocol/gameConfigApi.ts';
import type { EthicsConfig } from './ethicsConfig.ts';

const EUROPE_WIDE = 'EU';

export function gameConfigView(config: EthicsConfig, locale: string): GameConfigResponse {
  const countries = config.audience.countriesByLocale[locale] ?? [];
  // The countries this locale serves first, then the Europe-wide numbers.
  const order = [...countries.filter((c) => c !== EUROPE_WIDE), EUROPE_WIDE];
  const crisisResources: CrisisResourceView[] = order.flatMap((country) =>
    (config.crisisResources.byCountry[country] ?? []).map((resource) => {
      const description =
        resource.description?.[locale] ?? Object.values(resource.description ?? {})[0];
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
  return {
    version: GAME_CONFIG_API_VERSION,
    locale,
    safety: { ...config.safety },
    prompts: { ...config.hooks.prompts },
    crisisResources,
    data: { chatRetentionDays: config.data.chatRetentionDays },
    consent: { textVersion: config.consent.textVersion },
  };
}
