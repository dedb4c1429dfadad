import { describe, expect, it } from 'vitest';
import { enterPassage, newPlaythrough } from '../play/playthrough.ts';
import { parseTags } from '../../core/story/tags.ts';
import { GAME_SAVE_FORMAT, createGameSave, readGameSave, savedLocale } from './gameSave.ts';

const target = { storyId: 'demo', locale: 'en', contentHash: 'hash-1' };
const playthrough = enterPassage(
  newPlaythrough(),
  [
    {
      text: 'Hey!!',
      tags: parseTags(['ui: phone', 'speaker: Kai', 'technique: love-bombing']).tags,
    },
  ],
  'Open the invite',
);
const progress = {
  inkState: '{"flows":{}}',
  origin: { inkState: '{"before":1}', choiceIndex: 0 },
  playthrough,
};

function stored(value: unknown): string {
  return JSON.stringify(value);
}

describe('game saves', () => {
  it('reads back what it wrote: ink state, passage origin and what the player saw', () => {
    const save = createGameSave(target, progress, new Date('2026-11-27T10:00:00Z'));
    expect(save.format).toBe(GAME_SAVE_FORMAT);
    expect(readGameSave(stored(save), target)).toEqual({ status: 'ok', ...progress });
    expect(savedLocale(stored(save))).toBe('en');
  });

  it('keeps a save made at the story start without an origin of a choice', () => {
    const save = createGameSave(target, { ...progress, origin: 'start' });
    expect(readGameSave(stored(save), target)).toMatchObject({ status: 'ok', origin: 'start' });
  });

  it('recognises a save made for content that has since changed', () => {
    const save = createGameSave(target, progress);
    expect(readGameSave(stored(save), { ...target, contentHash: 'hash-2' })).toEqual({
      status: 'content-changed',
    });
  });

  it('says why a save cannot be read, and never throws', () => {
    expect(readGameSave('{not json', target)).toMatchObject({ status: 'unreadable' });
    expect(readGameSave(stored({ format: 1 }), target)).toMatchObject({ status: 'unreadable' });
    const future = { ...createGameSave(target, progress), format: GAME_SAVE_FORMAT + 1 };
    expect(readGameSave(stored(future), target)).toEqual({
      status: 'unreadable',
      reason: `game save format ${GAME_SAVE_FORMAT + 1} is not supported`,
    });
    const otherStory = createGameSave({ ...target, storyId: 'other' }, progress);
    expect(readGameSave(stored(otherStory), target)).toMatchObject({ status: 'unreadable' });
    const tampered = createGameSave(target, progress);
    tampered.playthrough.revealed = -1;
    expect(readGameSave(stored(tampered), target)).toMatchObject({ status: 'unreadable' });
    expect(savedLocale('[]')).toBeUndefined();
  });
});
