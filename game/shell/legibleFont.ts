/**
 * The "extra legible" font (Atkinson Hyperlegible), self-hosted from our own origin. Its files
 * are fetched only when a player chooses it, so nobody else pays for them.
 */
let requested: Promise<unknown> | undefined;

export function loadLegibleFont(): void {
  requested ??= Promise.all([
    import('@fontsource/atkinson-hyperlegible/latin-400.css'),
    import('@fontsource/atkinson-hyperlegible/latin-700.css'),
  ]).catch((error: unknown) => {
    // The font stack falls back to Verdana and its kin; the text stays readable.
    console.warn('The legible font could not be loaded.', error);
    requested = undefined;
  });
}
