/**
 * Runs a compiled story and turns inkjs output into plain data the screens can draw.
 */
import { Story } from './inkRuntime.ts';
import { placeOfPath } from './storyPlace.ts';
import { parseTags, type HookType, type StoryTag } from './tags.ts';

export interface StoryLine {
  text: string;
  tags: StoryTag[];
}

export interface StoryChoice {
  /** 0-based, as `choose` expects. */
  index: number;
  text: string;
  tags: StoryTag[];
}

/** A help offer the story asks for; the ethics prompt policy decides whether it is shown. */
export interface HookRequest {
  hook: HookType;
  /** Index into `lines` of the line that carries the hook. */
  lineIndex: number;
  calm: boolean;
  debrief: boolean;
  distressing: boolean;
}

export interface StoryStep {
  lines: StoryLine[];
  choices: StoryChoice[];
  ended: boolean;
  hooks: HookRequest[];
  /** Tags that are not in the vocabulary; `offramp check` rejects them before shipping. */
  tagErrors: string[];
}

export class StoryRunner {
  private readonly story: Story;
  private current: StoryStep | undefined;
  /** The engine path of the last line shown (after restore: none, the choices say where). */
  private lastLinePath: string | undefined;

  constructor(compiledStory: string) {
    this.story = new Story(compiledStory);
  }

  /** Starts from the beginning, discarding any progress. */
  start(): StoryStep {
    this.story.ResetState();
    this.lastLinePath = undefined;
    return this.advance();
  }

  choose(index: number): StoryStep {
    const choices = this.story.currentChoices;
    if (!Number.isInteger(index) || index < 0 || index >= choices.length) {
      throw new RangeError(
        choices.length === 0
          ? 'there is no choice to make here'
          : `choice ${index + 1} is out of range (1–${choices.length})`,
      );
    }
    this.story.ChooseChoiceIndex(index);
    return this.advance();
  }

  /** The step the story is at: after `restore`, the choices waiting there (its text was shown before). */
  get step(): StoryStep {
    return (this.current ??= this.snapshotChoices([]));
  }

  /**
   * The knot or `knot.stitch` the player is at: where the waiting choices are, or, at an
   * ending, where the last line came from. Undefined before the first knot.
   */
  get place(): string | undefined {
    const choice = this.story.currentChoices[0];
    return placeOfPath(this.story, choice ? choice.sourcePath : this.lastLinePath);
  }

  saveState(): string {
    return this.story.state.toJson();
  }

  restore(inkState: string): StoryStep {
    this.story.state.LoadJson(inkState);
    this.lastLinePath = undefined;
    this.current = this.snapshotChoices([]);
    return this.current;
  }

  private advance(): StoryStep {
    const lines: StoryLine[] = [];
    const tagErrors: string[] = [];
    while (this.story.canContinue) {
      const text = this.story.Continue() ?? '';
      this.lastLinePath = lineOrigin(this.story) ?? this.lastLinePath;
      const parsed = parseTags(this.story.currentTags ?? []);
      tagErrors.push(...parsed.errors);
      lines.push({ text: text.replace(/\n$/, ''), tags: parsed.tags });
    }
    if (this.story.hasError) {
      const errors = this.story.currentErrors ?? [];
      this.story.ResetErrors();
      throw new Error(errors.join('\n'));
    }
    this.current = this.snapshotChoices(lines, tagErrors);
    return this.current;
  }

  private snapshotChoices(lines: StoryLine[], tagErrors: string[] = []): StoryStep {
    const choices = this.story.currentChoices.map((choice, index) => {
      const parsed = parseTags(choice.tags ?? []);
      tagErrors.push(...parsed.errors);
      return { index, text: choice.text, tags: parsed.tags };
    });
    return {
      lines,
      choices,
      ended: !this.story.canContinue && choices.length === 0,
      hooks: findHooks(lines),
      tagErrors,
    };
  }
}

/**
 * Where the line just produced was written: the story's own text objects in the output
 * stream know their place (the engine's pointers may already be past a divert, or gone at
 * an ending); text the engine made itself, such as the line break, has no parent.
 */
function lineOrigin(story: Story): string | undefined {
  const output = story.state.outputStream;
  for (let index = output.length - 1; index >= 0; index--) {
    const content = output[index];
    if (content?.parent) return content.path.toString();
  }
  return undefined;
}

function findHooks(lines: readonly StoryLine[]): HookRequest[] {
  const hooks: HookRequest[] = [];
  lines.forEach((line, lineIndex) => {
    const has = (kind: StoryTag['kind']) => line.tags.some((tag) => tag.kind === kind);
    for (const tag of line.tags) {
      if (tag.kind !== 'hook') continue;
      hooks.push({
        hook: tag.hook,
        lineIndex,
        calm: has('calm'),
        debrief: has('debrief'),
        distressing: has('distressing'),
      });
    }
  });
  return hooks;
}
