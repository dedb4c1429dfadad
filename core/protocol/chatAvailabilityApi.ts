/**
 * GET /api/chat/availability?counsellorKind=&counsellorGender=&language= — what the player is
 * told before starting a chat: whether anyone who matches their choices is online, how many
 * are waiting before them, and how long people have recently waited. Only counts, never who.
 * Asked only after the player agreed to the chat (the preferences step), and never stored.
 */
import { z } from 'zod';
import {
  COUNSELLOR_GENDER_PREFERENCES,
  COUNSELLOR_KIND_PREFERENCES,
  languageCodeSchema,
} from './chatProtocol.ts';

export const CHAT_AVAILABILITY_API_VERSION = 1;

export const availabilityQuerySchema = z.strictObject({
  counsellorKind: z.enum(COUNSELLOR_KIND_PREFERENCES),
  counsellorGender: z.enum(COUNSELLOR_GENDER_PREFERENCES),
  language: languageCodeSchema,
});

export const availabilityResponseSchema = z.strictObject({
  version: z.literal(CHAT_AVAILABILITY_API_VERSION),
  /**
   * none: no counsellor here matches these choices at all (widening them may help);
   * offline: some match, none is online now (a message is answered later);
   * online: at least one who matches has the workspace open now.
   */
  status: z.enum(['none', 'offline', 'online']),
  /** Live contacts waiting now that the same counsellors could take (only when online). */
  waitingAhead: z.number().int().min(0),
  /**
   * The median time recent live contacts waited until a counsellor who was online took them,
   * in whole minutes; null when too few waited recently to say anything honest.
   */
  typicalWaitMinutes: z.number().int().min(0).nullable(),
});

export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;
export type AvailabilityResponse = z.infer<typeof availabilityResponseSchema>;
