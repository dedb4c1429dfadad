import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_STORAGE_KEY,
  parseSettings,
  readSettings,
  shouldKeepProgress,
  writeSettings,
  type PlayerSettings,
} from './settings.ts';
import { MemoryStorage } from './testing/memoryStorage.ts';

class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('quota exceeded', 'QuotaExceededError');
  }
}

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored or the text is not JSON', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1, 2]')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      version: 1,
      textScale: 1,
      lineSpacing: 'normal',
      font: 'sans',
      highContrast: false,
      keepProgress: true,
      quickExitNoteDismissed: false,
    });
  });

  it('keeps every valid field and replaces each invalid one by its default', () => {
    const stored = JSON.stringify({
      version: 1,
      language: 'fr',
      textScale: 3,
      lineSpacing: 'wider',
      font: 'comic',
      highContrast: true,
      reducedMotion: 'yes',
      keepProgress: false,
      quickExitNoteDismissed: true,
      unknownField: 42,
    });
    expect(parseSettings(stored)).toEqual({
      version: 1,
      textScale: 1,
      lineSpacing: 'wider',
      font: 'sans',
      highContrast: true,
      keepProgress: false,
      quickExitNoteDismissed: true,
    });
  });
});

describe('readSettings and writeSettings', () => {
  it('round-trip through storage as versioned JSON under offramp:settings', () => {
    const storage = new MemoryStorage();
    const settings: PlayerSettings = {
      ...DEFAULT_SETTINGS,
      language: 'de',
      textScale: 2,
      font: 'legible',
      reducedMotion: false,
      keepProgress: false,
    };
    expect(writeSettings(settings, storage)).toBe(true);
    expect(JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY) ?? '')).toMatchObject({
      version: 1,
      textScale: 2,
    });
    expect(readSettings(storage)).toEqual(settings);
  });

  it('reports a storage that refuses to write, and reads defaults where there is none', () => {
    expect(writeSettings(DEFAULT_SETTINGS, new FullStorage())).toBe(false);
    expect(writeSettings(DEFAULT_SETTINGS, undefined)).toBe(false);
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('shouldKeepProgress', () => {
  it('is true until the player says not to keep progress', () => {
    const storage = new MemoryStorage();
    expect(shouldKeepProgress(storage)).toBe(true);
    writeSettings({ ...DEFAULT_SETTINGS, keepProgress: false }, storage);
    expect(shouldKeepProgress(storage)).toBe(false);
  });
});
