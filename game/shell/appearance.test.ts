import { describe, expect, it } from 'vitest';
import { FONT_STACKS, appearanceFor } from './appearance.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

describe('appearanceFor', () => {
  it('turns the settings into the attributes and custom properties of the contract', () => {
    const appearance = appearanceFor(
      {
        ...DEFAULT_SETTINGS,
        textScale: 1.75,
        lineSpacing: 'wider',
        font: 'serif',
        highContrast: true,
      },
      false,
    );
    expect(appearance).toEqual({
      attributes: {
        'data-contrast': 'high',
        'data-motion': 'full',
        'data-font': 'serif',
        'data-text-size': '175',
      },
      properties: {
        '--offramp-font-scale': '1.75',
        '--offramp-line-height': '2.2',
        '--offramp-font-family': FONT_STACKS.serif,
      },
    });
  });

  it('follows the system on reduced motion until the player chooses', () => {
    const motion = (reducedMotion: boolean | undefined, system: boolean) =>
      appearanceFor({ ...DEFAULT_SETTINGS, reducedMotion }, system).attributes['data-motion'];
    expect(motion(undefined, true)).toBe('reduced');
    expect(motion(undefined, false)).toBe('full');
    expect(motion(false, true)).toBe('full');
    expect(motion(true, false)).toBe('reduced');
  });

  it('names only fonts on the device, never a web font from elsewhere', () => {
    for (const stack of Object.values(FONT_STACKS)) expect(stack).not.toMatch(/url\(|https?:/);
  });
});
