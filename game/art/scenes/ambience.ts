/**
 * Quiet life in the backdrops, drawn in the backdrop's own coordinates (1280×720) so it sits
 * on the picture at any screen size: a blinking phone light, drifting moonlight, clouds, rain,
 * steam, car lights on the offramp. Slow, small and soft: nothing flashes. With `animate` off
 * (reduced motion) the same things are drawn still and no tween is made.
 */
import type { GameObjects, Scene, Tweens } from 'phaser';

export interface AmbienceContext {
  scene: Scene;
  /** The backdrop's container: children are in backdrop coordinates. */
  layer: GameObjects.Container;
  animate: boolean;
}

export interface Ambience {
  /** Stops the tweens; the objects go with the backdrop's container. */
  stop(): void;
  /** True when it moves (it needs the game loop running). */
  readonly animated: boolean;
}

type TweenConfig = Parameters<Scene['tweens']['add']>[0];

class AmbienceBuilder {
  readonly tweens: Tweens.Tween[] = [];

  constructor(readonly context: AmbienceContext) {}

  graphics(): GameObjects.Graphics {
    const graphics = this.context.scene.add.graphics();
    this.context.layer.add(graphics);
    return graphics;
  }

  /** A round light that fades out from its centre, in any colour (concentric soft rings). */
  glow(x: number, y: number, radius: number, colour: number, alpha: number): GameObjects.Graphics {
    const graphics = this.graphics();
    const rings = 6;
    for (let ring = rings; ring >= 1; ring--) {
      graphics.fillStyle(colour, alpha / rings).fillCircle(0, 0, (radius * ring) / rings);
    }
    return graphics.setPosition(x, y);
  }

  tween(config: TweenConfig): void {
    if (this.context.animate) this.tweens.push(this.context.scene.tweens.add(config));
  }

  /** Calls `place` with a progress that runs from `start` round 0–1 once per `durationMs`. */
  cycle(durationMs: number, start: number, place: (progress: number) => void): void {
    place(start);
    const progress = { t: start };
    this.tween({
      targets: progress,
      t: start + 1,
      duration: durationMs,
      repeat: -1,
      onUpdate: () => place(progress.t % 1),
    });
  }
}

type Builder = (build: AmbienceBuilder) => void;

const SLOW = 'Sine.easeInOut';

/** Rain as thin slanted streaks, tiled twice vertically so it can fall forever. */
function rain(build: AmbienceBuilder, count: number, alpha: number, fallMs: number, seed: number) {
  const streaks = build.graphics();
  streaks.lineStyle(2, 0xaab8d8, alpha);
  let random = seed;
  const next = () => {
    random = (random * 16807) % 2147483647;
    return random / 2147483647;
  };
  for (let index = 0; index < count; index++) {
    const x = next() * 1400 - 60;
    const y = next() * 720;
    const length = 18 + next() * 22;
    for (const offset of [0, -720]) {
      streaks.lineBetween(x, y + offset, x - length * 0.25, y + offset + length);
    }
  }
  build.tween({ targets: streaks, y: 720, duration: fallMs, repeat: -1 });
}

const BUILDERS: Readonly<Record<string, Builder>> = {
  bedroom(build) {
    const moonlight = build.glow(330, 230, 220, 0x9fb4ff, 0.12);
    build.tween({
      targets: moonlight,
      x: 400,
      y: 250,
      duration: 9000,
      yoyo: true,
      repeat: -1,
      ease: SLOW,
    });
    const led = build.glow(588, 423, 10, 0x3fc1e8, 0.9);
    led.fillStyle(0xbff0ff, 1).fillCircle(0, 0, 1.8);
    led.setAlpha(build.context.animate ? 0.2 : 0.7);
    build.tween({
      targets: led,
      alpha: 1,
      duration: 1400,
      hold: 500,
      repeatDelay: 900,
      yoyo: true,
      repeat: -1,
      ease: SLOW,
    });
  },
  'school-yard'(build) {
    for (const [y, width, start, durationMs] of [
      [130, 260, 0.2, 90000],
      [60, 200, 0.65, 120000],
    ] as const) {
      const cloud = build.graphics();
      cloud.fillStyle(0xe8eef4, 0.35).fillEllipse(0, 0, width, width * 0.22);
      cloud.fillEllipse(width * 0.2, -width * 0.06, width * 0.6, width * 0.2);
      cloud.y = y;
      build.cycle(durationMs, start, (progress) => {
        cloud.x = -width + progress * (1280 + 2 * width);
      });
    }
  },
  'street-night'(build) {
    rain(build, 70, 0.16, 1600, 7);
    rain(build, 40, 0.22, 1100, 11);
  },
  kitchen(build) {
    for (let puff = 0; puff < 3; puff++) {
      const steam = build.glow(655 + (puff - 1) * 14, 392, 26, 0xffffff, 0.5);
      steam.setAlpha(build.context.animate ? 0 : 0.25 - puff * 0.07);
      if (!build.context.animate) steam.y -= puff * 30;
      build.tween({
        targets: steam,
        y: 270,
        x: steam.x + 18,
        scale: 1.8,
        alpha: { from: 0.45, to: 0 },
        duration: 4200,
        delay: puff * 1400,
        repeat: -1,
        ease: 'Sine.easeOut',
      });
    }
    for (let mote = 0; mote < 5; mote++) {
      const dust = build.glow(230 + mote * 45, 180 + (mote % 3) * 40, 4, 0xfff1c7, 0.8);
      build.tween({
        targets: dust,
        y: dust.y + 30,
        x: dust.x + 20,
        duration: 6000 + mote * 900,
        yoyo: true,
        repeat: -1,
        ease: SLOW,
      });
    }
  },
  phone(build) {
    for (const [x, y, colour] of [
      [320, 340, 0x3fc1e8],
      [980, 320, 0xf4c98e],
      [160, 160, 0x6a5aa8],
    ] as const) {
      const light = build.glow(x, y, 70, colour, 0.22);
      build.tween({
        targets: light,
        x: x + 30,
        y: y - 20,
        duration: 11000,
        yoyo: true,
        repeat: -1,
        ease: SLOW,
      });
    }
  },
  library(build) {
    // Car lights along the road (the curve of its centre line in library.svg).
    const road = (t: number) => ({ x: 1280 * t, y: 578 + 56 * t * (1 - t) });
    for (let car = 0; car < 3; car++) {
      const light = build.glow(0, 0, 9, 0xffe2a8, 0.9);
      build.cycle(24000, car / 3, (progress) => {
        const point = road(progress);
        light.setPosition(point.x, point.y);
      });
    }
  },
};

/** Adds the ambience for a backdrop to its layer; undefined when the backdrop has none. */
export function createAmbience(backdrop: string, context: AmbienceContext): Ambience | undefined {
  const builder = BUILDERS[backdrop];
  if (!builder) return undefined;
  const build = new AmbienceBuilder(context);
  builder(build);
  const tweens = build.tweens;
  return {
    animated: tweens.length > 0,
    stop() {
      for (const tween of tweens) tween.remove();
      tweens.length = 0;
    },
  };
}
