/** Starts the chain: the Preloader needs nothing loaded before it can draw its bar. */
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
