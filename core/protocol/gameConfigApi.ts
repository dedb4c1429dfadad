/**
 * GET /api/config?locale=de: the part of the ethics config the game needs, and nothing
 * more (no approvals, no reviewer names). Versioned like everything sent over the wire.
 */
import { z } from 'zod';

/**
 * Bump on any change that an older page could not parse. A new field is not one: pages parse
 * with z.object, which drops keys it does not know, so a page loaded before `countries` and
 * `partners` existed keeps working and simply shows no partners. A bump would instead make
 * such a page fail to load the config, and with it the crisis resources.
 */
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

export const PARTNER_OFFERS = ['online', 'in-person', 'phone'] as const;

export const partnerViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** In the requested locale when the config has it, else in any locale it has. */
  description: z.string().optional(),
  url: z
    .string()
    .refine((url) => url.startsWith('https://'), 'must be an https:// URL')
    .optional(),
  /** Country codes, or EU for a programme that serves every country. */
  regions: z.array(z.string()),
  languages: z.array(z.string()),
  offers: z.array(z.enum(PARTNER_OFFERS)),
});

export const gameConfigResponseSchema = z.object({
  version: z.literal(GAME_CONFIG_API_VERSION),
  locale: z.string(),
  /** The countries the locale serves (EU is not a country here), the most likely first. */
  countries: z.array(z.string()),
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
  /** Partner programmes, in the order of the config; the player may choose one to contact. */
  partners: z.array(partnerViewSchema),
  data: z.object({ chatRetentionDays: z.number().int() }),
  consent: z.object({ textVersion: z.string() }),
});

export type GameConfigResponse = z.infer<typeof gameConfigResponseSchema>;
export type CrisisResourceView = z.infer<typeof crisisResourceViewSchema>;
export type PartnerView = z.infer<typeof partnerViewSchema>;
export type PartnerOffer = (typeof PARTNER_OFFERS)[number];
