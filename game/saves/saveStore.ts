/**
 * Where saves live: localStorage, one key per story (`offramp:save:<storyId>`, the prefix the
 * shell clears on quick exit). Nothing is written when the player chose not to keep progress
 * on this device; a browser that refuses storage just means no saves, never an error.
 */
import { SAVE_STORAGE_PREFIX } from '../shell/localProgress.ts';
import { safeLocalStorage, shouldKeepProgress } from '../shell/settings.ts';
import type { GameSave } from './gameSave.ts';

export interface SaveStore {
  /** The stored text of a story's save, if there is one. */
  read(storyId: string): string | undefined;
  write(storyId: string, save: GameSave): void;
  remove(storyId: string): void;
}

export function saveKey(storyId: string): string {
  return `${SAVE_STORAGE_PREFIX}${storyId}`;
}

/** `keepProgress` is asked before every write: the player can change it at any moment. */
export function createSaveStore(
  storage: Storage | undefined = safeLocalStorage(),
  keepProgress: () => boolean = () => shouldKeepProgress(storage),
): SaveStore {
  const attempt = <T>(action: () => T, fallback: T): T => {
    try {
      return action();
    } catch (error) {
      console.warn('Progress could not be stored on this device.', error);
      return fallback;
    }
  };
  const remove = (storyId: string) =>
    attempt(() => storage?.removeItem(saveKey(storyId)), undefined);
  return {
    read: (storyId) => attempt(() => storage?.getItem(saveKey(storyId)) ?? undefined, undefined),
    write(storyId, save) {
      if (!keepProgress()) {
        remove(storyId);
        return;
      }
      attempt(() => storage?.setItem(saveKey(storyId), JSON.stringify(save)), undefined);
    },
    remove,
  };
}
