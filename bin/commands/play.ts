/**
 * `offramp play`: plays a story on the terminal or against piped choice numbers and prints
 * inklecate's play-mode transcript, so any ink file can be checked against the reference.
 */
import { createInterface } from 'node:readline';
import { Story } from '../../core/story/inkRuntime.ts';
import { playTranscript, type TranscriptOutcome } from '../../core/story/playTranscript.ts';
import { type Command, type CommandIo, UserError } from '../cliSupport.ts';
import { loadStoryTarget } from '../storyTarget.ts';

const USAGE = 'play <file.ink | compiled.json | story-id> [--locale L]';

interface PlayArgs {
  target: string;
  locale?: string;
}

function parseArgs(args: string[]): PlayArgs {
  let target: string | undefined;
  let locale: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--locale' || arg.startsWith('--locale=')) {
      locale = arg === '--locale' ? args[++i] : arg.slice('--locale='.length);
      if (!locale)
        throw new UserError(`offramp play: --locale needs a value\nUsage: offramp ${USAGE}`);
    } else if (arg.startsWith('-')) {
      throw new UserError(`offramp play: unknown option "${arg}"\nUsage: offramp ${USAGE}`);
    } else if (target === undefined) {
      target = arg;
    } else {
      throw new UserError(
        `offramp play: one story at a time (got "${target}" and "${arg}")\nUsage: offramp ${USAGE}`,
      );
    }
  }
  if (!target) throw new UserError(`Usage: offramp ${USAGE}`);
  if (locale && (target.endsWith('.ink') || target.endsWith('.json'))) {
    throw new UserError(
      `offramp play: --locale applies to a story id; ${target} is one locale's file already`,
    );
  }
  return { target, ...(locale ? { locale } : {}) };
}

/** stdin as lines, opened only when the story first asks for a choice and closed after the last. */
async function* inputLines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const reader = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
  try {
    yield* reader;
  } finally {
    reader.close();
  }
}

function describeFailure(label: string, outcome: TranscriptOutcome): string | undefined {
  switch (outcome.kind) {
    case 'bad-input':
      return `stdin line ${outcome.lineNumber}: ${outcome.message}`;
    case 'story-error':
      return outcome.messages
        .map((message) => `${label}: ${message.replace(/^RUNTIME ERROR: /, 'runtime error: ')}`)
        .join('\n');
    default:
      return undefined;
  }
}

export const command: Command = {
  name: 'play',
  usage: USAGE,
  summary: 'play a story with choice numbers from stdin; prints the inklecate transcript',
  async run(args: string[], io: CommandIo): Promise<number> {
    const { target, locale } = parseArgs(args);
    const story = loadStoryTarget(target, {
      cwd: io.cwd,
      allowCompiledJson: true,
      ...(locale ? { locale } : {}),
    });
    let runtime: Story;
    try {
      runtime = new Story(story.json);
    } catch (error) {
      throw new UserError(`${story.label}: cannot load the story: ${(error as Error).message}`, 1);
    }
    const outcome = await playTranscript(
      runtime,
      inputLines(io.stdin),
      (text) => io.stdout.write(text),
      {
        onWarning: (message) =>
          io.stderr.write(
            `${story.label}: ${message.replace(/^RUNTIME WARNING: /, 'warning: ')}\n`,
          ),
      },
    );
    // On a terminal the prompt has no newline after it; do not leave the shell prompt there.
    if (outcome.kind === 'input-ended' && io.stdout.isTTY) io.stdout.write('\n');
    const failure = describeFailure(story.label, outcome);
    if (failure === undefined) return 0;
    io.stderr.write(`${failure}\n`);
    return 1;
  },
};
