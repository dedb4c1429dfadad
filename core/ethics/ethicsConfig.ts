/**
 * The ethics review config (ethics.config.json): policy set by the ethics board plus the
 * per-story approvals. This schema is the one place that says what the file may contain;
 * the CLI, the server, the build and the tests all validate through it, and
 * ethics.config.schema.json (for editors) is generated from it.
 */
import { z } from 'zod';
import { HOOK_TYPES } from '../story/tags.ts';

export const ETHICS_CONFIG_VERSION = 1;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const countryCode = z
  .string()
  .regex(/^(?:[A-Z]{2}|EU)$/, 'must be an ISO 3166 country code such as DE, or EU');
const locale = z
  .string()
  .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language code such as en or de');
const httpsUrl = z
  .string()
  .url('must be a URL')
  .refine((url) => url.startsWith('https://'), 'must be an https:// URL');
const hookType = z.enum(HOOK_TYPES);

const bannedPattern = z.strictObject({
  pattern: z
    .string()
    .min(1)
    .describe('A regular expression (JavaScript syntax) matched against story text'),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'may only use the flags i, m, s and u')
    .default('i'),
  reason: z.string().min(1).describe('Why this is banned; shown with every hit'),
});

const crisisResource = z.strictObject({
  name: z.string().min(1),
  phone: z
    .string()
    .regex(/^[0-9 +()-]{3,20}$/, 'must be a phone number')
    .optional(),
  url: httpsUrl.optional(),
  hours: z.string().optional(),
  description: z.record(locale, z.string()).optional(),
  lastChecked: isoDate.describe('When someone last confirmed this resource works'),
});

const partner = z.strictObject({
  id: slug,
  name: z.string().min(1),
  description: z.record(locale, z.string()).optional(),
  url: httpsUrl.optional(),
  regions: z.array(countryCode).min(1),
  languages: z.array(locale).min(1),
  offers: z.array(z.enum(['online', 'in-person', 'phone'])).min(1),
});

export const storyApprovalSchema = z.strictObject({
  status: z.enum(['approved', 'revoked']),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
  reviewer: z.string().min(1),
  date: isoDate,
  hooks: z.array(hookType).describe('Hook types the board allows in this story'),
  note: z.string().optional(),
});

export const ethicsConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(ETHICS_CONFIG_VERSION),
    audience: z.strictObject({
      minimumAge: z.number().int().min(0).max(99),
      digitalConsentAge: z
        .record(countryCode, z.number().int().min(13).max(16))
        .describe('GDPR Art. 8: the age from which a young person may consent alone (13–16)'),
      countriesByLocale: z
        .record(locale, z.array(countryCode).min(1))
        .describe('The countries each story locale serves; crisis resources must cover them'),
    }),
    content: z.strictObject({
      allowedContentNotes: z.array(slug).min(1),
      requiredContentNotes: z.array(slug).describe('Notes every story must declare'),
      bannedPatterns: z.array(bannedPattern),
    }),
    hooks: z.strictObject({
      allowed: z.array(hookType),
      prompts: z.strictObject({
        maxPerSession: z.number().int().min(0),
        minChoicesBetween: z
          .number()
          .int()
          .min(0)
          .describe('Choices the player makes between two prompts'),
        stopAfterDeclines: z.number().int().min(1),
        neverInOrAfterDistressing: z.literal(true),
        onlyAtCalmOrDebrief: z.boolean(),
      }),
    }),
    consent: z.strictObject({
      textVersion: z.string().min(1),
      sharedWithCounsellorsByDefault: z
        .array(z.never())
        .max(0, 'nothing is shared with counsellors by default'),
    }),
    data: z.strictObject({
      chatRetentionDays: z.number().int().min(1).max(365),
      ipLogging: z.literal('off', { error: 'must be "off": Offramp never records IP addresses' }),
    }),
    crisisResources: z.strictObject({
      maxAgeDays: z.number().int().min(1),
      whenStale: z.enum(['warning', 'error']),
      byCountry: z.record(countryCode, z.array(crisisResource).min(1)),
    }),
    partners: z.array(partner),
    safety: z.strictObject({
      quickExitUrl: httpsUrl,
      clearProgressOnQuickExit: z.boolean(),
    }),
    stories: z.record(slug, storyApprovalSchema),
  })
  .superRefine((config, context) => {
    config.content.bannedPatterns.forEach((banned, index) => {
      try {
        new RegExp(banned.pattern, banned.flags);
      } catch (error) {
        context.addIssue({
          code: 'custom',
          path: ['content', 'bannedPatterns', index, 'pattern'],
          message: `is not a valid regular expression: ${(error as Error).message}`,
        });
      }
    });
    for (const required of config.content.requiredContentNotes) {
      if (!config.content.allowedContentNotes.includes(required)) {
        context.addIssue({
          code: 'custom',
          path: ['content', 'requiredContentNotes'],
          message: `"${required}" is required but not in allowedContentNotes`,
        });
      }
    }
    for (const [id, approval] of Object.entries(config.stories)) {
      approval.hooks.forEach((hook, index) => {
        if (!config.hooks.allowed.includes(hook)) {
          context.addIssue({
            code: 'custom',
            path: ['stories', id, 'hooks', index],
            message: `"${hook}" is not in hooks.allowed`,
          });
        }
      });
    }
    const partnerIds = new Set<string>();
    config.partners.forEach((p, index) => {
      if (partnerIds.has(p.id)) {
        context.addIssue({
          code: 'custom',
          path: ['partners', index, 'id'],
          message: `"${p.id}" is used twice`,
        });
      }
      partnerIds.add(p.id);
    });
  });

export type EthicsConfig = z.infer<typeof ethicsConfigSchema>;
export type StoryApproval = z.infer<typeof storyApprovalSchema>;
export type PromptRules = EthicsConfig['hooks']['prompts'];
export type CrisisResource = z.infer<typeof crisisResource>;
export type Partner = z.infer<typeof partner>;

export class EthicsConfigError extends Error {
  /** `issues` name field paths; with none, `summary` alone says what is wrong with the file. */
  constructor(
    readonly source: string,
    readonly issues: string[],
    summary = 'invalid ethics config',
  ) {
    super([`${source}: ${summary}`, ...issues.map((issue) => `  ${issue}`)].join('\n'));
    this.name = 'EthicsConfigError';
  }
}

/** Validates parsed JSON; every problem names its field path. `source` names the file in messages. */
export function parseEthicsConfig(data: unknown, source = 'ethics.config.json'): EthicsConfig {
  const parsed = ethicsConfigSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new EthicsConfigError(
    source,
    parsed.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
    ),
  );
}

/** The JSON Schema editors use for autocompletion, generated from the zod schema. */
export function ethicsConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ethicsConfigSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Offramp ethics review config',
  };
}
