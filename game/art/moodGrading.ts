/**
 * The light of each `# mood`, as data: a colour the picture is multiplied by (white leaves it
 * as it is) and how dark its edges fall (the vignette). Changes between moods are slow
 * cross-fades of these numbers; a mood without an entry shows the picture as drawn.
 */
import { mixColours } from './backdropPalette.ts';

export interface MoodGrade {
  /** Multiplied into the picture (0xRRGGBB). */
  tint: number;
  /** Opacity of the darkened edges, 0–1. */
  vignette: number;
}

export const NEUTRAL_GRADE: MoodGrade = { tint: 0xffffff, vignette: 0.25 };

export const MOOD_GRADES: Readonly<Record<string, MoodGrade>> = {
  calm: { tint: 0xe8eeff, vignette: 0.3 },
  warm: { tint: 0xffe6c2, vignette: 0.2 },
  tense: { tint: 0xc4cec9, vignette: 0.6 },
  dark: { tint: 0x8088b4, vignette: 0.75 },
};

export function moodGrade(mood: string | undefined): MoodGrade {
  return (mood !== undefined ? MOOD_GRADES[mood] : undefined) ?? NEUTRAL_GRADE;
}

/** The grade `progress` (0–1) of the way from `from` to `to`. */
export function mixGrades(from: MoodGrade, to: MoodGrade, progress: number): MoodGrade {
  const t = Math.min(1, Math.max(0, progress));
  return {
    tint: mixColours(from.tint, to.tint, t),
    vignette: from.vignette + (to.vignette - from.vignette) * t,
  };
}
