/**
 * The JSON API under /api: health, the story library and compiled stories.
 */
import express, { type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import {
  STORY_API_VERSION,
  type StoryListResponse,
  type StoryResponse,
  type StoryReview,
} from '../core/protocol/storyApi.ts';
import type { EthicsConfig } from '../core/ethics/ethicsConfig.ts';
import { gameConfigView } from '../core/ethics/gameConfigView.ts';
import { reviewStory } from '../core/ethics/storyReview.ts';
import { describeIssues, storyMetaSchema } from '../core/stories/storyMeta.ts';
import type { StorySource } from './storySource.ts';

/** What the ethics review lets the API serve. */
export interface EthicsGate {
  config: EthicsConfig;
  /** Serve stories without a valid approval too (development, OFFRAMP_SHOW_UNREVIEWED=1). */
  showUnreviewed: boolean;
}

const MAX_PARAM_LENGTH = 64;

export const storyParamsSchema = z.object({
  id: z
    .string()
    .max(MAX_PARAM_LENGTH, `must be at most ${MAX_PARAM_LENGTH} characters`)
    .pipe(storyMetaSchema.shape.id),
  locale: z
    .string()
    .max(MAX_PARAM_LENGTH, `must be at most ${MAX_PARAM_LENGTH} characters`)
    .pipe(storyMetaSchema.shape.locales.element),
});

export function sendApiError(response: Response, status: number, error: string): void {
  response.status(status).json({ error });
}

const methodNotAllowed: RequestHandler = (_request, response) => {
  response.set('Allow', 'GET, HEAD');
  sendApiError(response, 405, 'method not allowed');
};

/**
 * The body is assembled as text around the compiled JSON so that it reaches the browser
 * byte for byte: a JSON.parse/stringify round trip would turn the whole float `2.0` into the
 * integer `2`, and inkjs would then compute `5 / 2` as 2 instead of 2.5.
 */
export function storyResponseBody(
  id: string,
  locale: string,
  contentHash: string,
  review: StoryReview,
  compiledJson: string,
): string {
  const envelope: Omit<StoryResponse, 'story'> = {
    version: STORY_API_VERSION,
    id,
    locale,
    contentHash,
    review,
  };
  return `${JSON.stringify(envelope).slice(0, -1)},"story":${compiledJson}}`;
}

const configQuerySchema = z.object({
  locale: z
    .string()
    .max(MAX_PARAM_LENGTH, `must be at most ${MAX_PARAM_LENGTH} characters`)
    .pipe(storyMetaSchema.shape.locales.element),
});

export function createApiRouter(stories: StorySource, ethics: EthicsGate): express.Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  const review = (id: string, sourceHash: string) =>
    reviewStory(ethics.config, id, sourceHash, ethics.showUnreviewed);

  router
    .route('/health')
    .get((_request, response) => {
      response.set('Cache-Control', 'no-store').json({ ok: true });
    })
    .all(methodNotAllowed);

  router
    .route('/stories')
    .get(async (_request, response) => {
      const listed: StoryListResponse['stories'] = [];
      for (const { sourceHash, ...summary } of await stories.list()) {
        const verdict = review(summary.id, sourceHash);
        if (verdict) listed.push({ ...summary, review: verdict });
      }
      const body: StoryListResponse = { version: STORY_API_VERSION, stories: listed };
      response.set('Cache-Control', 'no-cache').json(body);
    })
    .all(methodNotAllowed);

  router
    .route('/stories/:id/:locale')
    .get(async (request, response) => {
      const params = storyParamsSchema.safeParse(request.params);
      if (!params.success) {
        sendApiError(response, 400, describeIssues(params.error.issues).join('; '));
        return;
      }
      const { id, locale } = params.data;
      const story = await stories.get(id, locale);
      // A story the review does not let through is answered like one that does not exist.
      const verdict = story && review(id, story.sourceHash);
      if (!story || !verdict) {
        sendApiError(response, 404, `no story ${id} in locale ${locale}`);
        return;
      }
      // Weak: the gzip and the plain representation share it, as they carry the same story.
      response
        .set('Cache-Control', 'no-cache')
        .set(
          'ETag',
          `W/"v${STORY_API_VERSION}-${story.contentHash}-${verdict.reviewed ? 'r' : 'u'}"`,
        )
        .type('application/json')
        .send(storyResponseBody(id, locale, story.contentHash, verdict, story.json));
    })
    .all(methodNotAllowed);

  router
    .route('/config')
    .get((request, response) => {
      const query = configQuerySchema.safeParse(request.query);
      if (!query.success) {
        sendApiError(response, 400, describeIssues(query.error.issues).join('; '));
        return;
      }
      response
        .set('Cache-Control', 'no-cache')
        .json(gameConfigView(ethics.config, query.data.locale));
    })
    .all(methodNotAllowed);

  router.use((_request, response) => sendApiError(response, 404, 'not found'));
  return router;
}
