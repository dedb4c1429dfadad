/**
 * One playthrough of one story: the runner, the content it runs, and swapping in edited
 * content (dev hot reload) while keeping the player's place when the old state still fits.
 */
import { StoryRunner, type StoryStep } from '../../core/story/storyRunner.ts';
import type { LoadedStory } from '../api/storyClient.ts';

export type ContentSwap =
  | { outcome: 'unchanged' }
  | { outcome: 'kept'; step: StoryStep }
  | { outcome: 'restarted'; step: StoryStep };

export class StorySession {
  private runner: StoryRunner;

  constructor(private content: LoadedStory) {
    this.runner = new StoryRunner(content.storyJson);
  }

  get story(): LoadedStory {
    return this.content;
  }

  start(): StoryStep {
    return this.runner.start();
  }

  choose(index: number): StoryStep {
    return this.runner.choose(index);
  }

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
      if (step.choices.length > 0 || (wasEnded && step.ended)) return { outcome: 'kept', step };
    } catch {
      // The saved state points at content that no longer exists: start again below.
    }
    return { outcome: 'restarted', step: runner.start() };
  }
}
