/**
 * The art layer's Phaser game: a canvas behind the story text that shows what artLayer.ts
 * asks for. The page creates it after the text is on screen (artLayer.ts loads this module,
 * and Phaser with it, lazily).
 */
import { BlendModes, CANVAS, Core, Game, Scale } from 'phaser';
import { ART_EVENTS, ART_STATE, type ArtState } from './artChannel.ts';
import { BootScene } from './scenes/BootScene.ts';
import { PreloaderScene } from './scenes/PreloaderScene.ts';
import { StageScene } from './scenes/StageScene.ts';

export interface ArtShown {
  backdropShown(backdrop: string): void;
  speakerShown(portrait: string | undefined): void;
  moodShown(mood: string | undefined): void;
  loopChanged(running: boolean): void;
}

export interface ArtDirector {
  show(state: ArtState): void;
  destroy(): void;
}

/**
 * Ambient animation is slow: a film's frame rate is plenty. Frames come from a timer rather
 * than requestAnimationFrame, so the browser composites only the frames Phaser draws (with
 * requestAnimationFrame, a page without GPU compositing spent most of its main thread on the
 * canvas even at low frame rates).
 */
const FRAMES_PER_SECOND = 24;

export function createGame(parent: HTMLElement, initial: ArtState, shown: ArtShown): ArtDirector {
  const game = new Game({
    // The Canvas renderer: all this flat art needs, a third smaller than Phaser with WebGL, and
    // light on machines without a GPU (vite.config.ts builds Phaser without its WebGL renderer).
    type: CANVAS,
    parent,
    backgroundColor: '#0d1020',
    scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
    scene: [BootScene, PreloaderScene, StageScene],
    banner: false,
    fps: { target: FRAMES_PER_SECOND, forceSetTimeOut: true },
    // The canvas is decoration: it takes no input (the DOM above it does) and plays no sound.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    disableContextMenu: false,
    render: { antialias: true },
  });
  game.registry.set(ART_STATE, initial);
  game.events.on(ART_EVENTS.backdropShown, shown.backdropShown);
  game.events.on(ART_EVENTS.speakerShown, shown.speakerShown);
  game.events.on(ART_EVENTS.moodShown, shown.moodShown);
  game.events.on(ART_EVENTS.loopChanged, shown.loopChanged);
  game.events.once(Core.Events.READY, () => {
    // Phaser tests the canvas blend modes asynchronously and may create its renderer before the
    // answer, falling back to plain painting; every browser that runs this ES2022 code has them.
    if ('blendModes' in game.renderer) game.renderer.blendModes[BlendModes.MULTIPLY] = 'multiply';
    const canvas = game.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.tabIndex = -1;
    canvas.style.pointerEvents = 'none';
  });
  return {
    show(state) {
      game.registry.set(ART_STATE, state);
    },
    destroy() {
      game.destroy(true);
    },
  };
}
