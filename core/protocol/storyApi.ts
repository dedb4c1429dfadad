/**
 * What the server sends the game about stories, and the build manifest it serves them from.
 * Versioned: a client that gets a version it does not know says so instead of guessing.
 */
import { z } from 'zod';
import { HOOK_TYPES } from '../story/tags.ts';

export const STORY_API_VERSION = 1;

export const storySummarySchema = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  summary: z.record(z.string(), z.string()),
  locales: z.array(z.string()),
  minAge: z.number().int(),
  contentNotes: z.array(z.string()),
});

/** What the ethics review says about a story, as the game needs it. */
export const storyReviewSchema = z.object({
  /** false: served only in development or with OFFRAMP_SHOW_UNREVIEWED; the game shows "Not reviewed". */
  reviewed: z.boolean(),
  /** Hook types the game may offer in this story (the approval's, or the policy's for unreviewed stories). */
  allowedHooks: z.array(z.enum(HOOK_TYPES)),
});

export const listedStorySchema = storySummarySchema.extend({ review: storyReviewSchema });

export const storyListResponseSchema = z.object({
  version: z.literal(STORY_API_VERSION),
  stories: z.array(listedStorySchema),
});

export const storyResponseSchema = z.object({
  version: z.literal(STORY_API_VERSION),
  id: z.string(),
  locale: z.string(),
  contentHash: z.string(),
  review: storyReviewSchema,
  /** The compiled ink story, as inkjs loads it. */
  story: z.record(z.string(), z.unknown()),
});

export const apiErrorSchema = z.object({ error: z.string() });

export type StoryReview = z.infer<typeof storyReviewSchema>;
export type ListedStory = z.infer<typeof listedStorySchema>;
export type StoryListResponse = z.infer<typeof storyListResponseSchema>;
export type StoryResponse = z.infer<typeof storyResponseSchema>;

/** dist/stories/manifest.json, written by the build, read by the production server. */
export const STORY_MANIFEST_VERSION = 1;

export const storyManifestSchema = z.object({
  version: z.literal(STORY_MANIFEST_VERSION),
  stories: z.array(
    storySummarySchema.extend({
      /** sha256 of the story's sources (every ink file and story.json): what approvals bind to. */
      sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
      compiled: z.record(z.string(), z.object({ file: z.string(), contentHash: z.string() })),
    }),
  ),
});

export type StoryManifest = z.infer<typeof storyManifestSchema>;
