/** Starts the chain; later the place for the little the Preloader itself needs. */
import { Scene } from 'phaser';
import { SCENE_KEYS } from '../artChannel.ts';

export class BootScene extends Scene {
  constructor() {
    super(SCENE_KEYS.boot);
  }

  create(): void {
    this.scene.start(SCENE_KEYS.preloader);
  }
}
