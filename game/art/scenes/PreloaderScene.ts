/**
 * Loads what the first picture needs (its backdrop, the speaker's portrait, the vignette)
 * behind a thin progress bar, then hands over to the stage, which loads the rest quietly.
 */
import { Loader, Scene } from 'phaser';
import { artFiles } from '../artAssets.ts';
import { ART_STATE, SCENE_KEYS, backdropFor, type ArtState } from '../artChannel.ts';
import { backdropRasterScale } from './artScale.ts';

const BAR_HEIGHT = 3;
const BAR_COLOUR = 0x8fb8ff;
const TRACK_COLOUR = 0x2a3152;

/** Registry key: the files still to load after the first picture, for the stage. */
export const REMAINING_ART_FILES = 'offramp.remainingArtFiles';

export class PreloaderScene extends Scene {
  constructor() {
    super(SCENE_KEYS.preloader);
  }

  preload(): void {
    const { width, height } = this.scale;
    const bar = this.add.graphics();
    const drawBar = (progress: number) =>
      bar
        .clear()
        .fillStyle(TRACK_COLOUR, 1)
        .fillRect(0, height - BAR_HEIGHT, width, BAR_HEIGHT)
        .fillStyle(BAR_COLOUR, 1)
        .fillRect(0, height - BAR_HEIGHT, width * progress, BAR_HEIGHT);
    drawBar(0);
    this.load.on(Loader.Events.PROGRESS, drawBar);

    const state = this.registry.get(ART_STATE) as ArtState;
    const { files, firstCount } = artFiles(
      { backdrop: backdropFor(state), portrait: state.speaker?.portrait },
      backdropRasterScale(this.scale),
    );
    this.registry.set(REMAINING_ART_FILES, files.slice(firstCount));
    this.load.setPath(import.meta.env.BASE_URL);
    for (const file of files.slice(0, firstCount)) this.load.svg(file.key, file.url, file.size);
  }

  create(): void {
    this.scene.start(SCENE_KEYS.stage);
  }
}
