import { describe, expect, it } from 'vitest';
import { coverFit } from './coverFit.ts';

const ART = { width: 1280, height: 720 };

describe('coverFit', () => {
  it('fills a view of the same shape exactly', () => {
    expect(coverFit({ width: 640, height: 360 }, ART, { x: 0.2, y: 0.8 })).toEqual({
      scale: 0.5,
      x: 0,
      y: 0,
    });
  });

  it('covers an upright phone and centres the focal point', () => {
    const placement = coverFit({ width: 390, height: 800 }, ART, { x: 0.5, y: 0.5 });
    expect(placement.scale).toBeCloseTo(800 / 720);
    expect(placement.y).toBe(0);
    const focusOnScreen = placement.x + 0.5 * ART.width * placement.scale;
    expect(focusOnScreen).toBeCloseTo(195);
  });

  it('never leaves an edge uncovered when the focal point is near the border', () => {
    const view = { width: 390, height: 800 };
    for (const x of [0, 0.05, 0.95, 1]) {
      const placement = coverFit(view, ART, { x, y: 0.5 });
      expect(placement.x).toBeLessThanOrEqual(0);
      expect(placement.x + ART.width * placement.scale).toBeGreaterThanOrEqual(view.width - 1e-9);
    }
  });
});
