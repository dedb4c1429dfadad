/**
 * The settings that change the look, applied to <html> as the attributes and custom
 * properties every style sheet honours (the issue-3 contract):
 *   --offramp-font-scale, --offramp-line-height, --offramp-font-family,
 *   data-contrast="high|normal", data-motion="reduced|full".
 * Applied by main.ts before the first screen is drawn.
 */
import type { FontChoice, LineSpacing, PlayerSettings } from './settings.ts';

/** Only fonts already on the device: nothing is fetched from anywhere. */
export const FONT_STACKS: Record<FontChoice, string> = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  serif:
    "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  // Wide letters, open shapes and distinct I/l/1: the most legible of the common system fonts.
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
  for (const [name, value] of Object.entries(appearance.attributes)) {
    html.setAttribute(name, value);
  }
  for (const [name, value] of Object.entries(appearance.properties)) {
    html.style.setProperty(name, value);
  }
}
