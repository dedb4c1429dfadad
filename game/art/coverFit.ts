/**
 * Where a picture goes so that it covers the whole view without distortion, cropped around its
 * focal point: on a phone held upright a wide backdrop keeps the part that tells the story.
 */
export interface Size {
  width: number;
  height: number;
}

/** A point of the picture, as fractions (0–1) of its width and height. */
export interface FocalPoint {
  x: number;
  y: number;
}

export interface CoverPlacement {
  scale: number;
  /** Top-left corner of the scaled picture in view coordinates (zero or negative). */
  x: number;
  y: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function coverFit(view: Size, picture: Size, focus: FocalPoint): CoverPlacement {
  const scale = Math.max(view.width / picture.width, view.height / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  return {
    scale,
    x: clamp(view.width / 2 - focus.x * width, view.width - width, 0),
    y: clamp(view.height / 2 - focus.y * height, view.height - height, 0),
  };
}
