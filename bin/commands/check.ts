/**
 * `offramp check`: the gate before stories ship. Prints one `path:line: message` per problem
 * and fails on any error.
 */
import { displayRelativeToCwd } from '../../core/story/compileInk.node.ts';
import { formatProblem } from '../../core/story/problems.ts';
import {
  checkStory,
  STORY_CHECKS,
  type StoryCheckReport,
} from '../../core/stories/storyCheck.node.ts';
import type { SourceProblem } from '../../core/story/problems.ts';
import {
  checkEthicsConfigContents,
  ethicsStoryChecks,
  type EthicsCheckContext,
} from '../../core/ethics/ethicsChecks.node.ts';
import { readEthicsContext } from '../ethicsContext.ts';
import { listStoryIds } from '../../core/stories/storyCatalog.node.ts';
import {
  type Command,
  type CommandIo,
  createProgress,
  STORIES_DIR,
  UserError,
} from '../cliSupport.ts';

const USAGE = 'check [story-id…] [--json]';

function parseArgs(args: string[]): { ids: string[]; json: boolean } {
  const ids: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-'))
      throw new UserError(`offramp check: unknown option "${arg}"\nUsage: offramp ${USAGE}`);
    else if (!ids.includes(arg)) ids.push(arg);
  }
  return { ids, json };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Loads the ethics config; an invalid one is reported like any other problem. */
function loadEthicsForCheck(): { context?: EthicsCheckContext; problems: SourceProblem[] } {
  const result = readEthicsContext();
  if (result.ok) return { context: result.context, problems: [] };
  const { configFile, error } = result;
  // Field problems one per line; a file that cannot be read at all says so once.
  const messages =
    error.issues.length > 0 ? error.issues : [error.message.slice(`${configFile}: `.length)];
  return {
    problems: messages.map((message) => ({
      file: configFile,
      message,
      severity: 'error' as const,
    })),
  };
}

export function summarise(
  reports: readonly StoryCheckReport[],
  otherProblems: readonly SourceProblem[] = [],
): string {
  const problems = [...reports.flatMap((report) => report.problems), ...otherProblems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const locales = reports.reduce((sum, report) => sum + report.locales.length, 0);
  return (
    `checked ${count(reports.length, 'story', 'stories')}, ${count(locales, 'locale')}: ` +
    `${count(errors, 'error')}, ${count(warnings, 'warning')}`
  );
}

export const command: Command = {
  name: 'check',
  usage: USAGE,
  summary: 'compile every locale; check story.json, tags, locale parity and the ethics rules',
  async run(args: string[], io: CommandIo): Promise<number> {
    const { ids: requested, json } = parseArgs(args);
    const known = listStoryIds(STORIES_DIR);
    const unknown = requested.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      throw new UserError(
        `offramp check: no story ${unknown.map((id) => `"${id}"`).join(', ')} in ${displayRelativeToCwd(STORIES_DIR)}` +
          (known.length ? ` (stories: ${known.join(', ')})` : ''),
        2,
      );
    }
    const ids = requested.length > 0 ? requested : known;
    if (ids.length === 0) {
      throw new UserError(`offramp check: no stories in ${displayRelativeToCwd(STORIES_DIR)}`, 2);
    }

    const progress = createProgress(io, !json);
    const ethics = loadEthicsForCheck();
    const checks = [...STORY_CHECKS, ...(ethics.context ? ethicsStoryChecks(ethics.context) : [])];
    const reports: StoryCheckReport[] = [];
    for (const id of ids) {
      reports.push(
        checkStory(STORIES_DIR, id, { checks, onProgress: (text) => progress.update(text) }),
      );
    }
    progress.done();

    const localesInUse = [...new Set(reports.flatMap((report) => report.locales))];
    const configProblems = ethics.context
      ? checkEthicsConfigContents(ethics.context, localesInUse)
      : ethics.problems;
    const problems = [...configProblems, ...reports.flatMap((report) => report.problems)];
    if (json) {
      const stories = reports.map(({ id, locales }) => ({ id, locales }));
      io.stdout.write(`${JSON.stringify({ stories, problems })}\n`);
    } else {
      for (const problem of problems) io.stdout.write(`${formatProblem(problem)}\n`);
    }
    io.stderr.write(`${summarise(reports, configProblems)}\n`);
    return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
  },
};
