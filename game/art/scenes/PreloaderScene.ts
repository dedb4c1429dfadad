/** Loads the art listed in artAssets.ts behind a thin progress line, then shows the backdrop. */
import { Scene } from 'phaser';
import { ART_ASSETS } from '../artAssets.ts';
import { SCENE_KEYS } from '../artChannel.ts';

const BAR_HEIGHT = 3;
const BAR_COLOUR = 0x8fb8ff;

export class PreloaderScene extends Scene {
  constructor() {
    super(SCENE_KEYS.preloader);
  }

  preload(): void {
    const { width, height } = this.scale;
    // Graphics rather than a Rectangle shape: it is in Phaser's core build too (budget, DESIGN.md).
    const bar = this.add.graphics();
    this.load.on('progress', (progress: number) => {
      bar
        .clear()
        .fillStyle(BAR_COLOUR, 1)
        .fillRect(0, height - BAR_HEIGHT, width * progress, BAR_HEIGHT);
    });
    for (const asset of ART_ASSETS) {
      if (asset.kind === 'svg') this.load.svg(asset.key, asset.url);
      else this.load.image(asset.key, asset.url);
    }
  }

  create(): void {
    this.scene.start(SCENE_KEYS.backdrop);
  }
}
