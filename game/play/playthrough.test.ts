import { describe, expect, it } from 'vitest';
import type { StoryLine } from '../../core/story/storyRunner.ts';
import { parseTags } from '../../core/story/tags.ts';
import {
  MAX_HISTORY_ENTRIES,
  backlogEntries,
  enterPassage,
  isFullyRevealed,
  newPlaythrough,
  replacePassage,
  revealAll,
  revealNext,
} from './playthrough.ts';

/** A line as StoryRunner delivers it, with its tags parsed by the one tag parser. */
function line(text: string, ...tags: string[]): StoryLine {
  const parsed = parseTags(tags);
  expect(parsed.errors).toEqual([]);
  return { text, tags: parsed.tags };
}

describe('a playthrough record', () => {
  it('turns tagged lines into what the screen shows', () => {
    const record = enterPassage(newPlaythrough(), [
      line('Sunday night.', 'scene: bedroom', 'mood: calm'),
      line('Hey!!', 'ui: phone', 'speaker: Kai', 'technique: love-bombing'),
      line('ok', 'ui: phone'),
      line('You look tired.', 'speaker: Mum', 'cw: family-conflict', 'distressing'),
    ]);
    expect(record.passage).toEqual([
      { kind: 'line', text: 'Sunday night.', scene: 'bedroom', mood: 'calm' },
      {
        kind: 'line',
        text: 'Hey!!',
        speaker: 'Kai',
        phone: { time: '21:04', outgoing: false },
        technique: 'love-bombing',
      },
      { kind: 'line', text: 'ok', phone: { time: '21:05', outgoing: true } },
      {
        kind: 'line',
        text: 'You look tired.',
        speaker: 'Mum',
        contentNote: 'family-conflict',
        distressing: true,
      },
    ]);
    expect(record.techniques).toEqual(['love-bombing']);
    expect(record.art).toEqual({ scene: 'bedroom', mood: 'calm' });
    expect(record.phoneMessages).toBe(2);
  });

  it('keeps phone times running across passages, in story order', () => {
    let record = enterPassage(newPlaythrough(), [line('a', 'ui: phone', 'speaker: Kai')]);
    record = enterPassage(record, [line('b', 'ui: phone', 'speaker: Kai')], 'Reply');
    const phoneTimes = backlogEntries(record).flatMap((entry) =>
      entry.kind === 'line' && entry.phone ? [entry.phone.time] : [],
    );
    expect(phoneTimes).toEqual(['21:04', '21:05']);
  });

  it('holds back the lines after a beat until the player moves on', () => {
    const record = enterPassage(
      newPlaythrough(),
      [
        line('Kai looks at you.', 'technique: isolation'),
        line('Everyone is looking at you.', 'pause: 1s', 'scene: street-night'),
        line('Say something.'),
        line('Now.', 'pause: 500ms', 'technique: secrecy'),
      ],
      'Stay',
    );
    expect(record.revealed).toBe(2);
    expect(record.techniques).toEqual(['isolation']);
    expect(record.art.scene).toBeUndefined();
    expect(backlogEntries(record).map((entry) => entry.text)).toEqual([
      'Stay',
      'Kai looks at you.',
    ]);

    const second = revealNext(record);
    expect(second.revealed).toBe(4);
    expect(second.art.scene).toBe('street-night');
    expect(isFullyRevealed(second)).toBe(false);

    const third = revealNext(second);
    expect(isFullyRevealed(third)).toBe(true);
    expect(third.techniques).toEqual(['isolation', 'secrecy']);
    expect(revealNext(third)).toEqual(third);
    expect(revealAll(record)).toEqual(third);
  });

  it('moves the passage on screen into the backlog when the next one starts', () => {
    let record = enterPassage(newPlaythrough(), [line('One.')]);
    record = enterPassage(record, [line('Two.')], 'Go on');
    expect(record.history.map((entry) => entry.text)).toEqual(['One.']);
    expect(record.passage.map((entry) => entry.text)).toEqual(['Go on', 'Two.']);
    expect(backlogEntries(record).map((entry) => entry.text)).toEqual(['One.', 'Go on', 'Two.']);
  });

  it('keeps only the newest entries of a very long playthrough, but every technique', () => {
    let record = enterPassage(newPlaythrough(), [line('First.', 'technique: isolation')]);
    for (let passage = 0; passage < MAX_HISTORY_ENTRIES; passage++) {
      record = enterPassage(record, [line(`Line ${passage}.`)], `Choice ${passage}`);
    }
    expect(record.history).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(record.history[0]?.text).not.toBe('First.');
    expect(record.techniques).toEqual(['isolation']);
  });

  it('replaces the passage with its translation, keeping the backlog and the phone times', () => {
    let record = enterPassage(newPlaythrough(), [line('Hi', 'ui: phone', 'speaker: Kai')]);
    record = enterPassage(
      record,
      [line('Still there?', 'ui: phone', 'speaker: Kai'), line('Wait.', 'pause: 1s')],
      'Ignore it',
    );
    const translated = replacePassage(record, [
      line('Noch da?', 'ui: phone', 'speaker: Kai'),
      line('Warte.', 'pause: 1s'),
    ]);
    expect(translated.history).toEqual(record.history);
    expect(translated.passage.map((entry) => entry.text)).toEqual(['Noch da?', 'Warte.']);
    expect(translated.passage[0]).toMatchObject({ phone: { time: '21:05' } });
    expect(translated.phoneMessages).toBe(2);
    expect(isFullyRevealed(translated)).toBe(true);
  });
});
