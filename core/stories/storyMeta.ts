/** story.json: what the library shows about a story and where its ink lives. */
import { z } from 'zod';

const storyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const locale = z
  .string()
  .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language code such as en or de');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const localisedText = z.record(locale, z.string().trim().min(1, 'must not be empty'));

export const storyMetaSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: storyId,
    title: localisedText,
    summary: localisedText,
    minAge: z.number().int().min(0).max(99),
    contentNotes: z.array(slug),
    themes: z.array(slug),
    locales: z.array(locale).min(1, 'must name at least one locale'),
    entry: z
      .string()
      .regex(/^[^/\\]+\.ink$/, 'must be the name of an .ink file in each locale folder'),
  })
  .superRefine((meta, context) => {
    for (const field of ['title', 'summary'] as const) {
      for (const lng of meta.locales) {
        if (!meta[field][lng]) {
          context.addIssue({
            code: 'custom',
            path: [field, lng],
            message: `missing the ${lng} text`,
          });
        }
      }
    }
    if (new Set(meta.locales).size !== meta.locales.length) {
      context.addIssue({ code: 'custom', path: ['locales'], message: 'lists a locale twice' });
    }
  });

export type StoryMeta = z.infer<typeof storyMetaSchema>;

/** What the library lists for each story. */
export interface StorySummary {
  id: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  locales: string[];
  minAge: number;
  contentNotes: string[];
}

export function summariseStory(meta: StoryMeta): StorySummary {
  const { id, title, summary, locales, minAge, contentNotes } = meta;
  return { id, title, summary, locales, minAge, contentNotes };
}

/** Formats zod issues as `field.path: message`, one per line. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map(
    (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
}
