/**
 * "Never in or right after a # distressing passage", checked the way a player meets it: by
 * walking the story and looking at each passage and the one before it. A static reading of
 * the source cannot tell which passage follows which; the walker can.
 */
import type { LoadedStory } from '../stories/storyCheck.node.ts';
import type { SourceProblem } from '../story/problems.ts';
import { walkStory } from '../story/storyWalker.ts';
import { parseTags } from '../story/tags.ts';

export interface HookPlacementOptions {
  /** Walking time per locale; the walk stops sooner once everything reachable was seen. */
  timeBudgetMs: number;
  seed?: number;
}

interface SeenHook {
  hook: string;
  text: string;
  choices: readonly number[];
}

export function checkHookPlacementByWalking(
  story: LoadedStory,
  options: HookPlacementOptions,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const { entryFile, compiled: checked } of story.locales) {
    const { json, outline } = checked;
    const distressingAfter = new Map<string, boolean>();
    const offending = new Map<string, SeenHook>();
    walkStory(json, outline, {
      timeBudgetMs: options.timeBudgetMs,
      seed: options.seed ?? 1,
      // Every knot and stitch seen and a few hundred playthroughs without news is enough here:
      // offramp check runs on every build and must stay quick.
      quietPlaythroughs: 300,
      onPassage: ({ lines, choices }) => {
        const parsed = lines.map((line) => ({
          text: line.text.trim(),
          tags: parseTags(line.tags).tags,
        }));
        const distressing = parsed.some((line) =>
          line.tags.some((tag) => tag.kind === 'distressing'),
        );
        distressingAfter.set(choices.join(','), distressing);
        const before = choices.length > 0 && distressingAfter.get(choices.slice(0, -1).join(','));
        if (!distressing && !before) return;
        for (const line of parsed) {
          // A hook on a distressing line itself is reported by the static check already.
          if (line.tags.some((tag) => tag.kind === 'distressing')) continue;
          for (const tag of line.tags) {
            if (tag.kind !== 'hook') continue;
            const key = `${tag.hook}\u0000${line.text}`;
            const seen = offending.get(key);
            if (!seen || choices.length < seen.choices.length) {
              offending.set(key, { hook: tag.hook, text: line.text, choices });
            }
          }
        }
      },
    });
    for (const { hook, text, choices } of offending.values()) {
      const where = locateLine(checked.sources, text, hook) ?? { file: entryFile };
      const route = choices.length ? `choices ${choices.join(', ')}` : 'the start';
      problems.push({
        file: story.displayPath(where.file),
        ...('line' in where ? { line: where.line } : {}),
        message:
          `hook "${hook}" is offered in or right after a # distressing passage (reached by ${route}); ` +
          'help is never offered there',
        severity: 'error',
      });
    }
  }
  return problems;
}

/** The source line a played line came from: the one with that hook whose text starts the same. */
function locateLine(
  sources: ReadonlyMap<string, string>,
  text: string,
  hook: string,
): { file: string; line: number } | undefined {
  const start = text.slice(0, 24);
  for (const [file, source] of sources) {
    const lines = source.split(/\r?\n/);
    const index = lines.findIndex(
      (line) => line.includes(`hook: ${hook}`) && (start === '' || line.includes(start)),
    );
    if (index !== -1) return { file, line: index + 1 };
  }
  return undefined;
}
