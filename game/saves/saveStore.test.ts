import { describe, expect, it } from 'vitest';
import { newPlaythrough } from '../play/playthrough.ts';
import { MemoryStorage } from '../shell/testing/memoryStorage.ts';
import { createGameSave } from './gameSave.ts';
import { createSaveStore, saveKey } from './saveStore.ts';

const save = createGameSave(
  { storyId: 'demo', locale: 'en', contentHash: 'h' },
  { inkState: '{}', origin: 'start', playthrough: newPlaythrough() },
);

describe('the save store', () => {
  it('keeps one save per story under offramp:save:<id>', () => {
    const storage = new MemoryStorage();
    const saves = createSaveStore(storage, () => true);
    saves.write('demo', save);
    expect(saveKey('demo')).toBe('offramp:save:demo');
    expect(JSON.parse(storage.getItem('offramp:save:demo') ?? '')).toEqual(save);
    expect(saves.read('demo')).toBe(storage.getItem('offramp:save:demo'));
    expect(saves.read('other')).toBeUndefined();
    saves.remove('demo');
    expect(storage.length).toBe(0);
  });

  it('writes nothing, and drops an older save, when the player keeps no progress', () => {
    const storage = new MemoryStorage();
    storage.setItem('offramp:save:demo', 'older');
    createSaveStore(storage, () => false).write('demo', save);
    expect(storage.length).toBe(0);
  });

  it('follows the setting the shell stores, read at every write', () => {
    const storage = new MemoryStorage();
    const saves = createSaveStore(storage);
    storage.setItem('offramp:settings', JSON.stringify({ version: 1, keepProgress: false }));
    saves.write('demo', save);
    expect(saves.read('demo')).toBeUndefined();
    storage.setItem('offramp:settings', JSON.stringify({ version: 1, keepProgress: true }));
    saves.write('demo', save);
    expect(saves.read('demo')).toBeDefined();
  });

  it('lives without storage where the browser refuses it', () => {
    const saves = createSaveStore(undefined, () => true);
    saves.write('demo', save);
    expect(saves.read('demo')).toBeUndefined();
  });
});
