/**
 * May a player open the help chat this way? The Help button always; a story's hook only when
 * the story is served and its ethics review allows that hook (core/ethics/storyReview.ts).
 * Shared by the socket's `open` and `POST /api/chat/check-entry`.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import { mayOpenHelp, reviewStory, type HelpDecision } from '../../core/ethics/storyReview.ts';
import { chatEntrySchema, type ChatEntry } from '../../core/protocol/chatProtocol.ts';
import type { StoryReview } from '../../core/protocol/storyApi.ts';
import { HOOK_TYPES } from '../../core/story/tags.ts';
import type { EthicsGate } from '../apiRouter.ts';
import { judgeOrigin, type SameOriginOptions } from '../staff/sameOrigin.ts';
import type { StorySource } from '../storySource.ts';

/** The review a story gets now; undefined when it is not served. */
export type ReviewLookup = (storyId: string) => Promise<StoryReview | undefined>;

export function storyReviewLookup(stories: StorySource, ethics: EthicsGate): ReviewLookup {
  return async (storyId) => {
    const summary = (await stories.list()).find((story) => story.id === storyId);
    if (!summary) return undefined;
    return reviewStory(ethics.config, storyId, summary.sourceHash, ethics.showUnreviewed);
  };
}

export async function decideEntry(entry: ChatEntry, reviewOf: ReviewLookup): Promise<HelpDecision> {
  if (entry.via === 'help-button') return mayOpenHelp(entry, undefined);
  return mayOpenHelp(entry, await reviewOf(entry.storyId));
}

const checkEntryBodySchema = z.strictObject({
  storyId: chatEntrySchema.options[1].shape.storyId,
  hook: z.enum(HOOK_TYPES),
});

export interface ChatEntryRouterOptions extends SameOriginOptions {
  reviewOf: ReviewLookup;
  /** How requests reach this server: 'https' only when Node itself speaks TLS. */
  scheme?: 'http' | 'https';
}

/**
 * `POST /check-entry` {storyId, hook} → 200 {allowed: true} or 403 {error: reason}; mount at
 * /api/chat (before the /api router, which answers every other path under /api with 404).
 */
export function createChatEntryRouter(options: ChatEntryRouterOptions): Router {
  const router = express.Router();
  router.post('/check-entry', express.json({ limit: '2kb' }), (request, response, next) => {
    const verdict = judgeOrigin(request.headers, options.scheme ?? 'http', options);
    if (verdict !== 'same-origin') {
      response.status(403).json({ error: 'request from another origin refused' });
      return;
    }
    const body = checkEntryBodySchema.safeParse(request.body);
    if (!body.success) {
      response.status(400).json({ error: 'expected {storyId, hook}' });
      return;
    }
    decideEntry({ via: 'hook', ...body.data }, options.reviewOf).then((decision) => {
      if (decision.allowed) response.status(200).json({ allowed: true });
      else response.status(403).json({ error: decision.reason });
    }, next);
  });
  return router;
}
