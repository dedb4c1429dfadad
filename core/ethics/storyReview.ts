/**
 * Whether a story may reach players, and which help it may offer: the server's side of the
 * ethics review. Pure, so the server, the build and the tests share one rule.
 */
import type { StoryReview } from '../protocol/storyApi.ts';
import type { HookType } from '../story/tags.ts';
import type { EthicsConfig } from './ethicsConfig.ts';

/**
 * A story is reviewed when its approval binds to exactly these sources. Unreviewed stories
 * are served only when `showUnreviewed` (development, or OFFRAMP_SHOW_UNREVIEWED=1); then
 * the policy's hooks apply so authors can try their prompts. `undefined`: not served.
 */
export function reviewStory(
  config: EthicsConfig,
  storyId: string,
  sourceHash: string,
  showUnreviewed: boolean,
): StoryReview | undefined {
  const approval = config.stories[storyId];
  if (approval?.status === 'approved' && approval.contentHash === sourceHash) {
    return {
      reviewed: true,
      allowedHooks: approval.hooks.filter((hook) => config.hooks.allowed.includes(hook)),
    };
  }
  return showUnreviewed ? { reviewed: false, allowedHooks: [...config.hooks.allowed] } : undefined;
}

/** How a player came to ask for help: their own Help button, or a story's hook. */
export type HelpEntry = { via: 'help-button' } | { via: 'hook'; hook: HookType; storyId: string };

export type HelpDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * The player's own Help button is always allowed. A hook is allowed only when the story is
 * served and its review allows that hook type.
 */
export function mayOpenHelp(entry: HelpEntry, review: StoryReview | undefined): HelpDecision {
  if (entry.via === 'help-button') return { allowed: true };
  if (!review) return { allowed: false, reason: `story "${entry.storyId}" is not approved` };
  return review.allowedHooks.includes(entry.hook)
    ? { allowed: true }
    : {
        allowed: false,
        reason: `the ethics review does not allow "${entry.hook}" prompts in story "${entry.storyId}"`,
      };
}
