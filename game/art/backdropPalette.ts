/**
 * The colours the art layer paints for each `# scene`, as data. Scenes without an entry get
 * colours derived from their name, so a new scene still looks different before its art exists.
 */
export interface BackdropPalette {
  /** Sky at the top and ground at the bottom of the vertical gradient (0xRRGGBB). */
  top: number;
  bottom: number;
  /** A soft light in the picture: where it is (0–1 of width and height) and its colour. */
  glow: number;
  glowX: number;
  glowY: number;
}

/** What the art layer shows while no story is playing. */
export const LIBRARY_BACKDROP = 'library';

export const BACKDROP_PALETTES: Readonly<Record<string, BackdropPalette>> = {
  library: { top: 0x1b2238, bottom: 0x0d1020, glow: 0x4d6bb3, glowX: 0.75, glowY: 0.25 },
  bedroom: { top: 0x23193d, bottom: 0x0f0c1c, glow: 0xf2b25c, glowX: 0.2, glowY: 0.65 },
  phone: { top: 0x0c1c2e, bottom: 0x05080f, glow: 0x3fc1e8, glowX: 0.5, glowY: 0.55 },
  'school-yard': { top: 0x6d7f93, bottom: 0x2f3a45, glow: 0xd8e2ec, glowX: 0.7, glowY: 0.15 },
  'street-night': { top: 0x080b16, bottom: 0x161019, glow: 0xf08a2c, glowX: 0.8, glowY: 0.3 },
  kitchen: { top: 0xf4c98e, bottom: 0x9c5f3a, glow: 0xfff1c7, glowX: 0.3, glowY: 0.2 },
};

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 16777619);
  }
  return value >>> 0;
}

/** hue 0–360, saturation and lightness 0–1 → 0xRRGGBB. */
export function hslColour(hue: number, saturation: number, lightness: number): number {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const part = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const [r, g, b] =
    hue < 60
      ? [chroma, part, 0]
      : hue < 120
        ? [part, chroma, 0]
        : hue < 180
          ? [0, chroma, part]
          : hue < 240
            ? [0, part, chroma]
            : hue < 300
              ? [part, 0, chroma]
              : [chroma, 0, part];
  const offset = lightness - chroma / 2;
  const channel = (value: number) => Math.round((value + offset) * 255);
  return (channel(r) << 16) | (channel(g) << 8) | channel(b);
}

/** The colour `progress` (0–1) of the way from `from` to `to` (0xRRGGBB), channel by channel. */
export function mixColours(from: number, to: number, progress: number): number {
  const t = Math.min(1, Math.max(0, progress));
  const mix = (shift: number) => {
    const start = (from >> shift) & 0xff;
    return Math.round(start + (((to >> shift) & 0xff) - start) * t);
  };
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

export function backdropPalette(scene: string): BackdropPalette {
  const known = BACKDROP_PALETTES[scene];
  if (known) return known;
  const seed = hash(scene);
  const hue = seed % 360;
  return {
    top: hslColour(hue, 0.35, 0.22),
    bottom: hslColour((hue + 30) % 360, 0.3, 0.08),
    glow: hslColour((hue + 180) % 360, 0.6, 0.6),
    glowX: 0.2 + ((seed >>> 9) % 60) / 100,
    glowY: 0.15 + ((seed >>> 17) % 40) / 100,
  };
}
