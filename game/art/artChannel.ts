/** How the page and the Phaser scenes talk: registry keys and game events, named once. */

/** Registry key: the `# scene` the backdrop should show. */
export const BACKDROP_SCENE = 'offramp.backdropScene';
/** Registry key: true when the player asked for reduced motion. */
export const REDUCED_MOTION = 'offramp.reducedMotion';
/** Game event, with the scene name: the backdrop for it is on screen. */
export const BACKDROP_DRAWN = 'offramp.backdropDrawn';

export const SCENE_KEYS = { boot: 'Boot', preloader: 'Preloader', backdrop: 'Backdrop' } as const;
