/**
 * The picture behind the story text: the backdrop of the `# scene` (or the phone), the
 * speaker's portrait with a name plate, and the light of the `# mood`, with quiet ambient
 * life. Changes cross-fade, paced so that nothing can flash. Under reduced motion everything
 * changes at once and the game loop sleeps whenever the picture is still, as it does after any
 * change when nothing moves: a still picture needs no frames, and phones keep their battery.
 */
import { BlendModes, Core, Data, Loader, Scale, Scene, Scenes, type GameObjects } from 'phaser';
import {
  BACKDROPS,
  BACKDROP_SIZE,
  PORTRAIT_SIZE,
  VIGNETTE,
  backdropKey,
  portraitKey,
  type ArtFile,
} from '../artAssets.ts';
import { ART_EVENTS, ART_STATE, SCENE_KEYS, backdropFor, type ArtState } from '../artChannel.ts';
import { backdropPalette, mixColours } from '../backdropPalette.ts';
import { ChangePacer } from '../changePacer.ts';
import { coverFit } from '../coverFit.ts';
import { NEUTRAL_GRADE, mixGrades, moodGrade, type MoodGrade } from '../moodGrading.ts';
import { createAmbience, type Ambience } from './ambience.ts';
import { REMAINING_ART_FILES } from './PreloaderScene.ts';

/** A backdrop cross-fade; slow enough to read as a change of place, not a flicker. */
const BACKDROP_FADE_MS = 900;
const MOOD_FADE_MS = 1400;
const PORTRAIT_FADE_MS = 250;
/** At most one change of backdrop (and one of light) per interval: see ChangePacer. */
const CHANGE_INTERVAL_MS = 900;
/** Frames drawn after the last change before the loop may sleep: its last frame is on screen. */
const SETTLE_FRAMES = 2;

const GRADIENT_BANDS = 48;
const GLOW_RINGS = 12;
const DEPTH = { backdrop: 0, grade: 10, vignette: 11, portrait: 20 } as const;

/** The story text's column (game.css: 42rem plus its padding); portraits go beside it if they fit. */
const TEXT_COLUMN_REM = 44;
const PORTRAIT_MAX_PX = 220;
const PORTRAIT_MIN_PX = 96;
const PORTRAIT_MARGIN_PX = 24;
const PLATE_COLOUR = 0x0d1020;
const PLATE_TEXT_COLOUR = '#f3f1ea';
const PLATE_FONT_PX = 18;
const DEFAULT_FONT = 'system-ui, sans-serif';

interface ShownBackdrop {
  id: string;
  layer: GameObjects.Container;
  ambience: Ambience | undefined;
  /** Painted in place of its picture, which had not arrived yet. */
  painted: boolean;
}

interface ShownPortrait {
  portrait: string;
  name: string;
  layer: GameObjects.Container;
  image: GameObjects.Image;
  plate: GameObjects.Container;
  plateHeight: number;
}

export class StageScene extends Scene {
  private state!: ArtState;
  private backdrop: ShownBackdrop | undefined;
  /** Backdrops still fading out underneath the current one. */
  private leaving: ShownBackdrop[] = [];
  private portrait: ShownPortrait | undefined;
  private gradeLayer!: GameObjects.Graphics;
  private vignette: GameObjects.Image | undefined;
  private grade: MoodGrade = NEUTRAL_GRADE;
  private mood: string | undefined;
  private moodTween: { stop(): void } | undefined;
  private readonly backdropPacer = new ChangePacer(CHANGE_INTERVAL_MS);
  private readonly moodPacer = new ChangePacer(CHANGE_INTERVAL_MS);
  private backdropTimer: ReturnType<typeof setTimeout> | undefined;
  private moodTimer: ReturnType<typeof setTimeout> | undefined;
  private framesToDraw = SETTLE_FRAMES;
  private loopRunning = true;
  /** Files that could not be loaded: their scene is painted instead, their speaker unseen. */
  private readonly failedKeys = new Set<string>();

  constructor() {
    super(SCENE_KEYS.stage);
  }

  create(): void {
    this.state = this.registry.get(ART_STATE) as ArtState;
    this.gradeLayer = this.add
      .graphics()
      .setDepth(DEPTH.grade)
      .setBlendMode(BlendModes.MULTIPLY)
      .setVisible(false);
    this.createVignette();

    const onState = (_parent: unknown, state: ArtState) => this.apply(state);
    const onResize = () => this.layout();
    // The scale manager notices a new size on its next step: the loop must be running for it.
    const onWindowResize = () => this.keepAwake();
    const onFrameDrawn = () => this.frameDrawn();
    // A page nobody sees needs no frames at all.
    const onHidden = () => this.sleepLoop();
    const onVisible = () => this.keepAwake();
    const onFileLoaded = (key: string) => this.artLoaded(key);
    const onFileFailed = (file: { key: string }) => {
      this.failedKeys.add(file.key);
      this.artLoaded(file.key);
    };
    const stateChanged = `${Data.Events.CHANGE_DATA_KEY}${ART_STATE}`;
    this.registry.events.on(stateChanged, onState);
    this.scale.on(Scale.Events.RESIZE, onResize);
    window.addEventListener('resize', onWindowResize);
    this.game.events.on(Core.Events.POST_RENDER, onFrameDrawn);
    this.game.events.on(Core.Events.HIDDEN, onHidden);
    this.game.events.on(Core.Events.VISIBLE, onVisible);
    this.load.on(Loader.Events.FILE_COMPLETE, onFileLoaded);
    this.load.on(Loader.Events.FILE_LOAD_ERROR, onFileFailed);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.registry.events.off(stateChanged, onState);
      this.scale.off(Scale.Events.RESIZE, onResize);
      window.removeEventListener('resize', onWindowResize);
      this.game.events.off(Core.Events.POST_RENDER, onFrameDrawn);
      this.game.events.off(Core.Events.HIDDEN, onHidden);
      this.game.events.off(Core.Events.VISIBLE, onVisible);
      this.clearTimer('backdropTimer');
      this.clearTimer('moodTimer');
    });

    this.loadRemainingArt();
    this.apply(this.state, true);
  }

  // --- What to show --------------------------------------------------------------------------

  private apply(state: ArtState, first = false): void {
    const motionChanged = state.reducedMotion !== this.state.reducedMotion;
    this.state = state;
    if (motionChanged) this.motionChanged();
    this.requestBackdrop();
    this.requestMood(first);
    this.showSpeaker();
    this.keepAwake();
  }

  private get animate(): boolean {
    return !this.state.reducedMotion;
  }

  private motionChanged(): void {
    // Transitions under way jump to their end; the ambience is rebuilt moving or still.
    for (const leaving of this.leaving) this.removeBackdrop(leaving);
    this.leaving = [];
    if (this.backdrop) {
      const id = this.backdrop.id;
      this.removeBackdrop(this.backdrop);
      this.backdrop = this.buildBackdrop(id);
    }
    if (this.moodTween) {
      this.moodTween.stop();
      this.moodTween = undefined;
      this.grade = moodGrade(this.mood);
      this.drawGrade();
    }
    if (this.portrait) {
      this.tweens.killTweensOf(this.portrait.layer);
      this.portrait.layer.setAlpha(1);
    }
    this.keepAwake();
  }

  // --- Backdrops -----------------------------------------------------------------------------

  private requestBackdrop(): void {
    const wanted = backdropFor(this.state);
    const key = backdropKey(wanted);
    const artReady = this.textures.exists(key);
    if (this.backdrop?.id === wanted && !(this.backdrop.painted && artReady)) {
      this.clearTimer('backdropTimer');
      return;
    }
    // Art on its way: the current picture stays until it arrives (artLoaded asks again); with
    // nothing on screen yet, a painted stand-in shows meanwhile.
    const artComing = BACKDROPS[wanted] !== undefined && !this.failedKeys.has(key) && !artReady;
    if (artComing && this.backdrop) return;
    const delay = this.backdropPacer.delayFor(performance.now());
    if (delay > 0) {
      this.setTimer('backdropTimer', delay, () => this.requestBackdrop());
      return;
    }
    this.showBackdrop(wanted);
  }

  private showBackdrop(id: string): void {
    this.backdropPacer.changed(performance.now());
    const shown = this.buildBackdrop(id);
    const layer = shown.layer;
    const previous = this.backdrop;
    this.backdrop = shown;
    if (previous && this.animate) {
      this.leaving.push(previous);
      layer.setAlpha(0);
      this.tweens.add({
        targets: layer,
        alpha: 1,
        duration: BACKDROP_FADE_MS,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          this.leaving = this.leaving.filter((leaving) => leaving !== previous);
          this.removeBackdrop(previous);
        },
      });
    } else if (previous) {
      this.removeBackdrop(previous);
    }
    this.afterNextFrame(() => this.game.events.emit(ART_EVENTS.backdropShown, id));
  }

  private buildBackdrop(id: string): ShownBackdrop {
    const layer = this.add.container(0, 0).setDepth(DEPTH.backdrop);
    const key = backdropKey(id);
    const painted = !this.textures.exists(key);
    if (painted) {
      layer.add(this.paintBackdrop(id));
    } else {
      const image = this.add.image(0, 0, key).setOrigin(0, 0);
      image.setScale(BACKDROP_SIZE.width / image.width);
      layer.add(image);
    }
    // Ambient life belongs to the picture: a stand-in has none.
    const ambience = painted
      ? undefined
      : createAmbience(id, { scene: this, layer, animate: this.animate });
    const shown: ShownBackdrop = { id, layer, ambience, painted };
    this.layoutBackdrop(shown);
    return shown;
  }

  private removeBackdrop(backdrop: ShownBackdrop): void {
    backdrop.ambience?.stop();
    this.tweens.killTweensOf(backdrop.layer);
    backdrop.layer.destroy();
  }

  /** A scene without a picture yet still gets a place of its own: a gradient and a soft light. */
  private paintBackdrop(scene: string): GameObjects.Graphics {
    const { width, height } = BACKDROP_SIZE;
    const palette = backdropPalette(scene);
    const picture = this.add.graphics();
    // Bands rather than a gradient fill, which only Phaser's WebGL renderer draws.
    const bandHeight = height / GRADIENT_BANDS;
    for (let band = 0; band < GRADIENT_BANDS; band++) {
      const colour = mixColours(palette.top, palette.bottom, band / (GRADIENT_BANDS - 1));
      picture.fillStyle(colour, 1).fillRect(0, band * bandHeight, width, bandHeight + 1);
    }
    const radius = width * 0.45;
    for (let ring = GLOW_RINGS; ring >= 1; ring--) {
      picture.fillStyle(palette.glow, 0.2 / GLOW_RINGS);
      picture.fillCircle(
        palette.glowX * width,
        palette.glowY * height,
        (radius * ring) / GLOW_RINGS,
      );
    }
    return picture;
  }

  private layoutBackdrop(backdrop: ShownBackdrop): void {
    const focus = BACKDROPS[backdrop.id]?.focus ?? { x: 0.5, y: 0.5 };
    const placement = coverFit(this.scale, BACKDROP_SIZE, focus);
    backdrop.layer.setPosition(placement.x, placement.y).setScale(placement.scale);
  }

  // --- Light -----------------------------------------------------------------------------------

  private createVignette(): void {
    if (!this.textures.exists(VIGNETTE.key)) return;
    this.vignette = this.add.image(0, 0, VIGNETTE.key).setOrigin(0, 0).setDepth(DEPTH.vignette);
    this.drawGrade();
  }

  private requestMood(first: boolean): void {
    const wanted = this.state.mood;
    if (wanted === this.mood && !first) {
      this.clearTimer('moodTimer');
      return;
    }
    const delay = this.moodPacer.delayFor(performance.now());
    if (delay > 0) {
      this.setTimer('moodTimer', delay, () => this.requestMood(false));
      return;
    }
    this.moodPacer.changed(performance.now());
    this.mood = wanted;
    const from = this.grade;
    const to = moodGrade(wanted);
    this.moodTween?.stop();
    this.moodTween = undefined;
    if (this.animate && !first) {
      const tween = this.tweens.addCounter({
        from: 0,
        to: 1,
        duration: MOOD_FADE_MS,
        ease: 'Sine.easeInOut',
        onUpdate: (counter) => {
          this.grade = mixGrades(from, to, counter.getValue() ?? 1);
          this.drawGrade();
        },
        onComplete: () => {
          if (this.moodTween === handle) this.moodTween = undefined;
        },
      });
      const handle = { stop: () => tween.remove() };
      this.moodTween = handle;
    } else {
      this.grade = to;
      this.drawGrade();
    }
    this.afterNextFrame(() => this.game.events.emit(ART_EVENTS.moodShown, wanted));
  }

  private drawGrade(): void {
    const { width, height } = this.scale;
    const neutral = this.grade.tint === 0xffffff;
    this.gradeLayer.clear().setVisible(!neutral);
    if (!neutral) this.gradeLayer.fillStyle(this.grade.tint, 1).fillRect(0, 0, width, height);
    this.vignette
      ?.setDisplaySize(width, height)
      .setAlpha(this.grade.vignette)
      .setVisible(this.grade.vignette > 0);
  }

  // --- Speaker -------------------------------------------------------------------------------

  private showSpeaker(): void {
    const speaker = this.state.speaker;
    const current = this.portrait;
    if (current && speaker?.portrait === current.portrait && speaker.name === current.name) return;
    if (!speaker) {
      if (!current) return;
      this.portrait = undefined;
      this.fadeOutPortrait(current);
      this.afterNextFrame(() => this.game.events.emit(ART_EVENTS.speakerShown, undefined));
      return;
    }
    const key = portraitKey(speaker.portrait);
    // The portrait is still loading (artLoaded asks again), or it failed: the DOM names the speaker.
    if (!this.textures.exists(key)) return;

    const layer = this.add.container(0, 0).setDepth(DEPTH.portrait);
    const image = this.add.image(0, 0, key);
    // The name plate keeps its size whatever the portrait's: it is text to be read.
    const label = this.add
      .text(0, 0, speaker.name, {
        fontFamily: this.fontFamily(),
        fontSize: `${PLATE_FONT_PX}px`,
        color: PLATE_TEXT_COLOUR,
      })
      .setOrigin(0.5, 0.5);
    const plateWidth = label.width + 28;
    const plateHeight = label.height + 10;
    const backing = this.add
      .graphics()
      .fillStyle(PLATE_COLOUR, 0.88)
      .fillRoundedRect(-plateWidth / 2, -plateHeight / 2, plateWidth, plateHeight, plateHeight / 2);
    const plate = this.add.container(0, 0, [backing, label]);
    layer.add([image, plate]);
    this.portrait = {
      portrait: speaker.portrait,
      name: speaker.name,
      layer,
      image,
      plate,
      plateHeight,
    };
    this.layoutPortrait(this.portrait);

    if (current) this.fadeOutPortrait(current);
    if (this.animate) {
      layer.setAlpha(0);
      this.tweens.add({ targets: layer, alpha: 1, duration: PORTRAIT_FADE_MS });
    }
    this.afterNextFrame(() => this.game.events.emit(ART_EVENTS.speakerShown, speaker.portrait));
  }

  private fadeOutPortrait(portrait: ShownPortrait): void {
    this.tweens.killTweensOf(portrait.layer);
    if (!this.animate) {
      portrait.layer.destroy();
      return;
    }
    this.tweens.add({
      targets: portrait.layer,
      alpha: 0,
      duration: PORTRAIT_FADE_MS,
      onComplete: () => portrait.layer.destroy(),
    });
  }

  /**
   * In the margin beside the text column, as large as the margin allows. Where the text takes
   * the whole width (phones, large text) the portrait would only peek out from under it, so it
   * is not drawn: the text names the speaker anyway.
   */
  private layoutPortrait(portrait: ShownPortrait): void {
    const { width, height } = this.scale;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const gutter = (width - TEXT_COLUMN_REM * rem) / 2;
    const size = Math.min(
      PORTRAIT_MAX_PX,
      Math.min(width, height) * 0.28,
      gutter - 2 * PORTRAIT_MARGIN_PX,
    );
    portrait.layer.setVisible(size >= PORTRAIT_MIN_PX);
    if (size < PORTRAIT_MIN_PX) return;
    const y = height - size / 2 - PORTRAIT_MARGIN_PX - portrait.plateHeight / 2;
    portrait.image.setScale(size / PORTRAIT_SIZE.width);
    portrait.plate.y = size / 2 - portrait.plateHeight / 4;
    portrait.layer.setPosition(gutter / 2, y);
  }

  private fontFamily(): string {
    const chosen = getComputedStyle(document.documentElement)
      .getPropertyValue('--offramp-font-family')
      .trim();
    return chosen || DEFAULT_FONT;
  }

  // --- Loading the rest ------------------------------------------------------------------------

  private loadRemainingArt(): void {
    const files = (this.registry.get(REMAINING_ART_FILES) as ArtFile[] | undefined) ?? [];
    const missing = files.filter((file) => !this.textures.exists(file.key));
    if (missing.length === 0) return;
    this.load.setPath(import.meta.env.BASE_URL);
    for (const file of missing) this.load.svg(file.key, file.url, file.size);
    this.load.start();
    this.keepAwake();
  }

  private artLoaded(key: string): void {
    if (key === VIGNETTE.key && !this.vignette && this.textures.exists(key)) this.createVignette();
    if (key === backdropKey(backdropFor(this.state))) this.requestBackdrop();
    if (this.state.speaker && key === portraitKey(this.state.speaker.portrait)) this.showSpeaker();
  }

  // --- Layout ----------------------------------------------------------------------------------

  private layout(): void {
    for (const backdrop of [...this.leaving, ...(this.backdrop ? [this.backdrop] : [])]) {
      this.layoutBackdrop(backdrop);
    }
    if (this.portrait) this.layoutPortrait(this.portrait);
    this.drawGrade();
    this.keepAwake();
  }

  // --- The game loop ---------------------------------------------------------------------------

  private get ambientMoving(): boolean {
    return this.backdrop?.ambience?.animated === true;
  }

  /**
   * Runs the loop until `frames` more frames are drawn, then lets it sleep once nothing moves.
   * Counted in frames, not time: a busy or throttled browser may draw few frames per second.
   */
  private keepAwake(frames = SETTLE_FRAMES): void {
    this.framesToDraw = Math.max(this.framesToDraw, frames);
    if (this.loopRunning) return;
    this.loopRunning = true;
    this.game.events.emit(ART_EVENTS.loopChanged, true);
    this.game.loop.wake();
  }

  private frameDrawn(): void {
    if (this.framesToDraw > 0) this.framesToDraw--;
    if (this.framesToDraw > 0 || !this.loopRunning || this.ambientMoving) return;
    // Fades and other transitions are tweens: the frame after the last one ends is still drawn.
    if (this.tweens.getTweens().length > 0) return;
    this.sleepLoop();
  }

  private sleepLoop(): void {
    if (!this.loopRunning) return;
    this.game.loop.sleep();
    this.loopRunning = false;
    this.game.events.emit(ART_EVENTS.loopChanged, false);
  }

  /** Once the next frame is drawn (the loop is kept awake for it). */
  private afterNextFrame(task: () => void): void {
    this.game.events.once(Core.Events.POST_RENDER, task);
    this.keepAwake();
  }

  // --- Timers ----------------------------------------------------------------------------------

  private setTimer(slot: 'backdropTimer' | 'moodTimer', delay: number, task: () => void): void {
    this.clearTimer(slot);
    this[slot] = setTimeout(() => {
      this[slot] = undefined;
      task();
    }, delay);
  }

  private clearTimer(slot: 'backdropTimer' | 'moodTimer'): void {
    clearTimeout(this[slot]);
    this[slot] = undefined;
  }
}
