import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { compileInkFile } from './compileInk.node.ts';
import { Story } from './inkRuntime.ts';
import { transcriptOf } from './playTranscript.ts';
import {
  createRandom,
  parseRuntimeMessage,
  walkStory,
  type WalkOptions,
  type WalkResult,
} from './storyWalker.ts';

function compile(main: string, includes: Record<string, string> = {}) {
  const dir = writeTree({ 'main.ink': main, ...includes });
  const compiled = compileInkFile(path.join(dir, 'main.ink'), {
    outline: true,
    countAllVisits: true,
  });
  if (!compiled.outline) throw new Error('no outline');
  return { dir, json: compiled.json, outline: compiled.outline };
}

/** Every walk in these tests is bounded by playthroughs, never by the clock. */
function walk(
  main: string,
  options: WalkOptions & { maxPlaythroughs: number },
  includes: Record<string, string> = {},
) {
  const story = compile(main, includes);
  return {
    ...story,
    result: walkStory(story.json, story.outline, { timeBudgetMs: Infinity, ...options }),
  };
}

const visited = (result: WalkResult) =>
  result.nodes.filter((node) => node.visited).map((node) => node.id);

/** Four options at each of five choice points; only option 3 every time opens `vault`. */
function dials(guard: 'labels' | 'counter'): string {
  const points = ['a', 'b', 'c', 'd', 'e'].map((point) =>
    [1, 2, 3, 4]
      .map((option) =>
        guard === 'labels'
          ? `* (${point}${option}) [Dial ${point} to ${option}]`
          : `* [Dial ${point} to ${option}]${option === 3 ? '\n    ~ right++' : ''}`,
      )
      .join('\n'),
  );
  const open = guard === 'labels' ? 'a3 && b3 && c3 && d3 && e3' : 'right == 5';
  return `VAR right = 0
-> lock
=== lock ===
A lock with five dials.
${points.join('\n- ')}
- { ${open}: -> vault }
It stays shut.
-> END
=== vault ===
The vault opens.
-> END
`;
}

describe('walkStory', () => {
  it.each(['labels', 'counter'] as const)(
    'finds a branch behind option 3 of 4 at five choice points in a row (%s) that random play misses',
    (guard) => {
      const budget = { seed: 1, maxPlaythroughs: 300 };
      const guided = walk(dials(guard), budget).result;
      expect(visited(guided)).toContain('vault');
      // Random play opens the vault once in 4^5 = 1024 playthroughs: 300 find it with p ≈ 0.25.
      const random = walk(dials(guard), { ...budget, strategy: 'random' }).result;
      expect(visited(random)).not.toContain('vault');
    },
  );

  it('finds a knot behind a visit count that grows only by looping', () => {
    const { result } = walk(
      `-> hub
=== hub ===
The hub.
+ [Wait] -> waiting
+ [Look around] -> looking
* {hub >= 6} [The door opens] -> secret
+ [Leave] -> END
=== waiting ===
You wait.
-> hub
=== looking ===
Nothing new.
-> hub
=== secret ===
Behind the door.
-> END
`,
      { seed: 3, maxPlaythroughs: 400 },
    );
    expect(visited(result)).toContain('secret');
  });

  it('reports running out of content with the shortest choices that lead there, and play reproduces it', () => {
    const { json, result } = walk(
      `-> start
=== start ===
* [Safe] -> good
* [Risky] -> risky
* [Long way round]
    -> detour
=== detour ===
* [On] -> risky
=== good ===
Fine. -> END
=== risky ===
* [Left] Left. -> END
* [Right] Right, and then nothing.
`,
      { seed: 1, maxPlaythroughs: 200 },
    );
    expect(result.errors).toEqual([
      {
        severity: 'error',
        file: expect.stringMatching(/main\.ink$/),
        line: 11,
        node: 'risky',
        text: "ran out of content. Do you need a '-> DONE' or '-> END'?",
        choices: [2, 2],
      },
    ]);
    const replay = transcriptOf(new Story(json), ['2', '2']);
    expect(replay.outcome).toEqual({
      kind: 'story-error',
      messages: [expect.stringMatching(/ran out of content/)],
    });
  });

  it('reports a tunnel without ->-> and endless loops, with or without text', () => {
    const { result } = walk(
      `-> start
=== start ===
+ [Tunnel] -> tunnel -> start
+ [Chatter] -> chatter
+ [Spin] -> spin
+ [Stop] -> END
=== tunnel ===
In the tunnel.
* [Out]
    And lost.
=== chatter ===
Again and again.
-> chatter
=== spin ===
-> spin
`,
      {
        seed: 1,
        maxPlaythroughs: 60,
        limits: { maxLinesWithoutChoice: 50, maxMillisecondsPerLine: 100 },
      },
    );
    expect(
      result.errors.map(({ node, text, choices, endlessLoop }) => ({
        node,
        text,
        choices,
        endlessLoop,
      })),
    ).toEqual([
      {
        node: 'tunnel',
        text: "unexpectedly reached end of content. Do you need a '->->' to return from a tunnel?",
        choices: [1, 1],
        endlessLoop: undefined,
      },
      {
        node: 'chatter',
        text: expect.stringMatching(/^prints 50 lines without offering a choice/),
        choices: [2],
        endlessLoop: true,
      },
      {
        node: 'spin',
        text: expect.stringMatching(/^does not reach its next line/),
        choices: [3],
        endlessLoop: true,
      },
    ]);
  });

  it('reports a runtime warning and plays on to the ending', () => {
    const { result } = walk(
      `-> start
=== start ===
* [Peek] -> peek
* [Leave] -> END
=== peek ===
{x > 0: Something.|Nothing.}
~ temp x = 1
-> END
`,
      { seed: 1, maxPlaythroughs: 20 },
    );
    expect(result.errors).toMatchObject([
      {
        severity: 'warning',
        node: 'peek',
        text: expect.stringMatching(/^Variable not found: 'x'/),
        choices: [1],
      },
    ]);
    expect(result.endings.map((ending) => ending.node)).toEqual(['start', 'peek']);
  });

  it('stops when the story loops forever before its first choice', () => {
    const { result } = walk('-> spin\n=== spin ===\n-> spin\n', {
      seed: 1,
      maxPlaythroughs: 1_000,
      limits: { maxMillisecondsPerLine: 50 },
    });
    expect(result.stopReason).toBe('stuck');
    expect(result.playthroughs).toBe(1);
    expect(result.errors).toMatchObject([{ node: 'spin', choices: [], endlessLoop: true }]);
  });

  it('lists the endings reached and the nodes never visited, without calling them errors', () => {
    const { result } = walk(
      `-> start
=== start ===
* [Home] -> home
* [Away] -> away.far
=== home ===
Home. -> END
=== away ===
Never played directly.
= far
Far away.
-> DONE
=== orphan ===
Nothing diverts here.
-> END
`,
      { seed: 1, maxPlaythroughs: 50 },
    );
    expect(result.errors).toEqual([]);
    expect(result.endings).toEqual([
      { node: 'home', choices: [1] },
      { node: 'away.far', choices: [2] },
    ]);
    // A knot entered straight at one of its stitches was still played.
    expect(visited(result)).toEqual(['start', 'home', 'away', 'away.far']);
    expect(result.nodes.find((node) => node.id === 'orphan')).toMatchObject({
      visited: false,
      reachableByDiverts: false,
    });
  });

  it('counts knots and stitches in INCLUDEd files, but not functions', () => {
    const { result } = walk(
      `INCLUDE side.ink
-> start
=== start ===
{twice(2)}
-> side.room
=== function twice(x) ===
~ return x * 2
`,
      { seed: 1, maxPlaythroughs: 5 },
      { 'side.ink': '=== side ===\n= room\nA room. -> END\n' },
    );
    expect(result.nodes.map((node) => [node.id, path.basename(node.file), node.visited])).toEqual([
      ['side', 'side.ink', true],
      ['side.room', 'side.ink', true],
      ['start', 'main.ink', true],
    ]);
  });

  it('explores in the same order for the same seed', () => {
    const story = compile(dials('labels'));
    const run = (seed: number) => {
      const result = walkStory(story.json, story.outline, {
        seed,
        maxPlaythroughs: 150,
        timeBudgetMs: Infinity,
      });
      return {
        ...result,
        elapsedMs: 0,
        firstVisits: result.firstVisits.map(({ node, playthroughs }) => ({ node, playthroughs })),
      };
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7).endings).not.toEqual(run(8).endings);
  });

  it('stops early once everything a divert leads to is visited and nothing new turns up', () => {
    const { result } = walk('-> start\n=== start ===\n* [A] -> END\n* [B] -> END\n', {
      seed: 1,
      maxPlaythroughs: 100_000,
    });
    expect(result.stopReason).toBe('complete');
    expect(result.playthroughs).toBeLessThan(5_000);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays within range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a.int(7));
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.int(7)));
    expect(new Set(values)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });
});

describe('parseRuntimeMessage', () => {
  it('splits the location from the message when inkjs gives one', () => {
    expect(parseRuntimeMessage("RUNTIME ERROR: 'side.ink' line 4: ran out of content")).toEqual({
      severity: 'error',
      file: 'side.ink',
      line: 4,
      text: 'ran out of content',
    });
    expect(parseRuntimeMessage('RUNTIME WARNING: Variable not found')).toEqual({
      severity: 'warning',
      text: 'Variable not found',
    });
    expect(
      parseRuntimeMessage('RUNTIME WARNING: (Ink Pointer -> peek.0 -- index 1): oops'),
    ).toEqual({
      severity: 'warning',
      path: 'peek.0',
      text: 'oops',
    });
  });
});
