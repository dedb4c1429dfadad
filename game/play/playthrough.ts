/**
 * One playthrough as plain data: the passage on screen, the passages before it (the
 * backlog), the techniques met and the art the revealed lines asked for. Pure functions, so
 * the same record drives the screen, the save and the debrief.
 */
import type { StoryLine } from '../../core/story/storyRunner.ts';
import { toShownLines, type ShownEntry } from './shownLine.ts';
import { collectTechniques } from './techniques.ts';

export interface ArtCues {
  scene?: string;
  mood?: string;
}

export interface PlaythroughRecord {
  /** The passages before the current one, oldest first (the oldest drop off past a bound). */
  history: ShownEntry[];
  /** The current passage: the choice that led here (if any), then its lines. */
  passage: ShownEntry[];
  /** How many entries of `passage` are on screen; the rest wait behind a beat. */
  revealed: number;
  /** Phone messages shown before the current passage: its timestamps continue from here. */
  phoneMessagesBefore: number;
  /** Phone messages shown so far, the current passage's included. */
  phoneMessages: number;
  /** Technique slugs in the order they were met. */
  techniques: string[];
  /** The last scene and mood the revealed lines asked for. */
  art: ArtCues;
}

/** Enough for any playthrough of a long story; a bound keeps a save from growing forever. */
export const MAX_HISTORY_ENTRIES = 1500;

export function newPlaythrough(): PlaythroughRecord {
  return {
    history: [],
    passage: [],
    revealed: 0,
    phoneMessagesBefore: 0,
    phoneMessages: 0,
    techniques: [],
    art: {},
  };
}

/** A new passage after a choice (or the first one): the current passage goes to the backlog. */
export function enterPassage(
  record: PlaythroughRecord,
  lines: readonly StoryLine[],
  chosenText?: string,
): PlaythroughRecord {
  const history = [...record.history, ...record.passage].slice(-MAX_HISTORY_ENTRIES);
  const shown = toShownLines(lines, record.phoneMessages);
  const passage: ShownEntry[] = [
    ...(chosenText === undefined ? [] : [{ kind: 'chosen' as const, text: chosenText }]),
    ...shown.lines,
  ];
  const entered: PlaythroughRecord = {
    ...record,
    history,
    passage,
    revealed: 0,
    phoneMessagesBefore: record.phoneMessages,
    phoneMessages: shown.phoneMessages,
  };
  return revealTo(entered, beatAfter(passage, 0));
}

/**
 * The same passage again in another language (the story switched locale at this point): the
 * backlog stays as it was read, the passage is shown whole and its phone times stay the same.
 * The echo of the choice that led here is left out: its words exist only in the old language.
 */
export function replacePassage(
  record: PlaythroughRecord,
  lines: readonly StoryLine[],
): PlaythroughRecord {
  const shown = toShownLines(lines, record.phoneMessagesBefore);
  return revealTo(
    { ...record, passage: shown.lines, revealed: 0, phoneMessages: shown.phoneMessages },
    shown.lines.length,
  );
}

/** Moves past the next beat. */
export function revealNext(record: PlaythroughRecord): PlaythroughRecord {
  return revealTo(record, beatAfter(record.passage, record.revealed));
}

/** Shows the whole passage at once (a resumed save does not make the player wait again). */
export function revealAll(record: PlaythroughRecord): PlaythroughRecord {
  return revealTo(record, record.passage.length);
}

export function isFullyRevealed(record: PlaythroughRecord): boolean {
  return record.revealed >= record.passage.length;
}

/** Every entry the player has seen so far in this playthrough, oldest first. */
export function backlogEntries(record: PlaythroughRecord): ShownEntry[] {
  return [...record.history, ...record.passage.slice(0, record.revealed)];
}

/** The index of the next entry after `from` that waits for a beat, or the passage's end. */
function beatAfter(passage: readonly ShownEntry[], from: number): number {
  for (let index = from + 1; index < passage.length; index++) {
    const entry = passage[index];
    if (entry?.kind === 'line' && entry.beat) return index;
  }
  return passage.length;
}

function revealTo(record: PlaythroughRecord, revealed: number): PlaythroughRecord {
  const target = Math.min(Math.max(revealed, record.revealed), record.passage.length);
  const newlyShown = record.passage.slice(record.revealed, target);
  const art = { ...record.art };
  for (const entry of newlyShown) {
    if (entry.kind !== 'line') continue;
    if (entry.scene !== undefined) art.scene = entry.scene;
    if (entry.mood !== undefined) art.mood = entry.mood;
  }
  return {
    ...record,
    revealed: target,
    techniques: collectTechniques(newlyShown, record.techniques),
    art,
  };
}
