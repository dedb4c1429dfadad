/**
 * The settings that change the look, applied to <html> as the attributes and custom
 * properties every style sheet honours (the issue-3 contract):
 *   --offramp-font-scale, --offramp-line-height, --offramp-font-family,
 *   data-contrast="high|normal", data-motion="reduced|full".
 * Applied by main.ts before the first screen is drawn.
 */
import { loadLegibleFont } from './legibleFont.ts';
import type { FontChoice, LineSpacing, PlayerSettings } from './settings.ts';

/** Fonts on the device, and Atkinson Hyperlegible served from our own origin (legibleFont.ts). */
export const FONT_STACKS: Record<FontChoice, string> = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  serif:
    "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  // Designed for low vision: distinct I/l/1, open shapes. Verdana and its kin meanwhile.
  legible: "'Atkinson Hyperlegible', Verdana, 'DejaVu Sans', Tahoma, 'Noto Sans', sans-serif",
};

export const LINE_HEIGHTS: Record<LineSpacing, number> = { normal: 1.5, wide: 1.8, wider: 2.2 };

export interface Appearance {
  attributes: Record<string, string>;
  properties: Record<string, string>;
}

export function prefersReducedMotion(settings: PlayerSettings, systemPrefers: boolean): boolean {
  return settings.reducedMotion ?? systemPrefers;
}

export function appearanceFor(settings: PlayerSettings, systemPrefersReduced: boolean): Appearance {
  return {
    attributes: {
      'data-contrast': settings.highContrast ? 'high' : 'normal',
      'data-motion': prefersReducedMotion(settings, systemPrefersReduced) ? 'reduced' : 'full',
      'data-font': settings.font,
      'data-text-size': String(Math.round(settings.textScale * 100)),
    },
    properties: {
      '--offramp-font-scale': String(settings.textScale),
      '--offramp-line-height': String(LINE_HEIGHTS[settings.lineSpacing]),
      '--offramp-font-family': FONT_STACKS[settings.font],
    },
  };
}

export function applyAppearance(html: HTMLElement, appearance: Appearance): void {
  if (appearance.attributes['data-font'] === 'legible') loadLegibleFont();
  for (const [name, value] of Object.entries(appearance.attributes)) {
    html.setAttribute(name, value);
  }
  for (const [name, value] of Object.entries(appearance.properties)) {
    html.style.setProperty(name, value);
  }
}
