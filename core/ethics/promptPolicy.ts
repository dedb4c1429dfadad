/**
 * The prompt rules of the ethics config, applied as a pure state machine: the game asks
 * before it offers help from a `# hook`, and records what the player did. The player's own
 * Help button is never subject to these rules.
 */
import type { HookType } from '../story/tags.ts';
import type { HookRequest, StoryStep } from '../story/storyRunner.ts';
import type { PromptRules } from './ethicsConfig.ts';

export interface PromptSession {
  shown: number;
  declines: number;
  /** Choices made since the last prompt; null before the first prompt. */
  choicesSinceLastPrompt: number | null;
  /** Whether the passage before the current one was distressing. */
  previousPassageDistressing: boolean;
  currentPassageDistressing: boolean;
}

export type PromptDecision =
  { offer: true; hook: HookType } | { offer: false; reason: PromptRefusal };

export type PromptRefusal =
  | 'hook-not-allowed'
  | 'session-limit'
  | 'too-soon'
  | 'declined-enough'
  | 'distressing'
  | 'not-calm-or-debrief';

export function newPromptSession(): PromptSession {
  return {
    shown: 0,
    declines: 0,
    choicesSinceLastPrompt: null,
    previousPassageDistressing: false,
    currentPassageDistressing: false,
  };
}

/** Call with every new passage (the lines shown between two choices). */
export function enterPassage(
  session: PromptSession,
  step: Pick<StoryStep, 'lines'>,
): PromptSession {
  return {
    ...session,
    previousPassageDistressing: session.currentPassageDistressing,
    currentPassageDistressing: step.lines.some((line) =>
      line.tags.some((tag) => tag.kind === 'distressing'),
    ),
  };
}

export function recordChoice(session: PromptSession): PromptSession {
  return session.choicesSinceLastPrompt === null
    ? session
    : { ...session, choicesSinceLastPrompt: session.choicesSinceLastPrompt + 1 };
}

export function recordPromptShown(session: PromptSession): PromptSession {
  return { ...session, shown: session.shown + 1, choicesSinceLastPrompt: 0 };
}

/** Declines stay on the device: they change only this session and are never sent anywhere. */
export function recordDecline(session: PromptSession): PromptSession {
  return { ...session, declines: session.declines + 1 };
}

/**
 * Whether a hook may be offered now. `allowedHooks` are the hook types the story's approval
 * allows (or the config's allowed hooks for unreviewed stories in development).
 */
export function decidePrompt(
  rules: PromptRules,
  allowedHooks: readonly HookType[],
  session: PromptSession,
  request: HookRequest,
): PromptDecision {
  const refuse = (reason: PromptRefusal): PromptDecision => ({ offer: false, reason });
  if (!allowedHooks.includes(request.hook)) return refuse('hook-not-allowed');
  if (session.declines >= rules.stopAfterDeclines) return refuse('declined-enough');
  if (session.shown >= rules.maxPerSession) return refuse('session-limit');
  if (
    session.choicesSinceLastPrompt !== null &&
    session.choicesSinceLastPrompt < rules.minChoicesBetween
  ) {
    return refuse('too-soon');
  }
  if (
    request.distressing ||
    session.currentPassageDistressing ||
    session.previousPassageDistressing
  ) {
    return refuse('distressing');
  }
  if (rules.onlyAtCalmOrDebrief && !request.calm && !request.debrief)
    return refuse('not-calm-or-debrief');
  return { offer: true, hook: request.hook };
}
