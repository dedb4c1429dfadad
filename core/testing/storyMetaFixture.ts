/** A valid story.json for tests: an en + de story with no content notes; change what a test needs. */
import type { StoryMeta } from '../stories/storyMeta.ts';

export function storyMetaFixture(id: string, overrides: Partial<StoryMeta> = {}): StoryMeta {
  return {
    id,
    title: { en: 'T', de: 'T' },
    summary: { en: 'S', de: 'S' },
    minAge: 13,
    contentNotes: [],
    themes: [],
    locales: ['en', 'de'],
    entry: 'main.ink',
    ...overrides,
  };
}
