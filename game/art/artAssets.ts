/**
 * The files the Preloader loads, as data. Paths are relative to the site root (public/).
 * Empty until the art issue brings real pictures; the backdrops are drawn meanwhile.
 */
export interface ArtAsset {
  kind: 'image' | 'svg';
  key: string;
  url: string;
}

export const ART_ASSETS: readonly ArtAsset[] = [];
