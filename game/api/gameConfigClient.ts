/**
 * GET /api/config: the part of the ethics config the game needs (prompt rules, crisis
 * resources, quick exit), validated against core/protocol/gameConfigApi.ts. One answer per
 * locale is kept for the page's lifetime: the config does not change while a player plays.
 */
import {
  gameConfigResponseSchema,
  type GameConfigResponse,
} from '../../core/protocol/gameConfigApi.ts';
import { getApiText, parseApiJson, StoryApiError } from './apiFetch.ts';

export type GameConfig = GameConfigResponse;

export interface GameConfigClient {
  loadConfig(locale: string): Promise<GameConfig>;
}

export function createGameConfigClient(
  fetchFn: typeof fetch = fetch.bind(globalThis),
  base = '/',
): GameConfigClient {
  const api = `${base.replace(/\/$/, '')}/api/config`;
  const byLocale = new Map<string, Promise<GameConfig>>();
  const load = async (locale: string): Promise<GameConfig> => {
    const url = `${api}?locale=${encodeURIComponent(locale)}`;
    const parsed = gameConfigResponseSchema.safeParse(
      parseApiJson(url, await getApiText(fetchFn, url)),
    );
    if (!parsed.success) throw new StoryApiError(`GET ${url}: ${parsed.error.message}`);
    return parsed.data;
  };
  return {
    loadConfig(locale) {
      let answer = byLocale.get(locale);
      if (!answer) {
        answer = load(locale);
        // A failed request may be tried again later; a good answer is kept.
        answer.catch(() => byLocale.delete(locale));
        byLocale.set(locale, answer);
      }
      return answer;
    },
  };
}
