import { describe, expect, it } from 'vitest';
import { BACKDROPS, PORTRAITS, VIGNETTE, artFiles, backdropKey, portraitKey } from './artAssets.ts';

const svgFiles = import.meta.glob<string>('/public/art/**/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const svgAt = (url: string) => svgFiles[`/public/${url}`];

/** Small enough for a phone on a slow line: a few KB each before compression. */
const MAX_SVG_BYTES = 6 * 1024;

describe('the art files', () => {
  const urls = [
    ...Object.values(BACKDROPS).map((art) => art.url),
    ...Object.values(PORTRAITS),
    VIGNETTE.url,
  ];

  it.each(urls)('%s exists, is self-contained and small', (url) => {
    const svg = svgAt(url);
    expect(svg, `public/${url}`).toBeDefined();
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 \d+ \d+"[^>]* width="\d+" height="\d+"/);
    // Nothing is fetched from elsewhere and nothing runs: no links, scripts or embedded images.
    expect(svg).not.toMatch(/<script|<image|<foreignObject|href=|url\((?!#)/i);
    expect(new TextEncoder().encode(svg).length).toBeLessThanOrEqual(MAX_SVG_BYTES);
  });

  it('has a backdrop for every scene of the demo story and the phone', () => {
    for (const scene of ['bedroom', 'school-yard', 'street-night', 'kitchen', 'phone', 'library']) {
      expect(BACKDROPS[scene]).toBeDefined();
    }
  });
});

describe('artFiles', () => {
  it('lists the files of the first picture first', () => {
    const { files, firstCount } = artFiles({ backdrop: 'kitchen', portrait: 'parent' }, 1);
    expect(firstCount).toBe(3);
    expect(files.slice(0, firstCount).map((file) => file.key)).toEqual([
      VIGNETTE.key,
      backdropKey('kitchen'),
      portraitKey('parent'),
    ]);
    expect(files).toHaveLength(1 + Object.keys(BACKDROPS).length + Object.keys(PORTRAITS).length);
  });

  it('waits for no backdrop when the scene has no picture yet', () => {
    const { firstCount } = artFiles({ backdrop: 'train-station', portrait: undefined }, 1);
    expect(firstCount).toBe(1);
  });

  it('rasterises backdrops at the scale of the screen', () => {
    const { files } = artFiles({ backdrop: 'bedroom', portrait: undefined }, 1.5);
    expect(files.find((file) => file.key === backdropKey('bedroom'))?.size).toEqual({
      width: 1920,
      height: 1080,
    });
  });
});
