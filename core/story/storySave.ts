/**
 * Versioned saves. A save records which content it was made for, so progress made on
 * content that has since changed is recognised and the player is offered a clean restart.
 */
import { z } from 'zod';

/** Bump when the shape changes; keep reading every format from MIN_READABLE_SAVE_FORMAT on. */
export const SAVE_FORMAT = 1;
export const MIN_READABLE_SAVE_FORMAT = 1;

export const storySaveSchema = z.object({
  format: z.number().int(),
  storyId: z.string().min(1),
  locale: z.string().min(2),
  contentHash: z.string().min(1),
  inkState: z.string().min(2),
  savedAt: z.string(),
});

export type StorySave = z.infer<typeof storySaveSchema>;

export interface SaveTarget {
  storyId: string;
  locale: string;
  contentHash: string;
}

export type SaveReadResult =
  | { status: 'ok'; save: StorySave }
  | { status: 'content-changed'; save: StorySave }
  | { status: 'unreadable'; reason: string };

export function createSave(target: SaveTarget, inkState: string, now = new Date()): StorySave {
  return { format: SAVE_FORMAT, ...target, inkState, savedAt: now.toISOString() };
}

/** Never throws: anything that cannot be resumed safely says why. */
export function readSave(raw: unknown, target: SaveTarget): SaveReadResult {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { status: 'unreadable', reason: 'the save is not valid JSON' };
    }
  }
  const parsed = storySaveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: 'unreadable',
      reason: `${issue?.path.join('.') || 'save'}: ${issue?.message}`,
    };
  }
  const save = parsed.data;
  if (save.format < MIN_READABLE_SAVE_FORMAT || save.format > SAVE_FORMAT) {
    return { status: 'unreadable', reason: `save format ${save.format} is not supported` };
  }
  if (save.storyId !== target.storyId || save.locale !== target.locale) {
    return { status: 'unreadable', reason: `the save belongs to ${save.storyId}/${save.locale}` };
  }
  if (save.contentHash !== target.contentHash) return { status: 'content-changed', save };
  return { status: 'ok', save };
}
