/**
 * The picture behind the story text: a gradient and a soft light per `# scene`
 * (backdropPalette.ts), cross-faded when the scene changes. Between changes the game loop
 * sleeps: a still picture needs no frames, and phones keep their battery.
 */
import { GameObjects, Scene, Scale } from 'phaser';
import { BACKDROP_DRAWN, BACKDROP_SCENE, REDUCED_MOTION, SCENE_KEYS } from '../artChannel.ts';
import { LIBRARY_BACKDROP, backdropPalette } from '../backdropPalette.ts';

const FADE_MS = 700;
/** Frames keep running this long after the last change, so the last frame is on screen. */
const SETTLE_MS = 250;

export class BackdropScene extends Scene {
  private picture: GameObjects.Graphics | undefined;
  private shownScene = LIBRARY_BACKDROP;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super(SCENE_KEYS.backdrop);
  }

  create(): void {
    const onSceneChange = (_parent: unknown, scene: unknown) => this.show(String(scene), true);
    const onResize = () => this.show(this.shownScene, false);
    this.registry.events.on(`changedata-${BACKDROP_SCENE}`, onSceneChange);
    this.scale.on(Scale.Events.RESIZE, onResize);
    this.events.once('shutdown', () => {
      this.registry.events.off(`changedata-${BACKDROP_SCENE}`, onSceneChange);
      this.scale.off(Scale.Events.RESIZE, onResize);
      clearTimeout(this.sleepTimer);
    });
    this.show(String(this.registry.get(BACKDROP_SCENE) ?? LIBRARY_BACKDROP), false);
  }

  private show(scene: string, fade: boolean): void {
    this.game.loop.wake();
    const previous = this.picture;
    const picture = this.paint(scene);
    this.picture = picture;
    this.shownScene = scene;
    const animate = fade && previous !== undefined && this.registry.get(REDUCED_MOTION) !== true;
    if (animate) {
      picture.setAlpha(0);
      this.tweens.add({
        targets: picture,
        alpha: 1,
        duration: FADE_MS,
        onComplete: () => previous?.destroy(),
      });
    } else {
      previous?.destroy();
    }
    this.settle(animate ? FADE_MS + SETTLE_MS : SETTLE_MS);
    this.game.events.emit(BACKDROP_DRAWN, scene);
  }

  private paint(scene: string): GameObjects.Graphics {
    const { width, height } = this.scale;
    const palette = backdropPalette(scene);
    const picture = this.add.graphics();
    picture.fillGradientStyle(palette.top, palette.top, palette.bottom, palette.bottom, 1);
    picture.fillRect(0, 0, width, height);
    const x = palette.glowX * width;
    const y = palette.glowY * height;
    const radius = Math.max(width, height) * 0.45;
    for (let ring = 6; ring >= 1; ring--) {
      picture.fillStyle(palette.glow, 0.035);
      picture.fillCircle(x, y, (radius * ring) / 6);
    }
    return picture;
  }

  private settle(afterMs: number): void {
    clearTimeout(this.sleepTimer);
    this.sleepTimer = setTimeout(() => this.game.loop.sleep(), afterMs);
  }
}
