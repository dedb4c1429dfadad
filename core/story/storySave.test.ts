import { describe, expect, it } from 'vitest';
import { createSave, readSave, SAVE_FORMAT } from './storySave.ts';

const target = { storyId: 'demo', locale: 'en', contentHash: 'abc' };

describe('story saves', () => {
  it('round-trips through JSON', () => {
    const save = createSave(target, '{"flows":{}}', new Date('2026-01-02T03:04:05Z'));
    expect(save).toEqual({
      format: SAVE_FORMAT,
      ...target,
      inkState: '{"flows":{}}',
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(readSave(JSON.stringify(save), target)).toEqual({ status: 'ok', save });
  });

  it('recognises a save made for content that has changed', () => {
    const save = createSave(target, '{}');
    expect(readSave(save, { ...target, contentHash: 'def' })).toEqual({
      status: 'content-changed',
      save,
    });
  });

  it('says why a save cannot be read', () => {
    expect(readSave('{oops', target)).toEqual({
      status: 'unreadable',
      reason: 'the save is not valid JSON',
    });
    expect(readSave({ ...createSave(target, '{}'), format: SAVE_FORMAT + 1 }, target)).toEqual({
      status: 'unreadable',
      reason: `save format ${SAVE_FORMAT + 1} is not supported`,
    });
    expect(readSave({ format: 1 }, target)).toMatchObject({
      status: 'unreadable',
      reason: expect.stringMatching(/^storyId:/),
    });
    expect(readSave(createSave({ ...target, locale: 'de' }, '{}'), target)).toEqual({
      status: 'unreadable',
      reason: 'the save belongs to demo/de',
    });
  });
});
