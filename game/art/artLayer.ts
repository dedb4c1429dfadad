/**
 * The page's handle on the art: usable at once, while Phaser (a large chunk of its own) loads
 * only when asked, after the story text is interactive. Everything asked for before it arrives
 * is remembered and shown when it does; if it never arrives the game simply stays text-only.
 *
 * The art is decoration: its element stays hidden from assistive technology and takes no
 * input. It reports what is on screen as data attributes on that element, for tests and
 * benchmarks: `data-art` (loading, ready, unavailable), `data-scene` (the backdrop on screen),
 * `data-speaker` (the portrait, drawn beside the text where the screen has room), `data-mood`, `data-loop` (running, asleep), and
 * `data-pending` while the picture is still catching up with what the story asked for (changes
 * are paced, and art may still be loading).
 */
import { LIBRARY_BACKDROP, backdropFor, type ArtState } from './artChannel.ts';
import type { ArtDirector } from './createGame.ts';
import { portraitFor } from './speakerPortraits.ts';

export interface ArtLayer {
  /** Loads Phaser and draws the current state; resolves false when the art is unavailable. */
  load(): Promise<boolean>;
  /** `# scene`: the backdrop. */
  showScene(scene: string): void;
  /** `# speaker`: portrait and name plate (the DOM shows the name too); undefined for none. */
  showSpeaker(name: string | undefined): void;
  /** `# mood`: light, colour grading and transitions; undefined for none. */
  setMood(mood: string | undefined): void;
  /** A `# ui: phone` passage is on screen: the phone backdrop. */
  setPhone(active: boolean): void;
  /** From the settings: no ambient animation, no transitions. */
  setReducedMotion(reduced: boolean): void;
}

export interface ArtLayerOptions {
  reducedMotion: boolean;
}

/** The shell's setting on <html> (data-motion="reduced"), which the art follows too. */
const MOTION_ATTRIBUTE = 'data-motion';

export function createArtLayer(parent: HTMLElement, options: ArtLayerOptions): ArtLayer {
  const root = document.documentElement;
  const motionSetting = root.getAttribute(MOTION_ATTRIBUTE);
  let state: ArtState = {
    scene: LIBRARY_BACKDROP,
    speaker: undefined,
    mood: undefined,
    phone: false,
    reducedMotion: motionSetting === null ? options.reducedMotion : motionSetting === 'reduced',
  };
  let director: ArtDirector | undefined;
  let loading: Promise<boolean> | undefined;
  const shown: { backdrop?: string; mood?: string } = {};

  parent.setAttribute('aria-hidden', 'true');

  const update = (change: Partial<ArtState>) => {
    const next = { ...state, ...change };
    const changed = (Object.keys(change) as (keyof ArtState)[]).some(
      (key) => JSON.stringify(next[key]) !== JSON.stringify(state[key]),
    );
    if (!changed) return;
    state = next;
    director?.show(state);
    showPending();
  };

  const setAttribute = (name: string, value: string | undefined) => {
    if (value === undefined) parent.removeAttribute(name);
    else parent.setAttribute(name, value);
  };

  const showPending = () => {
    const pending =
      director !== undefined &&
      (shown.backdrop !== backdropFor(state) || shown.mood !== state.mood);
    setAttribute('data-pending', pending ? 'true' : undefined);
  };

  new MutationObserver(() => {
    const setting = root.getAttribute(MOTION_ATTRIBUTE);
    if (setting !== null) update({ reducedMotion: setting === 'reduced' });
  }).observe(root, { attributes: true, attributeFilter: [MOTION_ATTRIBUTE] });

  return {
    showScene(scene) {
      update({ scene });
    },
    showSpeaker(name) {
      const trimmed = name?.trim();
      update({
        speaker: trimmed ? { name: trimmed, portrait: portraitFor(trimmed, root.lang) } : undefined,
      });
    },
    setMood(mood) {
      update({ mood });
    },
    setPhone(active) {
      update({ phone: active });
    },
    setReducedMotion(reduced) {
      update({ reducedMotion: reduced });
    },
    load() {
      loading ??= (async () => {
        parent.dataset.art = 'loading';
        try {
          const { createGame } = await import('./createGame.ts');
          director = createGame(parent, state, {
            backdropShown: (backdrop) => {
              shown.backdrop = backdrop;
              setAttribute('data-scene', backdrop);
              showPending();
            },
            speakerShown: (portrait) => setAttribute('data-speaker', portrait),
            moodShown: (mood) => {
              shown.mood = mood;
              setAttribute('data-mood', mood);
              showPending();
            },
            loopChanged: (running) => setAttribute('data-loop', running ? 'running' : 'asleep'),
          });
          parent.dataset.art = 'ready';
          // The game loop starts running; the stage reports when it sleeps.
          parent.dataset.loop ??= 'running';
          showPending();
          return true;
        } catch (error) {
          parent.dataset.art = 'unavailable';
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
