/**
 * The page's handle on the art: usable at once, while Phaser (a large chunk of its own) loads
 * only when asked, after the story text is interactive. Scenes asked for before it arrives
 * are remembered; if it never arrives the game simply stays text-only.
 */
import type { ArtDirector } from './createGame.ts';
import { LIBRARY_BACKDROP } from './backdropPalette.ts';

export interface ArtLayer {
  showScene(scene: string): void;
  /** Loads Phaser and draws the current scene; resolves false when the art is unavailable. */
  load(): Promise<boolean>;
}

export function createArtLayer(parent: HTMLElement, options: { reducedMotion: boolean }): ArtLayer {
  let scene = LIBRARY_BACKDROP;
  let director: ArtDirector | undefined;
  let loading: Promise<boolean> | undefined;
  return {
    showScene(next) {
      scene = next;
      director?.showScene(next);
    },
    load() {
      loading ??= (async () => {
        try {
          const { createGame } = await import('./createGame.ts');
          director = createGame(parent, {
            initialScene: scene,
            reducedMotion: options.reducedMotion,
            onSceneDrawn: (drawn) => {
              parent.dataset.scene = drawn;
            },
          });
          return true;
        } catch (error) {
          console.warn('The art layer could not be loaded; the story plays without it.', error);
          return false;
        }
      })();
      return loading;
    },
  };
}

/** Runs `task` when the browser is idle (or soon, where it cannot tell). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
