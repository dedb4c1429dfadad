/**
 * Story titles for the inbox, so a counsellor reads "The Study Circle" rather than a story id
 * where a contact came from a story or shared their place in one. The titles come from the
 * game's public story list; without it (offline, an error) the inbox shows the ids.
 */
import { storyListResponseSchema } from '../core/protocol/storyApi.ts';
import type { StoryTitle } from './inbox/inboxView.ts';

export async function loadStoryTitles(
  language: string,
  fetchFn: typeof fetch = fetch.bind(globalThis),
): Promise<StoryTitle> {
  const titles = new Map<string, string>();
  try {
    const response = await fetchFn('/api/stories', { headers: { accept: 'application/json' } });
    const parsed = storyListResponseSchema.safeParse(response.ok ? await response.json() : null);
    if (parsed.success) {
      for (const story of parsed.data.stories) {
        const title = story.title[language] ?? Object.values(story.title)[0];
        if (title) titles.set(story.id, title);
      }
    }
  } catch {
    // Titles are a convenience: the ids still say which story it was.
  }
  return (storyId) => titles.get(storyId) ?? storyId;
}
