/**
 * Approvals bound to exact content: `offramp approve` records the hash of every ink file of
 * every locale plus story.json, the reviewer, the date and the hook types the story uses;
 * `offramp revoke` withdraws it. A story with any check error cannot be approved.
 */
import {
  loadStoryForCheck,
  runStoryChecks,
  STORY_CHECKS,
  type LoadedStory,
} from '../stories/storyCheck.node.ts';
import type { SourceProblem } from '../story/problems.ts';
import { parseTag, type HookType } from '../story/tags.ts';
import type { EthicsConfig, StoryApproval } from './ethicsConfig.ts';
import { ethicsStoryChecks, type EthicsCheckContext } from './ethicsChecks.node.ts';
import { storyContentHash } from './storyContentHash.node.ts';

export class ApprovalRefused extends Error {
  constructor(
    message: string,
    readonly problems: SourceProblem[] = [],
  ) {
    super(message);
    this.name = 'ApprovalRefused';
  }
}

export interface ApprovalRequest {
  storyId: string;
  reviewer: string;
  note?: string;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The hook types written in the story, in any locale. */
function hooksUsed(story: LoadedStory | undefined): HookType[] {
  const hooks = new Set<HookType>();
  for (const { compiled } of story?.locales ?? []) {
    for (const tag of compiled.outline.tags) {
      const parsed = parseTag(tag.text);
      if (parsed.ok && parsed.tag.kind === 'hook') hooks.add(parsed.tag.hook);
    }
  }
  return [...hooks].sort();
}

/** Returns the config with the story approved; throws {@link ApprovalRefused} when it may not be. */
export function approveStory(
  context: EthicsCheckContext,
  request: ApprovalRequest,
  displayPath: (absolutePath: string) => string = (p) => p,
): { config: EthicsConfig; approval: StoryApproval } {
  const reviewer = request.reviewer.trim();
  if (!reviewer) throw new ApprovalRefused('a reviewer name is required (--reviewer NAME)');
  const loaded = loadStoryForCheck(context.storiesDir, request.storyId, { displayPath });
  const problems = runStoryChecks(loaded, [...STORY_CHECKS, ...ethicsStoryChecks(context)]);
  // A voided earlier approval is what approving again fixes, so only errors stand in the way.
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new ApprovalRefused(
      `cannot approve "${request.storyId}": offramp check finds ${errors.length} error${errors.length === 1 ? '' : 's'}`,
      errors,
    );
  }
  const approval: StoryApproval = {
    status: 'approved',
    contentHash: storyContentHash(context.storiesDir, request.storyId),
    reviewer,
    date: isoDay(context.today),
    hooks: hooksUsed(loaded.story),
    ...(request.note?.trim() ? { note: request.note.trim() } : {}),
  };
  return {
    config: {
      ...context.config,
      stories: { ...context.config.stories, [request.storyId]: approval },
    },
    approval,
  };
}

/** Returns the config with the story's approval withdrawn (kept on record as revoked). */
export function revokeStory(
  config: EthicsConfig,
  request: { storyId: string; reviewer?: string; note?: string },
  today: Date,
): { config: EthicsConfig; approval: StoryApproval } {
  const previous = config.stories[request.storyId];
  if (!previous) throw new ApprovalRefused(`"${request.storyId}" has no approval to revoke`);
  if (previous.status === 'revoked') {
    throw new ApprovalRefused(`"${request.storyId}" was already revoked on ${previous.date}`);
  }
  const reviewer = request.reviewer?.trim() || previous.reviewer;
  const note = request.note?.trim();
  const approval: StoryApproval = {
    ...previous,
    status: 'revoked',
    reviewer,
    date: isoDay(today),
    ...(note ? { note } : {}),
  };
  return {
    config: { ...config, stories: { ...config.stories, [request.storyId]: approval } },
    approval,
  };
}
