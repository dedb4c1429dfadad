/**
 * What the server sends the game about stories, and the build manifest it serves them from.
 * Versioned: a client that gets a version it does not know says so instead of guessing.
 */
import { z } from 'zod';

export const STORY_API_VERSION = 1;

export const storySummarySchema = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  summary: z.record(z.string(), z.string()),
  locales: z.array(z.string()),
  minAge: z.number().int(),
  contentNotes: z.array(z.string()),
});

export const storyListResponseSchema = z.object({
  version: z.literal(STORY_API_VERSION),
  stories: z.array(storySummarySchema),
});

export const storyResponseSchema = z.object({
  version: z.literal(STORY_API_VERSION),
  id: z.string(),
  locale: z.string(),
  contentHash: z.string(),
  /** The compiled ink story, as inkjs loads it. */
  story: z.record(z.string(), z.unknown()),
});

export const apiErrorSchema = z.object({ error: z.string() });

export type StoryListResponse = z.infer<typeof storyListResponseSchema>;
export type StoryResponse = z.infer<typeof storyResponseSchema>;

/** dist/stories/manifest.json, written by the build, read by the production server. */
export const STORY_MANIFEST_VERSION = 1;

export const storyManifestSchema = z.object({
  version: z.literal(STORY_MANIFEST_VERSION),
  stories: z.array(
    storySummarySchema.extend({
      compiled: z.record(z.string(), z.object({ file: z.string(), contentHash: z.string() })),
    }),
  ),
});

export type StoryManifest = z.infer<typeof storyManifestSchema>;
