/**
 * What the game keeps in localStorage, by key prefix: everything under `offramp:`; saves
 * under `offramp:save:<storyId>`; the player's settings under `offramp:settings`.
 */
import { SETTINGS_STORAGE_KEY } from './settings.ts';

export const GAME_STORAGE_PREFIX = 'offramp:';
export const SAVE_STORAGE_PREFIX = 'offramp:save:';

function removeKeys(storage: Storage, shouldRemove: (key: string) => boolean): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && shouldRemove(key)) keys.push(key);
  }
  // Collected first: removing while walking by index would skip keys.
  for (const key of keys) storage.removeItem(key);
  return keys;
}

/** Deletes every story save on this device; returns the keys removed. */
export function clearSavedStories(storage: Storage): string[] {
  return removeKeys(storage, (key) => key.startsWith(SAVE_STORAGE_PREFIX));
}

/**
 * Deletes all the game keeps on this device except the settings. The settings stay because
 * they hold the choice "don't keep my progress": erasing it would silently turn keeping
 * progress back on for the next visit.
 */
export function clearLocalProgress(storage: Storage): string[] {
  return removeKeys(
    storage,
    (key) => key.startsWith(GAME_STORAGE_PREFIX) && key !== SETTINGS_STORAGE_KEY,
  );
}
