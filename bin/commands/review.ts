/**
 * `offramp review <id> --out packet.html`: the ethics board's review packet, one
 * self-contained HTML file (core/ethics/reviewPacketData + reviewPacketHtml).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildReviewPacket,
  ReviewPacketError,
  type ReviewPacket,
  type WalkSettings,
} from '../../core/ethics/reviewPacketData.node.ts';
import { renderReviewPacketHtml } from '../../core/ethics/reviewPacketHtml.ts';
import { displayRelativeToCwd } from '../../core/story/compileInk.node.ts';
import { formatProblem } from '../../core/story/problems.ts';
import { DEFAULT_WALK_SEED } from '../../core/story/storyWalker.ts';
import {
  type Command,
  type CommandIo,
  createProgress,
  commandUsageError,
  parseCommandArgs,
  ETHICS_CONFIG_PATH,
  STORIES_DIR,
  UserError,
  numberOption,
} from '../cliSupport.ts';
import { loadEthicsContext } from '../ethicsContext.ts';
import { requireStoryId } from '../storyTarget.ts';

const USAGE = 'review <story-id> --out packet.html [--seconds N] [--seed S]';

/** Per locale: short enough to wait for, long enough for the demo-sized stories to finish early. */
const DEFAULT_REVIEW_WALK_SECONDS = 10;

const HELP = `Usage: offramp review <story-id> --out packet.html [options]

Writes the ethics board's review packet: one self-contained HTML file (no scripts, nothing
loaded from the network) that can be read on screen or printed. It shows:
  - title, summary, minimum age, content notes (with the ones the config allows), themes
    and locales; the content hash that \`offramp approve\` records and the approval on record;
  - every problem \`offramp check\` reports for the story, banned-pattern hits first;
  - every # hook in every locale with the lines around it, whether the config allows it and
    whether it sits on a # calm or # debrief line;
  - walker coverage per locale (knots and stitches visited, endings, runtime errors);
  - the story map of every locale;
  - every passage and choice of every locale side by side.

Options:
  --out FILE             where to write the packet (required)
  --seconds N            walker time budget per locale (default ${DEFAULT_REVIEW_WALK_SECONDS}); it stops earlier once
                         everything a divert leads to is visited and nothing new turns up
  --seed S               seed of the walker's choices (default ${DEFAULT_WALK_SEED})
  --max-playthroughs N   stop each walk after N playthroughs (without --seconds: no time
                         limit), so the coverage in the packet is fully reproducible

Exit status: 0 packet written (even when it lists problems), 1 the story or the ethics config
cannot be read or the file cannot be written, 2 usage error.`;

interface ReviewArgs {
  id: string;
  out: string;
  walk: WalkSettings;
}

function usageError(message: string): UserError {
  return commandUsageError('review', USAGE, message);
}

function parseReviewArgs(args: string[]): ReviewArgs | 'help' {
  const { values, positionals } = parseCommandArgs('review', USAGE, args, {
    out: { type: 'string', short: 'o' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    'max-playthroughs': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const id = requireStoryId('review', USAGE, positionals);
  if (!values.out) throw usageError('a packet is a file: give --out packet.html');
  const maxPlaythroughs = numberOption(
    'review',
    USAGE,
    'max-playthroughs',
    values['max-playthroughs'],
    true,
    1,
  );
  return {
    id,
    out: values.out,
    walk: {
      seed: numberOption('review', USAGE, 'seed', values.seed, true, 0) ?? DEFAULT_WALK_SEED,
      seconds:
        numberOption('review', USAGE, 'seconds', values.seconds, false, 0.001) ??
        (maxPlaythroughs === undefined ? DEFAULT_REVIEW_WALK_SECONDS : Infinity),
      ...(maxPlaythroughs !== undefined ? { maxPlaythroughs } : {}),
    },
  };
}

function summary(packet: ReviewPacket): string {
  const errors = packet.problems.filter((p) => p.severity === 'error').length;
  const warnings = packet.problems.length - errors;
  const walks = packet.walks
    .map((walk) => `${walk.locale} ${walk.visited}/${walk.total} visited`)
    .join(', ');
  const approval =
    packet.approval.status === 'none'
      ? 'not reviewed'
      : packet.approval.status === 'revoked'
        ? 'approval revoked'
        : packet.approval.hashMatches
          ? 'approved (hash matches)'
          : 'approval void (content changed)';
  return `${packet.storyId}: ${approval}; ${errors} errors, ${warnings} warnings, ${packet.bannedHits.length} banned-pattern hits, ${packet.hooks.length} hooks; walk: ${walks || 'no locale compiled'}`;
}

export const command: Command = {
  name: 'review',
  usage: USAGE,
  summary: 'write the ethics board review packet (one self-contained HTML file)',
  async run(rawArgs: string[], io: CommandIo): Promise<number> {
    const args = parseReviewArgs(rawArgs);
    if (args === 'help') {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    // The packet goes to the board, so it names the config by its file name alone.
    const ethics = { ...loadEthicsContext(), configFile: path.basename(ETHICS_CONFIG_PATH) };

    const progress = createProgress(io, true);
    let packet: ReviewPacket;
    try {
      packet = buildReviewPacket({
        storiesDir: STORIES_DIR,
        storyId: args.id,
        ethics,
        walk: args.walk,
        onProgress: (line) => progress.update(line),
      });
    } catch (error) {
      if (error instanceof ReviewPacketError) {
        // The packet names files relative to the stories folder; the terminal, relative to here.
        const fromHere = (file: string) =>
          displayRelativeToCwd(path.resolve(STORIES_DIR, file), io.cwd);
        throw new UserError(
          error.problems
            .map((problem) => formatProblem({ ...problem, file: fromHere(problem.file) }))
            .join('\n'),
          1,
        );
      }
      throw error;
    } finally {
      progress.done();
    }

    try {
      writeFileSync(path.resolve(io.cwd, args.out), renderReviewPacketHtml(packet));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(
        `${args.out}: cannot write the packet${code === 'ENOENT' ? ' (no such folder)' : `: ${(error as Error).message}`}`,
        1,
      );
    }
    io.stderr.write(`${summary(packet)}\n`);
    io.stdout.write(`${args.out}\n`);
    return 0;
  },
};
