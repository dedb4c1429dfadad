/**
 * Plays a story the way inklecate's play mode does and writes its transcript: the format the
 * ink conformance suite compares (see TOOLCHAIN.md "Ink transcript format").
 *
 * Works on raw inkjs output on purpose: the transcript shows lines and tags exactly as the
 * runtime produced them, before the StoryRunner turns them into typed data.
 */
import type { Story } from './inkRuntime.ts';

export const PROMPT = '?> ';
/** inkjs's ErrorType.Warning; the enum's module is not part of the runtime entry. */
const INK_WARNING = 1;

/** Why a transcript stopped. */
export type TranscriptOutcome =
  | { kind: 'ended' }
  /** The input ran out while choices were waiting (inklecate stops there too). */
  | { kind: 'input-ended'; choices: number }
  /** An input line that is not the number of a waiting choice. */
  | { kind: 'bad-input'; lineNumber: number; input: string; choices: number; message: string }
  /** The story itself failed: a runtime error such as running out of content. */
  | { kind: 'story-error'; messages: string[] };

export type TranscriptStatus = 'choosing' | TranscriptOutcome;

/**
 * The transcript as a state machine: `begin()` and each `submit(line)` return the text to
 * print next. Callers decide where input comes from, so the same code serves a pipe, a
 * terminal and a test.
 */
export class TranscriptPlayer {
  private waiting: 'start' | 'choice' | 'done' = 'start';
  private lineNumber = 0;
  private outcome: TranscriptOutcome | undefined;
  private readonly errors: string[] = [];
  private readonly warningListeners: ((message: string) => void)[] = [];

  constructor(private readonly story: Story) {
    // inklecate plays stories whose EXTERNAL functions have no binding through their ink fallbacks.
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message, type) => {
      if (Number(type) !== INK_WARNING) this.errors.push(message);
      else for (const listener of this.warningListeners) listener(message);
    };
  }

  /** Warnings of the runtime (the story goes on); inklecate prints them too. */
  onWarning(listener: (message: string) => void): void {
    this.warningListeners.push(listener);
  }

  get status(): TranscriptStatus {
    return this.outcome ?? 'choosing';
  }

  /** The story's output up to its first choice or its end. */
  begin(): string {
    if (this.waiting !== 'start') throw new Error('the transcript has already begun');
    return this.evaluate();
  }

  /**
   * One line of input. A number of a waiting choice chooses it; a blank line prompts again
   * (as inklecate does); anything else stops the transcript with a `bad-input` outcome.
   * Input after the end is ignored.
   */
  submit(inputLine: string): string {
    if (this.waiting === 'start') throw new Error('call begin() first');
    this.lineNumber++;
    if (this.waiting === 'done') return '';
    const input = inputLine.replace(/\r$/, '');
    const choices = this.story.currentChoices.length;
    if (input.trim() === '') return PROMPT;
    const choice = /^\s*\d+\s*$/.test(input) ? Number(input) : NaN;
    if (!(choice >= 1 && choice <= choices)) {
      return this.finish(
        {
          kind: 'bad-input',
          lineNumber: this.lineNumber,
          input,
          choices,
          message: `"${input}" is not a choice (${choices === 1 ? '1' : `1–${choices}`})`,
        },
        '',
      );
    }
    try {
      this.story.ChooseChoiceIndex(choice - 1);
    } catch (error) {
      return this.finish({ kind: 'story-error', messages: [errorMessage(error)] }, '');
    }
    return this.evaluate();
  }

  /** Call when the input has no more lines (or none will be read): the transcript's outcome. */
  endOfInput(): TranscriptOutcome {
    if (this.waiting === 'start') throw new Error('call begin() first');
    this.waiting = 'done';
    this.outcome ??= { kind: 'input-ended', choices: this.story.currentChoices.length };
    return this.outcome;
  }

  private evaluate(): string {
    let output = '';
    while (this.story.canContinue) {
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (error) {
        this.errors.push(errorMessage(error));
        return this.finish({ kind: 'story-error', messages: this.takeErrors() }, output);
      }
      output += text;
      const tags = this.story.currentTags ?? [];
      if (tags.length > 0) output += `# tags: ${tags.join(', ')}\n`;
      if (this.errors.length > 0) {
        return this.finish({ kind: 'story-error', messages: this.takeErrors() }, output);
      }
    }
    const choices = this.story.currentChoices;
    if (choices.length === 0) return this.finish({ kind: 'ended' }, output);
    output += '\n';
    choices.forEach((choice, index) => {
      output += `${index + 1}: ${choice.text}\n`;
    });
    this.waiting = 'choice';
    return output + PROMPT;
  }

  private takeErrors(): string[] {
    return this.errors.splice(0, this.errors.length);
  }

  private finish(outcome: TranscriptOutcome, output: string): string {
    this.outcome = outcome;
    this.waiting = 'done';
    return output;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface PlayTranscriptOptions {
  onWarning?: (message: string) => void;
}

/**
 * Plays `story` against input lines (a pipe, a terminal, an array), writing the transcript
 * as it goes. Input is pulled only while a choice is waiting, so an interactive caller is
 * never asked for a line the story does not need; the input is released at the end.
 */
export async function playTranscript(
  story: Story,
  input: AsyncIterable<string> | Iterable<string>,
  write: (text: string) => void,
  options: PlayTranscriptOptions = {},
): Promise<TranscriptOutcome> {
  const player = new TranscriptPlayer(story);
  if (options.onWarning) player.onWarning(options.onWarning);
  const emit = (text: string) => {
    if (text) write(text);
  };
  emit(player.begin());
  if (player.status !== 'choosing') return player.status;
  const lines: AsyncIterator<string> | Iterator<string> =
    Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : input[Symbol.iterator]();
  try {
    while (player.status === 'choosing') {
      const next = await lines.next();
      if (next.done) break;
      emit(player.submit(next.value));
    }
  } finally {
    await lines.return?.();
  }
  return player.endOfInput();
}

/** The whole transcript of a story played against a fixed list of input lines. */
export function transcriptOf(
  story: Story,
  inputLines: readonly string[],
): { transcript: string; outcome: TranscriptOutcome } {
  const player = new TranscriptPlayer(story);
  let transcript = player.begin();
  for (const line of inputLines) {
    if (player.status !== 'choosing') break;
    transcript += player.submit(line);
  }
  return { transcript, outcome: player.endOfInput() };
}
