import { describe, expect, it } from 'vitest';
import { reflectionQuestions } from './debriefQuestions.ts';

const general = ['G1?', 'G2?', 'G3?'];

describe('reflectionQuestions', () => {
  it('asks three general questions when the story has no debrief lines', () => {
    expect(reflectionQuestions([], general)).toEqual({ fromStory: [], general });
  });

  it("puts the story's own lines first and fills up to three", () => {
    expect(reflectionQuestions(['Who could you talk to?'], general)).toEqual({
      fromStory: ['Who could you talk to?'],
      general: ['G1?', 'G2?'],
    });
    expect(reflectionQuestions(['A?', 'B?'], general).general).toEqual(['G1?']);
  });

  it('adds nothing to three or more story lines, and ignores empty ones', () => {
    expect(reflectionQuestions(['A?', 'B?', 'C?', 'D?'], general).general).toEqual([]);
    expect(reflectionQuestions(['  ', 'A?'], general)).toEqual({
      fromStory: ['A?'],
      general: ['G1?', 'G2?'],
    });
  });
});
