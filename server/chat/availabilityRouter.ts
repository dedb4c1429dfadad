/**
 * `GET /availability?counsellorKind=&counsellorGender=&language=` (mounted at /api/chat):
 * what the player is told on the chat's preferences step. The answer is counts only and is
 * never cached or logged with the wishes that were asked about.
 */
import express, { type Router } from 'express';
import {
  availabilityQuerySchema,
  type AvailabilityQuery,
  type AvailabilityResponse,
} from '../../core/protocol/chatAvailabilityApi.ts';

/** The chat service, as far as this route needs it. */
export interface AvailabilitySource {
  availability(query: AvailabilityQuery): Promise<AvailabilityResponse>;
}

/**
 * `source` gives undefined until the chat server is attached (it needs the listening HTTP
 * server); a request in that moment gets 503 and the game says it could not check.
 */
export function createAvailabilityRouter(source: () => AvailabilitySource | undefined): Router {
  const router = express.Router();
  router.get('/availability', (request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    const query = availabilityQuerySchema.safeParse(request.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      response.status(400).json({
        error: `expected ?counsellorKind=&counsellorGender=&language= (${where}${issue?.message ?? 'invalid'})`,
      });
      return;
    }
    const chat = source();
    if (!chat) {
      response.status(503).json({ error: 'the chat is starting; try again in a moment' });
      return;
    }
    chat.availability(query.data).then((answer) => response.status(200).json(answer), next);
  });
  return router;
}
