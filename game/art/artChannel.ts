/** How the page and the Phaser scenes talk: the state the art shows, registry keys and events. */

/** Everything the art layer shows, as the story last asked for it. */
export interface ArtState {
  /** The `# scene` of the story (or the library backdrop outside a story). */
  scene: string;
  /** The portrait for the current `# speaker`, and the name as the story wrote it. */
  speaker: { portrait: string; name: string } | undefined;
  /** The `# mood`, if any. */
  mood: string | undefined;
  /** A `# ui: phone` passage is on screen: the phone backdrop replaces the scene. */
  phone: boolean;
  /** No ambient animation and no transitions; the game loop sleeps between changes. */
  reducedMotion: boolean;
}

export { LIBRARY_BACKDROP } from './backdropPalette.ts';
/** The backdrop behind `# ui: phone` passages. */
export const PHONE_BACKDROP = 'phone';

/** The backdrop on screen for a state: the phone takes over the scene while it is up. */
export function backdropFor(state: ArtState): string {
  return state.phone ? PHONE_BACKDROP : state.scene;
}

/** Registry key: the current ArtState (a new object on every change). */
export const ART_STATE = 'offramp.artState';

/** Game events the stage emits once a frame showing the change has been drawn. */
export const ART_EVENTS = {
  /** With the backdrop id. */
  backdropShown: 'offramp.backdropShown',
  /** With the portrait id, or undefined when no portrait is shown. */
  speakerShown: 'offramp.speakerShown',
  /** With the mood, or undefined for none. */
  moodShown: 'offramp.moodShown',
  /** With true when the game loop runs, false when it sleeps. */
  loopChanged: 'offramp.loopChanged',
} as const;

export const SCENE_KEYS = { boot: 'Boot', preloader: 'Preloader', stage: 'Stage' } as const;
