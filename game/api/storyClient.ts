/**
 * The game's side of the story API (core/protocol/storyApi.ts): every answer is validated
 * against the protocol schema before the game uses it.
 */
import {
  storyListResponseSchema,
  storyResponseSchema,
  type ListedStory,
  type StoryReview,
} from '../../core/protocol/storyApi.ts';
import { getApiText, parseApiJson, StoryApiError } from './apiFetch.ts';
import { rawJsonProperty } from './rawJsonProperty.ts';

export { StoryApiError } from './apiFetch.ts';

export type StorySummary = ListedStory;

export interface LoadedStory {
  id: string;
  locale: string;
  contentHash: string;
  review: StoryReview;
  /** The compiled ink exactly as the server sent it (see rawJsonProperty). */
  storyJson: string;
}

export interface StoryClient {
  listStories(): Promise<StorySummary[]>;
  /** `fresh` skips the browser cache (after the story was edited in dev). */
  loadStory(id: string, locale: string, options?: { fresh?: boolean }): Promise<LoadedStory>;
}

export function createStoryClient(
  fetchFn: typeof fetch = fetch.bind(globalThis),
  base = '/',
): StoryClient {
  const api = `${base.replace(/\/$/, '')}/api/stories`;
  return {
    async listStories() {
      const text = await getApiText(fetchFn, api);
      const parsed = storyListResponseSchema.safeParse(parseApiJson(api, text));
      if (!parsed.success) throw new StoryApiError(`GET ${api}: ${parsed.error.message}`);
      return parsed.data.stories;
    },

    async loadStory(id, locale, options = {}) {
      const url = `${api}/${encodeURIComponent(id)}/${encodeURIComponent(locale)}`;
      const text = await getApiText(fetchFn, url, options.fresh);
      const parsed = storyResponseSchema.safeParse(parseApiJson(url, text));
      if (!parsed.success) throw new StoryApiError(`GET ${url}: ${parsed.error.message}`);
      const storyJson = rawJsonProperty(text, 'story');
      if (storyJson === undefined) throw new StoryApiError(`GET ${url}: no story in the answer`);
      const { contentHash, review } = parsed.data;
      return { id: parsed.data.id, locale: parsed.data.locale, contentHash, review, storyJson };
    },
  };
}
