import { describe, expect, it } from 'vitest';
import { MOOD_GRADES, NEUTRAL_GRADE, mixGrades, moodGrade } from './moodGrading.ts';

describe('moodGrade', () => {
  it('has a grade for each mood the stories use', () => {
    for (const mood of ['calm', 'tense', 'warm', 'dark'])
      expect(moodGrade(mood)).toBe(MOOD_GRADES[mood]);
  });

  it('leaves the picture as drawn for no mood or an unknown one', () => {
    expect(moodGrade(undefined)).toBe(NEUTRAL_GRADE);
    expect(moodGrade('wistful')).toBe(NEUTRAL_GRADE);
  });
});

describe('mixGrades', () => {
  const from = { tint: 0xff0000, vignette: 0 };
  const to = { tint: 0x0000ff, vignette: 1 };

  it('starts at the first grade and ends at the second', () => {
    expect(mixGrades(from, to, 0)).toEqual(from);
    expect(mixGrades(from, to, 1)).toEqual(to);
  });

  it('mixes each colour channel on its own', () => {
    expect(mixGrades(from, to, 0.5)).toEqual({ tint: 0x800080, vignette: 0.5 });
  });

  it('clamps progress outside 0–1', () => {
    expect(mixGrades(from, to, 2)).toEqual(to);
    expect(mixGrades(from, to, -1)).toEqual(from);
  });
});
