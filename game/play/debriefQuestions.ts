/**
 * The reflection questions at an ending: the story's own `# debrief` lines first, then general
 * questions until there are three, so a debrief always asks two or three things.
 */
export const REFLECTION_QUESTIONS_WANTED = 3;

export function reflectionQuestions(
  storyLines: readonly string[],
  generalQuestions: readonly string[],
): { fromStory: string[]; general: string[] } {
  const fromStory = storyLines.filter((line) => line.trim() !== '');
  const missing = Math.max(0, REFLECTION_QUESTIONS_WANTED - fromStory.length);
  return { fromStory, general: generalQuestions.slice(0, missing) };
}
