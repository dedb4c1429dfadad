/** How large the SVG backdrops are rasterised for this screen: sharp, but no larger than needed. */
import { BACKDROP_SIZE } from '../artAssets.ts';
import { coverFit } from '../coverFit.ts';

const MIN_SCALE = 0.5;
const MAX_SCALE = 1.5;

export function backdropRasterScale(view: { width: number; height: number }): number {
  const { scale } = coverFit(view, BACKDROP_SIZE, { x: 0.5, y: 0.5 });
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.ceil(scale * 4) / 4));
}
