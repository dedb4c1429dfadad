import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../story/problems.ts';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { checkStory, STORY_CHECKS, type StoryCheck } from './storyCheck.node.ts';

const META = {
  id: 'tiny',
  title: { en: 'Tiny', de: 'Winzig' },
  summary: { en: 'A tiny story.', de: 'Eine winzige Geschichte.' },
  minAge: 13,
  contentNotes: [],
  themes: [],
  locales: ['en', 'de'],
  entry: 'main.ink',
};

const EN = `-> start
== start ==
Hello. # speaker: Mia
* [Stay] -> calm_down
* [Go] -> calm_down
== calm_down ==
= breathe
Breathe. # calm # hook: reflect
-> END
`;

const DE = `-> start
== start ==
Hallo. # speaker: Mia
* [Bleiben] -> calm_down
* [Gehen] -> calm_down
== calm_down ==
= breathe
Atmen. # calm # hook: reflect
-> END
`;

/** Checks a story written to a temp folder; problems formatted as `path:line: message`. */
function check(files: Record<string, string | object>, checks?: readonly StoryCheck[]): string[] {
  const dir = writeTree(
    Object.fromEntries(
      Object.entries(files).map(([name, contents]) => [
        name,
        typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2),
      ]),
    ),
  );
  const report = checkStory(dir, 'tiny', {
    displayPath: (p) => path.relative(dir, p),
    ...(checks ? { checks } : {}),
  });
  return report.problems.map(formatProblem);
}

const story = (overrides: Record<string, string | object> = {}) => ({
  'tiny/story.json': META,
  'tiny/en/main.ink': EN,
  'tiny/de/main.ink': DE,
  ...overrides,
});

describe('checkStory', () => {
  it('passes a story whose locales agree', () => {
    expect(check(story())).toEqual([]);
  });

  it('reports compile errors per locale with file:line and still checks the others', () => {
    expect(
      check(
        story({
          'tiny/de/main.ink': DE.replace('* [Gehen]', '* [Gehen'),
          'tiny/en/main.ink': EN.replace('# speaker: Mia', '# speeker: Mia'),
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^tiny\/de\/main\.ink:5: .*']'/),
      expect.stringMatching(/^tiny\/en\/main\.ink:3: unknown tag "speeker: Mia"/),
    ]);
  });

  it('reports story.json schema errors by field, with their line', () => {
    const problems = check(story({ 'tiny/story.json': { ...META, minAge: '13', locales: [] } }));
    expect(problems).toEqual([
      'tiny/story.json:11: minAge: Invalid input: expected number, received string',
      'tiny/story.json:14: locales: must name at least one locale',
    ]);
  });

  it('reports JSON syntax errors with their line', () => {
    const [problem] = check(story({ 'tiny/story.json': '{\n  "id": "tiny",\n  oops\n}\n' }));
    expect(problem).toMatch(/^tiny\/story\.json:3: not valid JSON: /);
  });

  it('reports an id that differs from the folder and a missing entry file', () => {
    const problems = check({
      'tiny/story.json': { ...META, id: 'small' },
      'tiny/en/main.ink': EN,
    });
    expect(problems).toEqual([
      'tiny/story.json:2: id: "small" differs from its folder name "tiny"',
      'tiny/story.json:18: entry: tiny/de/main.ink does not exist',
    ]);
  });

  it('reports unknown and malformed tags with the parser message', () => {
    const problems = check(
      story({
        'tiny/en/main.ink': EN.replace(
          '# speaker: Mia',
          '# speaker: Mia # mood: Very Tense # hook: chatt # spaeker: x',
        ),
        'tiny/de/main.ink': DE.replace(
          '# speaker: Mia',
          '# speaker: Mia # mood: Very Tense # hook: chatt # spaeker: x',
        ),
      }),
    );
    expect(problems.filter((p) => p.startsWith('tiny/en/'))).toEqual([
      'tiny/en/main.ink:3: mood must be lowercase words joined by hyphens, got "Very Tense"',
      'tiny/en/main.ink:3: unknown hook "chatt" (expected chat, resources, helpline, reflect)',
      expect.stringMatching(/^tiny\/en\/main\.ink:3: unknown tag "spaeker: x" \(known: speaker, /),
    ]);
    expect(problems).toHaveLength(6);
  });

  it('names knots and stitches missing from a locale where they exist in the other', () => {
    const problems = check(
      story({
        'tiny/de/main.ink': DE.replace('= breathe', '= atmen') + '== extra ==\nMehr.\n-> END\n',
      }),
    );
    expect(problems).toEqual([
      'tiny/de/main.ink:7: stitch "calm_down.atmen" is missing from the en locale',
      'tiny/de/main.ink:10: knot "extra" is missing from the en locale',
      'tiny/en/main.ink:7: stitch "calm_down.breathe" is missing from the de locale',
    ]);
  });

  it('reports hooks that differ at the line of the offending locale', () => {
    const problems = check(
      story({
        'tiny/de/main.ink': DE.replace('# hook: reflect', '# hook: chat'),
        'tiny/en/main.ink': EN.replace(
          'Hello. # speaker: Mia',
          'Hello. # speaker: Mia # hook: resources',
        ),
      }),
    );
    expect(problems).toEqual([
      'tiny/de/main.ink:2: hooks of knot "start" differ from the en locale: [] here, [resources] in en (tiny/en/main.ink:3)',
      'tiny/de/main.ink:8: hooks of stitch "calm_down.breathe" differ from the en locale: [chat] here, [reflect] in en (tiny/en/main.ink:8)',
    ]);
  });

  it('reports a different number of choices, or of choice points, per knot', () => {
    expect(
      check(story({ 'tiny/de/main.ink': DE.replace('* [Gehen] -> calm_down\n', '') })),
    ).toEqual([
      'tiny/de/main.ink:4: choice point 1 of knot "start" has 1 choice here, 2 in en (tiny/en/main.ink:4)',
    ]);
    const secondPoint = DE.replace('-> END\n', '* [Ja] -> END\n* [Nein] -> END\n');
    expect(check(story({ 'tiny/de/main.ink': secondPoint }))).toEqual([
      'tiny/de/main.ink:9: stitch "calm_down.breathe" has 1 choice point here, 0 in en (tiny/en/main.ink:7)',
    ]);
  });

  it('runs the checks it is given, so later checks plug into the same list', () => {
    const noEndings: StoryCheck = (loaded) =>
      loaded.locales.flatMap(({ locale, compiled }) =>
        compiled.outline.endings.length > 0
          ? []
          : [
              {
                file: loaded.displayPath(loaded.metaFile),
                message: `${locale} has no ending`,
                severity: 'warning' as const,
              },
            ],
      );
    expect(check(story(), [...STORY_CHECKS, noEndings])).toEqual([]);
    expect(
      check(story({ 'tiny/de/main.ink': DE.replace('-> END', '-> start') }), [noEndings]),
    ).toEqual(['tiny/story.json: warning: de has no ending']);
  });

  it('passes the demo story', () => {
    const storiesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stories');
    expect(checkStory(storiesDir, 'demo').problems.map(formatProblem)).toEqual([]);
  });
});
