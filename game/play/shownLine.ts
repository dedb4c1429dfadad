/**
 * What the player has seen, as plain data: the lines of a story step turned into what the
 * screens draw (speaker, phone message, content note, art cues), and the choices the player
 * made. Saves and the backlog keep these, so nothing has to run the story again to show them.
 */
import type { StoryLine } from '../../core/story/storyRunner.ts';
import { findTag } from '../../core/story/tags.ts';
import { phoneTime } from './phoneClock.ts';

export interface PhoneMessage {
  /** Derived from story order (see phoneClock.ts), never from the real clock. */
  time: string;
  /** A phone line without a speaker is the player's own message. */
  outgoing: boolean;
}

export interface ShownLine {
  kind: 'line';
  text: string;
  speaker?: string;
  phone?: PhoneMessage;
  contentNote?: string;
  technique?: string;
  scene?: string;
  mood?: string;
  /** The author asked for a beat before this line (`# pause`): the player moves on. */
  beat?: boolean;
  /** A `# debrief` line: in an ending it is shown in the debrief. */
  debrief?: boolean;
  /** A `# distressing` line: no help prompt in or right after its passage. */
  distressing?: boolean;
}

export interface ShownChoice {
  kind: 'chosen';
  text: string;
}

export type ShownEntry = ShownLine | ShownChoice;

export interface ShownLines {
  lines: ShownLine[];
  /** Phone messages shown in the playthrough so far, these included. */
  phoneMessages: number;
}

/** `phoneMessagesBefore`: how many phone messages the playthrough showed before these lines. */
export function toShownLines(lines: readonly StoryLine[], phoneMessagesBefore: number): ShownLines {
  let phoneMessages = phoneMessagesBefore;
  const shown = lines.map((line): ShownLine => {
    const speaker = findTag(line.tags, 'speaker')?.name;
    const isPhone = findTag(line.tags, 'ui')?.mode === 'phone' && line.text.trim() !== '';
    return withoutUndefined({
      kind: 'line',
      text: line.text,
      speaker,
      phone: isPhone
        ? { time: phoneTime(phoneMessages++), outgoing: speaker === undefined }
        : undefined,
      contentNote: findTag(line.tags, 'cw')?.note,
      technique: findTag(line.tags, 'technique')?.technique,
      scene: findTag(line.tags, 'scene')?.scene,
      mood: findTag(line.tags, 'mood')?.mood,
      beat: findTag(line.tags, 'pause') ? true : undefined,
      debrief: findTag(line.tags, 'debrief') ? true : undefined,
      distressing: findTag(line.tags, 'distressing') ? true : undefined,
    });
  });
  return { lines: shown, phoneMessages };
}

/** Saves stay small and compare equal however an entry was made. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}
