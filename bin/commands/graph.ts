/**
 * `offramp graph`: draws a story's knots, stitches and diverts as an SVG map, with help
 * hooks and endings marked, for people who would rather look than read the ink.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderStoryGraph } from '../../core/story/storyGraph.ts';
import {
  type Command,
  type CommandIo,
  commandUsageError,
  parseCommandArgs,
  UserError,
} from '../cliSupport.ts';
import { loadOutlinedStory } from '../storyTarget.ts';

const USAGE = 'graph <file.ink | story-id> [--out story.svg]';

const HELP = `Usage: offramp graph <file.ink | story-id> [--out story.svg] [--locale L]

Draws the story as an SVG map: each knot is a box with its stitches inside, arrows show the
diverts between them (choices, plain diverts, tunnels and threads styled apart), and badges
mark endings, help hooks (# hook: …), # distressing, # calm and # debrief passages, and
knots nothing diverts to. Layered from the start of the story downwards.

Options:
  --out FILE    write the SVG to FILE and print its path (default: SVG to stdout)
  --locale L    the locale of a story id (default: its first locale)`;

function usageError(message: string): UserError {
  return commandUsageError('graph', USAGE, message);
}

interface GraphArgs {
  target: string;
  out?: string;
  locale?: string;
}

function parseGraphArgs(args: string[]): GraphArgs | 'help' {
  const { values, positionals } = parseCommandArgs('graph', USAGE, args, {
    out: { type: 'string', short: 'o' },
    locale: { type: 'string' },
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
  return {
    target,
    ...(values.out ? { out: values.out } : {}),
    ...(values.locale ? { locale: values.locale } : {}),
  };
}

export const command: Command = {
  name: 'graph',
  usage: USAGE,
  summary: 'draw the story map (knots, stitches, diverts, hooks, endings) as SVG',
  async run(rawArgs: string[], io: CommandIo): Promise<number> {
    const args = parseGraphArgs(rawArgs);
    if (args === 'help') {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const story = loadOutlinedStory('graph', args.target, {
      cwd: io.cwd,
      ...(args.locale ? { locale: args.locale } : {}),
    });
    const title =
      story.locale && !args.target.endsWith('.ink')
        ? `${story.label} (${story.locale})`
        : story.label;
    const svg = renderStoryGraph(story.outline, { title });
    if (!args.out) {
      io.stdout.write(svg);
      return 0;
    }
    try {
      writeFileSync(path.resolve(io.cwd, args.out), svg);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(
        `${args.out}: cannot write${code === 'ENOENT' ? ' (no such folder)' : `: ${(error as Error).message}`}`,
        1,
      );
    }
    io.stdout.write(`${args.out}\n`);
    return 0;
  },
};
