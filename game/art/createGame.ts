/**
 * The art layer: a Phaser game drawn on a canvas behind the story text. The page creates it
 * after the text is on screen (artLayer.ts loads this module, and Phaser with it, lazily).
 */
import { AUTO, Game, Scale } from 'phaser';
import { BACKDROP_DRAWN, BACKDROP_SCENE, REDUCED_MOTION } from './artChannel.ts';
import { BackdropScene } from './scenes/BackdropScene.ts';
import { BootScene } from './scenes/BootScene.ts';
import { PreloaderScene } from './scenes/PreloaderScene.ts';

export interface ArtDeps {
  initialScene: string;
  reducedMotion: boolean;
  /** Called when the backdrop for a scene is on screen. */
  onSceneDrawn?(scene: string): void;
}

export interface ArtDirector {
  showScene(scene: string): void;
  destroy(): void;
}

export function createGame(parent: HTMLElement, deps: ArtDeps): ArtDirector {
  const game = new Game({
    type: AUTO,
    parent,
    backgroundColor: '#0d1020',
    scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
    scene: [BootScene, PreloaderScene, BackdropScene],
    banner: false,
    // The canvas is decoration: it takes no input (the DOM above it does) and plays no sound yet.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    disableContextMenu: false,
    render: { powerPreference: 'low-power' },
  });
  game.registry.set(BACKDROP_SCENE, deps.initialScene);
  game.registry.set(REDUCED_MOTION, deps.reducedMotion);
  if (deps.onSceneDrawn) game.events.on(BACKDROP_DRAWN, deps.onSceneDrawn);
  // The loop sleeps while the picture is still; a new window size needs a new frame.
  const wake = () => game.loop.wake();
  window.addEventListener('resize', wake);
  return {
    showScene(scene) {
      game.registry.set(BACKDROP_SCENE, scene);
    },
    destroy() {
      window.removeEventListener('resize', wake);
      game.destroy(true);
    },
  };
}
