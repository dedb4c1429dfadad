import { describe, expect, it } from 'vitest';
import { BACKDROP_PALETTES, backdropPalette, hslColour, mixColours } from './backdropPalette.ts';

describe('backdropPalette', () => {
  it('uses the palette written for a known scene', () => {
    expect(backdropPalette('kitchen')).toBe(BACKDROP_PALETTES.kitchen);
  });

  it('derives stable, distinct colours for a scene without a palette', () => {
    const alley = backdropPalette('back-alley');
    expect(backdropPalette('back-alley')).toEqual(alley);
    expect(backdropPalette('train-station').top).not.toBe(alley.top);
    for (const position of [alley.glowX, alley.glowY]) {
      expect(position).toBeGreaterThanOrEqual(0);
      expect(position).toBeLessThanOrEqual(1);
    }
  });
});

describe('hslColour', () => {
  it('converts hue, saturation and lightness to 0xRRGGBB', () => {
    expect(hslColour(0, 1, 0.5)).toBe(0xff0000);
    expect(hslColour(120, 1, 0.5)).toBe(0x00ff00);
    expect(hslColour(240, 1, 0.25)).toBe(0x000080);
    expect(hslColour(0, 0, 1)).toBe(0xffffff);
  });
});

describe('mixColours', () => {
  it('mixes each channel on its own and clamps progress', () => {
    expect(mixColours(0xff0000, 0x0000ff, 0.5)).toBe(0x800080);
    expect(mixColours(0x102030, 0x405060, 0)).toBe(0x102030);
    expect(mixColours(0x102030, 0x405060, 1.5)).toBe(0x405060);
  });
});
