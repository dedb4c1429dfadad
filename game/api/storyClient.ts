/**
 * The game's side of the story API (core/protocol/storyApi.ts): every answer is validated
 * against the protocol schema before the game uses it.
 */
import {
  storyListResponseSchema,
  storyResponseSchema,
  type StoryListResponse,
} from '../../core/protocol/storyApi.ts';
import { rawJsonProperty } from './rawJsonProperty.ts';

export type StorySummary = StoryListResponse['stories'][number];

export interface LoadedStory {
  id: string;
  locale: string;
  contentHash: string;
  /** The compiled ink exactly as the server sent it (see rawJsonProperty). */
  storyJson: string;
}

/** Why the game could not use an answer; shown to the player as a generic failure. */
export class StoryApiError extends Error {
  override name = 'StoryApiError';
}

export interface StoryClient {
  listStories(): Promise<StorySummary[]>;
  /** `fresh` skips the browser cache (after the story was edited in dev). */
  loadStory(id: string, locale: string, options?: { fresh?: boolean }): Promise<LoadedStory>;
}

async function getText(fetchFn: typeof fetch, url: string, fresh = false): Promise<string> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { accept: 'application/json' },
      ...(fresh ? { cache: 'no-store' } : {}),
    });
  } catch (error) {
    throw new StoryApiError(`GET ${url} failed: ${String(error)}`);
  }
  if (!response.ok) throw new StoryApiError(`GET ${url} answered ${response.status}`);
  return response.text();
}

function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StoryApiError(`GET ${url} did not answer JSON`);
  }
}

export function createStoryClient(
  fetchFn: typeof fetch = fetch.bind(globalThis),
  base = '/',
): StoryClient {
  const api = `${base.replace(/\/$/, '')}/api/stories`;
  return {
    async listStories() {
      const text = await getText(fetchFn, api);
      const parsed = storyListResponseSchema.safeParse(parseJson(api, text));
      if (!parsed.success) throw new StoryApiError(`GET ${api}: ${parsed.error.message}`);
      return parsed.data.stories;
    },

    async loadStory(id, locale, options = {}) {
      const url = `${api}/${encodeURIComponent(id)}/${encodeURIComponent(locale)}`;
      const text = await getText(fetchFn, url, options.fresh);
      const parsed = storyResponseSchema.safeParse(parseJson(url, text));
      if (!parsed.success) throw new StoryApiError(`GET ${url}: ${parsed.error.message}`);
      const storyJson = rawJsonProperty(text, 'story');
      if (storyJson === undefined) throw new StoryApiError(`GET ${url}: no story in the answer`);
      const { contentHash } = parsed.data;
      return { id: parsed.data.id, locale: parsed.data.locale, contentHash, storyJson };
    },
  };
}
