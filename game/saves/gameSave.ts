/**
 * The game's save: core's versioned story save (which content, which ink state) wrapped with
 * what the player has seen, so "Continue" shows the passage they left, the backlog and the
 * techniques met so far. The wrapper has a format version of its own.
 */
import { z } from 'zod';
import {
  createSave,
  readSave,
  storySaveSchema,
  type SaveTarget,
} from '../../core/story/storySave.ts';
import type { PlaythroughRecord } from '../play/playthrough.ts';
import type { ShownEntry } from '../play/shownLine.ts';
import type { PassageOrigin } from '../play/storySession.ts';

/** Bump when the wrapper's shape changes; keep reading formats from MIN_READABLE on. */
export const GAME_SAVE_FORMAT = 1;
export const MIN_READABLE_GAME_SAVE_FORMAT = 1;

const shownEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('line'),
    text: z.string(),
    speaker: z.string().optional(),
    phone: z.object({ time: z.string(), outgoing: z.boolean() }).optional(),
    contentNote: z.string().optional(),
    technique: z.string().optional(),
    scene: z.string().optional(),
    mood: z.string().optional(),
    beat: z.boolean().optional(),
    debrief: z.boolean().optional(),
    distressing: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('chosen'), text: z.string() }),
]) satisfies z.ZodType<ShownEntry>;

const playthroughSchema = z.object({
  history: z.array(shownEntrySchema),
  passage: z.array(shownEntrySchema),
  revealed: z.number().int().min(0),
  phoneMessagesBefore: z.number().int().min(0),
  phoneMessages: z.number().int().min(0),
  techniques: z.array(z.string()),
  art: z.object({ scene: z.string().optional(), mood: z.string().optional() }),
}) satisfies z.ZodType<PlaythroughRecord>;

const passageOriginSchema = z.union([
  z.literal('start'),
  z.object({ inkState: z.string().min(2), choiceIndex: z.number().int().min(0) }),
]) satisfies z.ZodType<PassageOrigin>;

const gameSaveSchema = z.object({
  format: z.number().int(),
  /** Core's story save; read with its own checks (content hash, format). */
  story: z.unknown(),
  origin: passageOriginSchema.optional(),
  playthrough: playthroughSchema,
});

export type GameSave = z.infer<typeof gameSaveSchema>;

export type GameSaveRead =
  | { status: 'ok'; inkState: string; origin?: PassageOrigin; playthrough: PlaythroughRecord }
  | { status: 'content-changed' }
  | { status: 'unreadable'; reason: string };

export function createGameSave(
  target: SaveTarget,
  progress: { inkState: string; origin: PassageOrigin | undefined; playthrough: PlaythroughRecord },
  now = new Date(),
): GameSave {
  return {
    format: GAME_SAVE_FORMAT,
    story: createSave(target, progress.inkState, now),
    ...(progress.origin === undefined ? {} : { origin: progress.origin }),
    playthrough: progress.playthrough,
  };
}

function parseWrapper(raw: string): { ok: true; save: GameSave } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the save is not valid JSON' };
  }
  const parsed = gameSaveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'save'}: ${issue?.message}` };
  }
  const { format } = parsed.data;
  if (format < MIN_READABLE_GAME_SAVE_FORMAT || format > GAME_SAVE_FORMAT) {
    return { ok: false, reason: `game save format ${format} is not supported` };
  }
  return { ok: true, save: parsed.data };
}

/** Never throws: a save that cannot be continued safely says why. */
export function readGameSave(raw: string, target: SaveTarget): GameSaveRead {
  const wrapper = parseWrapper(raw);
  if (!wrapper.ok) return { status: 'unreadable', reason: wrapper.reason };
  const story = readSave(wrapper.save.story, target);
  if (story.status === 'content-changed') return { status: 'content-changed' };
  if (story.status === 'unreadable') return story;
  const { origin, playthrough } = wrapper.save;
  return { status: 'ok', inkState: story.save.inkState, origin, playthrough };
}

/** The locale a save was made in, to load that content before reading it; undefined if unreadable. */
export function savedLocale(raw: string): string | undefined {
  const wrapper = parseWrapper(raw);
  if (!wrapper.ok) return undefined;
  const story = storySaveSchema.safeParse(wrapper.save.story);
  return story.success ? story.data.locale : undefined;
}
