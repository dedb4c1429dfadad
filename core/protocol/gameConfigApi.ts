/**
 * GET /api/config?locale=de: the part of the ethics config the game needs, and nothing
 * more (no approvals, no reviewer names). Versioned like everything sent over the wire.
 */
import { z } from 'zod';

export const GAME_CONFIG_API_VERSION = 1;

export const crisisResourceViewSchema = z.object({
  country: z.string(),
  name: z.string(),
  phone: z.string().optional(),
  url: z.string().optional(),
  hours: z.string().optional(),
  /** In the requested locale when the config has it, else in any locale it has. */
  description: z.string().optional(),
});

export const gameConfigResponseSchema = z.object({
  version: z.literal(GAME_CONFIG_API_VERSION),
  locale: z.string(),
  safety: z.object({
    quickExitUrl: z.string(),
    clearProgressOnQuickExit: z.boolean(),
  }),
  prompts: z.object({
    maxPerSession: z.number().int(),
    minChoicesBetween: z.number().int(),
    stopAfterDeclines: z.number().int(),
    neverInOrAfterDistressing: z.literal(true),
    onlyAtCalmOrDebrief: z.boolean(),
  }),
  /** For the countries the locale serves, then Europe-wide ones; first the most specific. */
  crisisResources: z.array(crisisResourceViewSchema),
  data: z.object({ chatRetentionDays: z.number().int() }),
  consent: z.object({ textVersion: z.string() }),
});

export type GameConfigResponse = z.infer<typeof gameConfigResponseSchema>;
export type CrisisResourceView = z.infer<typeof crisisResourceViewSchema>;
