/**
 * The game's use of the ethics prompt policy (core/ethics/promptPolicy.ts): one prompt
 * session for the page's lifetime, fed with every passage and choice. What the player did
 * with a prompt stays in this object's memory: it is never stored and never sent anywhere.
 */
import type { PromptRules } from '../../core/ethics/ethicsConfig.ts';
import {
  decidePrompt,
  enterPassage,
  newPromptSession,
  recordChoice,
  recordDecline,
  recordPromptShown,
  type PromptSession,
} from '../../core/ethics/promptPolicy.ts';
import type { StoryStep } from '../../core/story/storyRunner.ts';
import type { HookType, StoryTag } from '../../core/story/tags.ts';

export class HelpPromptGate {
  private session: PromptSession = newPromptSession();
  /** Until the config's rules are known, nothing is offered. */
  private rules: PromptRules | undefined;

  setRules(rules: PromptRules | undefined): void {
    this.rules = rules;
  }

  passageEntered(step: Pick<StoryStep, 'lines'>): void {
    this.session = enterPassage(this.session, step);
  }

  /**
   * A passage shown again from a save: the policy only needs to know whether it was
   * distressing (no prompt is offered in a passage the player has already seen).
   */
  passageResumed(distressing: boolean): void {
    const tags: StoryTag[] = distressing ? [{ kind: 'distressing' }] : [];
    this.session = enterPassage(this.session, { lines: [{ text: '', tags }] });
  }

  choiceMade(): void {
    this.session = recordChoice(this.session);
  }

  /** The first of the step's hooks the rules let through now, if any. */
  offerFor(
    step: Pick<StoryStep, 'hooks'>,
    allowedHooks: readonly HookType[],
  ): HookType | undefined {
    const rules = this.rules;
    if (!rules) return undefined;
    for (const request of step.hooks) {
      const decision = decidePrompt(rules, allowedHooks, this.session, request);
      if (decision.offer) return decision.hook;
    }
    return undefined;
  }

  promptShown(): void {
    this.session = recordPromptShown(this.session);
  }

  declined(): void {
    this.session = recordDecline(this.session);
  }
}
