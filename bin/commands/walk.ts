/**
 * `offramp walk`: explores a story automatically (core/story/storyWalker) and reports what it
 * never reached, the endings it reached and every runtime error with the choices that
 * reproduce it through `offramp play`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryOutline } from '../../core/story/inkOutline.node.ts';
import { renderStoryGraph } from '../../core/story/storyGraph.ts';
import {
  DEFAULT_WALK_SECONDS,
  DEFAULT_WALK_SEED,
  TOP_LEVEL_NODE,
  walkStory,
  type WalkError,
  type WalkResult,
} from '../../core/story/storyWalker.ts';
import { displayRelativeToCwd } from '../../core/story/compileInk.node.ts';
import {
  type Command,
  type CommandIo,
  createProgress,
  commandUsageError,
  parseCommandArgs,
  UserError,
  numberOption,
} from '../cliSupport.ts';
import { loadOutlinedStory } from '../storyTarget.ts';

const USAGE = 'walk <file.ink | story-id> [--seconds N] [--seed S] [--json]';

const HELP = `Usage: offramp walk <file.ink | story-id> [options]

Plays the story over and over within a time budget, steered towards branches it has not
seen yet, and reports:
  - knots and stitches visited, and where the unvisited ones are (file:line);
    "no divert leads here" marks ones nothing diverts to (not an error);
  - the endings reached (the knot or stitch whose -> END / -> DONE ended the story);
  - every runtime error and warning (running out of content, a tunnel without ->->, an
    endless loop, ...) with the shortest choice sequence found that reproduces it:
      printf '1\\n2\\n' | npx offramp play <story>

Options:
  --seconds N            time budget (default ${DEFAULT_WALK_SECONDS}); stops earlier once every knot and
                         stitch a divert leads to is visited and nothing new turns up
  --seed S               seed of the explorer's random choices (default ${DEFAULT_WALK_SEED}); the same seed
                         explores in the same order, the time budget only decides how far
  --max-playthroughs N   stop after N playthroughs (without --seconds: no time limit), so the
                         report is fully reproducible
  --locale L             the locale of a story id (default: its first locale)
  --graph FILE           also write the story map (SVG) with unvisited nodes marked
  --json                 print one JSON object instead of the report:
                           {story, seconds, playthroughs,
                            endings: [{node, choices}],
                            containers: {total, visited, unvisited: [{id, file, line, reachableByDiverts}]},
                            errors: [{message, choices}]}
                         endings lists each distinct ending reached with its shortest choices;
                         containers counts knots and stitches (not functions, not the top level).

Choices are 1-based, as \`offramp play\` reads them. Stories that use RANDOM() or shuffles may
play differently in \`offramp play\`, which seeds ink's randomness from the clock.
Exit status: 0 nothing found, 1 runtime errors or warnings found (or the story does not
compile), 2 usage error.`;

interface WalkArgs {
  target: string;
  /** Infinity when only --max-playthroughs limits the walk. */
  seconds: number;
  seed: number;
  maxPlaythroughs?: number;
  locale?: string;
  graph?: string;
  json: boolean;
}

function usageError(message: string): UserError {
  return commandUsageError('walk', USAGE, message);
}

function parseWalkArgs(args: string[]): WalkArgs | 'help' {
  const { values, positionals } = parseCommandArgs('walk', USAGE, args, {
    seconds: { type: 'string' },
    seed: { type: 'string' },
    'max-playthroughs': { type: 'string' },
    locale: { type: 'string' },
    graph: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const [target, ...extra] = positionals;
  if (!target) throw usageError('which story? Give an .ink file or a story id');
  if (extra.length > 0)
    throw usageError(`one story at a time (got "${target}" and "${extra.join('", "')}")`);
  if (values.locale && target.endsWith('.ink')) {
    throw usageError(`--locale applies to a story id; ${target} is one locale's file already`);
  }
  const maxPlaythroughs = numberOption(
    'walk',
    USAGE,
    'max-playthroughs',
    values['max-playthroughs'],
    true,
    1,
  );
  return {
    target,
    seconds:
      numberOption('walk', USAGE, 'seconds', values.seconds, false, 0.001) ??
      (maxPlaythroughs === undefined ? DEFAULT_WALK_SECONDS : Infinity),
    seed: numberOption('walk', USAGE, 'seed', values.seed, true, 0) ?? DEFAULT_WALK_SEED,
    json: values.json ?? false,
    ...(maxPlaythroughs !== undefined ? { maxPlaythroughs } : {}),
    ...(values.locale ? { locale: values.locale } : {}),
    ...(values.graph ? { graph: values.graph } : {}),
  };
}

/** What the JSON report and the text report share. */
interface WalkReport {
  story: string;
  seconds: number;
  playthroughs: number;
  endings: { node: string; choices: number[] }[];
  containers: {
    total: number;
    visited: number;
    unvisited: { id: string; file: string; line: number; reachableByDiverts: boolean }[];
  };
  errors: { message: string; choices: number[] }[];
}

function buildReport(
  label: string,
  result: WalkResult,
  showPath: (file: string) => string,
): WalkReport {
  const visited = result.nodes.filter((node) => node.visited).length;
  return {
    story: label,
    seconds: Math.round(result.elapsedMs / 10) / 100,
    playthroughs: result.playthroughs,
    endings: result.endings.map(({ node, choices }) => ({ node, choices })),
    containers: {
      total: result.nodes.length,
      visited,
      unvisited: result.nodes
        .filter((node) => !node.visited)
        .map((node) => ({
          id: node.id,
          file: showPath(node.file),
          line: node.line,
          reachableByDiverts: node.reachableByDiverts,
        })),
    },
    errors: result.errors.map((error) => ({
      message: formatWalkError(error, showPath),
      choices: error.choices,
    })),
  };
}

function formatWalkError(error: WalkError, showPath: (file: string) => string): string {
  const where =
    error.file === undefined
      ? ''
      : `${showPath(error.file)}${error.line === undefined ? '' : `:${error.line}`}: `;
  const inside =
    error.node === undefined
      ? ''
      : error.node === TOP_LEVEL_NODE
        ? 'in the top-level content: '
        : `in ${error.node}: `;
  return `${where}${error.severity === 'warning' ? 'warning: ' : ''}${inside}${error.text}`;
}

function shellQuote(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command line that replays `choices` through `offramp play`. */
export function reproduceCommand(
  target: string,
  locale: string | undefined,
  choices: number[],
): string {
  const play = `npx offramp play ${shellQuote(target)}${locale ? ` --locale ${shellQuote(locale)}` : ''}`;
  return choices.length === 0
    ? `${play} < /dev/null`
    : `printf '${choices.join('\\n')}\\n' | ${play}`;
}

function describeStop(result: WalkResult): string {
  switch (result.stopReason) {
    case 'complete':
      return 'stopped early: every knot and stitch a divert leads to was visited and nothing new turned up';
    case 'playthroughs':
      return 'stopped at --max-playthroughs';
    case 'stuck':
      return 'stopped: the story loops forever before its first choice';
    default:
      return 'time budget used up';
  }
}

function formatText(
  report: WalkReport,
  result: WalkResult,
  args: WalkArgs,
  storyName: string,
  locationOf: (node: string) => string,
): string {
  const lines: string[] = [];
  const count = (value: number) => value.toLocaleString('en');
  lines.push(
    `Walked ${storyName}: ${count(report.playthroughs)} playthroughs in ${report.seconds.toFixed(1)} s, seed ${args.seed} (${describeStop(result)})`,
  );
  const { containers } = report;
  lines.push(
    `Knots and stitches: ${containers.visited} of ${containers.total} visited${containers.unvisited.length ? '. Not visited:' : ''}`,
  );
  const idWidth = Math.max(0, ...containers.unvisited.map((node) => node.id.length));
  for (const node of containers.unvisited) {
    lines.push(
      `  ${node.id.padEnd(idWidth)}  ${node.file}:${node.line}${node.reachableByDiverts ? '' : '  (no divert leads here)'}`,
    );
  }
  lines.push(
    `Endings reached: ${report.endings.length}${report.endings.length ? '' : ' (no playthrough reached an END or DONE)'}`,
  );
  const endWidth = Math.max(0, ...report.endings.map((ending) => ending.node.length));
  for (const ending of report.endings) {
    const via = ending.choices.length ? `choices ${ending.choices.join(' ')}` : 'without a choice';
    lines.push(`  ${ending.node.padEnd(endWidth)}  ${locationOf(ending.node)}  ${via}`);
  }
  if (report.errors.length === 0) {
    lines.push('Errors: none found');
  } else {
    lines.push(`Errors: ${report.errors.length}`);
    report.errors.forEach((error, index) => {
      const endless = result.errors[index]?.endlessLoop === true;
      lines.push(
        `  ${error.message}`,
        `    after choices: ${error.choices.length ? error.choices.join(' ') : '(none)'}`,
        `    reproduce: ${reproduceCommand(args.target, args.locale, error.choices)}${endless ? '   (plays on forever: stop it with Ctrl-C)' : ''}`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  name: 'walk',
  usage: USAGE,
  summary: 'explore a story automatically: unvisited knots, endings, runtime errors',
  async run(rawArgs: string[], io: CommandIo): Promise<number> {
    const args = parseWalkArgs(rawArgs);
    if (args === 'help') {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const story = loadOutlinedStory('walk', args.target, {
      cwd: io.cwd,
      countAllVisits: true,
      ...(args.locale ? { locale: args.locale } : {}),
    });
    const { outline } = story;
    const entryDir = path.dirname(
      outline.nodes.find((node) => node.kind === 'root')?.file ?? io.cwd,
    );
    const showPath = (file: string) => displayRelativeToCwd(path.resolve(entryDir, file), io.cwd);

    const progress = createProgress(io, !args.json);
    let result: WalkResult;
    try {
      result = walkStory(story.json, outline, {
        seed: args.seed,
        timeBudgetMs: args.seconds * 1000,
        ...(args.maxPlaythroughs !== undefined ? { maxPlaythroughs: args.maxPlaythroughs } : {}),
        onProgress: (p) =>
          progress.update(
            `walk ${story.label}: ${(p.elapsedMs / 1000).toFixed(1)} s, ${p.playthroughs.toLocaleString('en')} playthroughs, ${p.visited}/${p.total} knots and stitches, ${p.errors} errors`,
          ),
      });
    } finally {
      progress.done();
    }

    const report = buildReport(story.label, result, showPath);
    if (args.graph) writeCoverageGraph(args.graph, outline, result, story.label, io);
    if (args.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      const nodes = new Map(outline.nodes.map((node) => [node.id, node]));
      const locationOf = (id: string) => {
        const node = nodes.get(id);
        return node ? `${showPath(node.file)}:${node.line}` : id;
      };
      const storyName = story.locale ? `${story.label} (${story.locale})` : story.label;
      io.stdout.write(formatText(report, result, args, storyName, locationOf));
      if (args.graph) io.stdout.write(`Story map with coverage: ${args.graph}\n`);
    }
    return report.errors.length > 0 ? 1 : 0;
  },
};

function writeCoverageGraph(
  file: string,
  outline: StoryOutline,
  result: WalkResult,
  label: string,
  io: CommandIo,
): void {
  const visited = new Set(result.nodes.filter((node) => node.visited).map((node) => node.id));
  try {
    writeFileSync(path.resolve(io.cwd, file), renderStoryGraph(outline, { title: label, visited }));
  } catch (error) {
    throw new UserError(`${file}: cannot write the story map: ${(error as Error).message}`, 1);
  }
}
