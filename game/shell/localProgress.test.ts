import { describe, expect, it } from 'vitest';
import { clearLocalProgress, clearSavedStories } from './localProgress.ts';
import { MemoryStorage } from './testing/memoryStorage.ts';

const stored = () =>
  new MemoryStorage({
    'offramp:save:demo': '{"format":1}',
    'offramp:save:group-chat': '{"format":1}',
    'offramp:settings': '{"version":1}',
    'offramp:prompts': '{}',
    'another-site-key': 'kept',
  });

describe('clearSavedStories', () => {
  it('removes every story save and nothing else', () => {
    const storage = stored();
    expect(clearSavedStories(storage).sort()).toEqual([
      'offramp:save:demo',
      'offramp:save:group-chat',
    ]);
    expect(Object.keys(storage.snapshot()).sort()).toEqual([
      'another-site-key',
      'offramp:prompts',
      'offramp:settings',
    ]);
  });
});

describe('clearLocalProgress', () => {
  it("removes all the game keeps except the settings (which hold the player's choice)", () => {
    const storage = stored();
    clearLocalProgress(storage);
    expect(Object.keys(storage.snapshot()).sort()).toEqual([
      'another-site-key',
      'offramp:settings',
    ]);
  });
});
