/**
 * The pictures of the art layer, as data: original SVG files under public/art/ (one flat,
 * soft-gradient style, drawn for this game), each backdrop with the point that must stay in
 * view when a narrow screen crops it. Paths are relative to the site root.
 */
import type { FocalPoint, Size } from './coverFit.ts';
import { PORTRAIT_IDS, type PortraitId } from './speakerPortraits.ts';

export interface BackdropArt {
  url: string;
  focus: FocalPoint;
}

/** Every backdrop is drawn on this canvas (its SVG viewBox). */
export const BACKDROP_SIZE: Size = { width: 1280, height: 720 };
/** Every portrait is drawn on this canvas. */
export const PORTRAIT_SIZE: Size = { width: 256, height: 256 };

export const BACKDROPS: Readonly<Record<string, BackdropArt>> = {
  library: { url: 'art/backdrops/library.svg', focus: { x: 0.7, y: 0.6 } },
  bedroom: { url: 'art/backdrops/bedroom.svg', focus: { x: 0.36, y: 0.55 } },
  'school-yard': { url: 'art/backdrops/school-yard.svg', focus: { x: 0.55, y: 0.7 } },
  'street-night': { url: 'art/backdrops/street-night.svg', focus: { x: 0.6, y: 0.6 } },
  kitchen: { url: 'art/backdrops/kitchen.svg', focus: { x: 0.5, y: 0.55 } },
  phone: { url: 'art/backdrops/phone.svg', focus: { x: 0.5, y: 0.5 } },
};

export const PORTRAITS: Readonly<Record<PortraitId, string>> = Object.fromEntries(
  PORTRAIT_IDS.map((id) => [id, `art/portraits/${id}.svg`]),
) as Record<PortraitId, string>;

/** Darkened edges, stretched over the whole view. */
export const VIGNETTE = {
  key: 'art.vignette',
  url: 'art/vignette.svg',
  size: { width: 640, height: 360 },
};

export const backdropKey = (id: string) => `backdrop.${id}`;
export const portraitKey = (id: string) => `portrait.${id}`;

export interface ArtFile {
  key: string;
  url: string;
  /** The size the SVG is rasterised at. */
  size: Size;
}

/**
 * Every file, the ones for the first picture first: the Preloader waits only for those
 * (`firstCount`), the stage loads the rest in the background.
 */
export function artFiles(
  first: { backdrop: string; portrait: string | undefined },
  backdropScale: number,
): { files: ArtFile[]; firstCount: number } {
  const backdropSize = {
    width: Math.round(BACKDROP_SIZE.width * backdropScale),
    height: Math.round(BACKDROP_SIZE.height * backdropScale),
  };
  const backdrops = Object.entries(BACKDROPS).map(([id, art]) => ({
    key: backdropKey(id),
    url: art.url,
    size: backdropSize,
  }));
  const portraits = Object.entries(PORTRAITS).map(([id, url]) => ({
    key: portraitKey(id),
    url,
    size: PORTRAIT_SIZE,
  }));
  const all: ArtFile[] = [
    { key: VIGNETTE.key, url: VIGNETTE.url, size: VIGNETTE.size },
    ...backdrops,
    ...portraits,
  ];
  const firstKeys = new Set([
    VIGNETTE.key,
    backdropKey(first.backdrop),
    ...(first.portrait ? [portraitKey(first.portrait)] : []),
  ]);
  const firstFiles = all.filter((file) => firstKeys.has(file.key));
  return {
    files: [...firstFiles, ...all.filter((file) => !firstKeys.has(file.key))],
    firstCount: firstFiles.length,
  };
}
