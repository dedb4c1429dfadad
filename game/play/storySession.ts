/**
 * One playthrough of one story: the runner, the content it runs, and moving the player's
 * place to other content — the same story in another language, or an edited story (dev hot
 * reload) — while keeping it whenever the state still fits.
 */
import { StoryRunner, type StoryStep } from '../../core/story/storyRunner.ts';
import type { LoadedStory } from '../api/storyClient.ts';

/**
 * How the current passage came about, so it can be produced again from other content: the
 * story's start, or the state before the choice that led here. `undefined`: not known (after
 * an edit of the story), so the passage cannot be produced again.
 */
export type PassageOrigin = 'start' | { inkState: string; choiceIndex: number };

export type ContentSwap =
  | { outcome: 'unchanged' }
  | { outcome: 'kept'; step: StoryStep }
  | { outcome: 'restarted'; step: StoryStep };

export type LocaleSwitch =
  /** The current passage ran again in the new content: its text can be shown translated. */
  { outcome: 'replayed'; step: StoryStep } | { outcome: 'restarted'; step: StoryStep };

/** A resumed state that leaves the player with nothing to do would be a trap, not a save. */
export class StateDoesNotFitError extends Error {
  override name = 'StateDoesNotFitError';
}

export class StorySession {
  private runner: StoryRunner;
  private origin: PassageOrigin | undefined;

  constructor(private content: LoadedStory) {
    this.runner = new StoryRunner(content.storyJson);
  }

  get story(): LoadedStory {
    return this.content;
  }

  get passageOrigin(): PassageOrigin | undefined {
    return this.origin;
  }

  /** The step the story waits at (its choices, or its end). */
  get step(): StoryStep {
    return this.runner.step;
  }

  start(): StoryStep {
    const step = this.runner.start();
    this.origin = 'start';
    return step;
  }

  choose(index: number): StoryStep {
    const before = this.runner.saveState();
    const step = this.runner.choose(index);
    this.origin = { inkState: before, choiceIndex: index };
    return step;
  }

  /** The knot or `knot.stitch` the player is at (see StoryRunner.place). */
  get place(): string | undefined {
    return this.runner.place;
  }

  saveState(): string {
    return this.runner.saveState();
  }

  /** Continues a saved state. Throws when it does not load, or loads into a dead end. */
  resume(inkState: string, origin: PassageOrigin | undefined): StoryStep {
    const step = this.runner.restore(inkState);
    if (step.choices.length === 0 && !step.ended) {
      throw new StateDoesNotFitError('the saved state has no choices and no ending');
    }
    this.origin = origin;
    return step;
  }

  /**
   * Moves to the same story in another locale. The ink trees of a story's locales have the
   * same shape (`offramp check` verifies it), so the state before the passage on screen loads
   * into the new tree and the passage runs again there, in the new language, with the new
   * tree's choices. Restoring the current state alone would not do: an ink state carries its
   * choices' text, which would stay in the old language. When the passage cannot run again,
   * the story starts again.
   */
  switchContent(next: LoadedStory): LocaleSwitch {
    const current = this.runner.step;
    const fits = (step: StoryStep) =>
      step.ended === current.ended && step.choices.length === current.choices.length;
    const runner = new StoryRunner(next.storyJson);
    const replayed = this.replayIn(runner, fits);
    this.content = next;
    this.runner = runner;
    if (replayed) return { outcome: 'replayed', step: replayed };
    return { outcome: 'restarted', step: this.start() };
  }

  /** An edited story (dev hot reload): keep the place if the old state still fits. */
  swapContent(next: LoadedStory): ContentSwap {
    if (next.contentHash === this.content.contentHash) return { outcome: 'unchanged' };
    const saved = this.runner.saveState();
    const wasEnded = this.runner.step.ended;
    const runner = new StoryRunner(next.storyJson);
    this.content = next;
    this.runner = runner;
    try {
      const step = runner.restore(saved);
      // A state whose choices vanished with the edit would leave the player stuck.
      if (step.choices.length > 0 || (wasEnded && step.ended)) {
        this.origin = undefined;
        return { outcome: 'kept', step };
      }
    } catch {
      // The saved state points at content that no longer exists: start again below.
    }
    return { outcome: 'restarted', step: this.start() };
  }

  private replayIn(runner: StoryRunner, fits: (step: StoryStep) => boolean): StoryStep | undefined {
    const origin = this.origin;
    if (origin === undefined) return undefined;
    try {
      if (origin === 'start') {
        const step = runner.start();
        return fits(step) ? step : undefined;
      }
      const before = runner.restore(origin.inkState);
      if (!before.choices[origin.choiceIndex]) return undefined;
      // As the new tree wrote it, so a later switch starts from its own state.
      const stateBefore = runner.saveState();
      const step = runner.choose(origin.choiceIndex);
      if (!fits(step)) return undefined;
      this.origin = { inkState: stateBefore, choiceIndex: origin.choiceIndex };
      return step;
    } catch {
      // The state names content the other tree does not have.
      return undefined;
    }
  }
}
