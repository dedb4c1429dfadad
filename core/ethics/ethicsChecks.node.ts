/**
 * The ethics review's part of `offramp check`: story checks (banned patterns, content
 * notes, hooks and their placement, approvals) and checks of the config itself (crisis
 * resources, partners). Each problem names file and line and, for policy, the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jsonFieldLine } from '../stories/jsonLocation.ts';
import type { LoadedStory, StoryCheck } from '../stories/storyCheck.node.ts';
import type { SourceProblem } from '../story/problems.ts';
import { inkSourceLines } from '../story/inkSourceLines.ts';
import { parseTag, type StoryTag } from '../story/tags.ts';
import type { EthicsConfig } from './ethicsConfig.ts';
import { storyContentHash } from './storyContentHash.node.ts';
import { checkHookPlacementByWalking } from './hookPlacement.node.ts';

export interface EthicsCheckContext {
  config: EthicsConfig;
  /** Walking time per locale for the hook placement check (default 1 s; 0 skips walking). */
  walkBudgetMs?: number;
  /** How problems in the config name it (e.g. `ethics.config.json`). */
  configFile: string;
  /** The config's text, to point at the line of a field. */
  configText: string;
  storiesDir: string;
  today: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function ethicsStoryChecks(context: EthicsCheckContext): StoryCheck[] {
  return [
    (story) => checkBannedPatterns(story, context.config),
    (story) => checkContentNotes(story, context),
    (story) => checkHooks(story, context.config),
    (story) =>
      context.walkBudgetMs === 0
        ? []
        : checkHookPlacementByWalking(story, { timeBudgetMs: context.walkBudgetMs ?? 1000 }),
    (story) => checkApproval(story, context),
  ];
}

export function checkBannedPatterns(story: LoadedStory, config: EthicsConfig): SourceProblem[] {
  const patterns = config.content.bannedPatterns.map((banned) => ({
    ...banned,
    regex: new RegExp(banned.pattern, banned.flags.replace('g', '')),
  }));
  const problems: SourceProblem[] = [];
  for (const { compiled } of story.locales) {
    for (const [file, source] of compiled.sources) {
      for (const { line, text } of inkSourceLines(source)) {
        for (const banned of patterns) {
          const match = banned.regex.exec(text);
          if (!match) continue;
          problems.push({
            file: story.displayPath(file),
            line,
            message: `banned pattern /${banned.pattern}/ matches "${match[0].trim()}": ${banned.reason}`,
            severity: 'error',
          });
        }
      }
    }
  }
  return problems;
}

function storyJsonProblem(story: LoadedStory, field: string, message: string): SourceProblem {
  const line = jsonFieldLine(readFileSync(story.metaFile, 'utf8'), [field]);
  return {
    file: story.displayPath(story.metaFile),
    ...(line ? { line } : {}),
    message,
    severity: 'error',
  };
}

export function checkContentNotes(
  story: LoadedStory,
  context: EthicsCheckContext,
): SourceProblem[] {
  const { content, audience } = context.config;
  const declared = story.meta.contentNotes;
  const problems: SourceProblem[] = [];
  declared.forEach((note, index) => {
    if (!content.allowedContentNotes.includes(note)) {
      problems.push(
        storyJsonProblem(
          story,
          'contentNotes',
          `contentNotes.${index}: "${note}" is not an allowed content note (${content.allowedContentNotes.join(', ')})`,
        ),
      );
    }
  });
  for (const required of content.requiredContentNotes) {
    if (!declared.includes(required)) {
      problems.push(
        storyJsonProblem(
          story,
          'contentNotes',
          `contentNotes: must include "${required}" (required by the ethics config)`,
        ),
      );
    }
  }
  if (story.meta.minAge < audience.minimumAge) {
    problems.push(
      storyJsonProblem(
        story,
        'minAge',
        `minAge: ${story.meta.minAge} is below the audience minimum of ${audience.minimumAge}`,
      ),
    );
  }
  for (const { compiled } of story.locales) {
    for (const tag of compiled.outline.tags) {
      const parsed = parseTag(tag.text);
      if (parsed.ok && parsed.tag.kind === 'cw' && !declared.includes(parsed.tag.note)) {
        problems.push({
          file: story.displayPath(tag.file),
          line: tag.line,
          message: `content note "${parsed.tag.note}" is used here but not declared in story.json contentNotes`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

/**
 * Hooks only of allowed types, and only where the prompt rules allow: never on a line
 * marked `# distressing`, and (when the config says so) only on `# calm` or `# debrief`
 * lines. Whether a hook follows a distressing passage at run time is checked by walking
 * the story (see hookPlacement.ts).
 */
export function checkHooks(story: LoadedStory, config: EthicsConfig): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const { compiled } of story.locales) {
    const tagsByLine = new Map<string, { file: string; line: number; tags: StoryTag[] }>();
    for (const tag of compiled.outline.tags) {
      const parsed = parseTag(tag.text);
      if (!parsed.ok) continue;
      const key = `${tag.file}:${tag.line}`;
      const entry = tagsByLine.get(key) ?? { file: tag.file, line: tag.line, tags: [] };
      entry.tags.push(parsed.tag);
      tagsByLine.set(key, entry);
    }
    for (const { file, line, tags } of tagsByLine.values()) {
      const has = (kind: StoryTag['kind']) => tags.some((tag) => tag.kind === kind);
      for (const tag of tags) {
        if (tag.kind !== 'hook') continue;
        const at = { file: story.displayPath(file), line, severity: 'error' as const };
        if (!config.hooks.allowed.includes(tag.hook)) {
          problems.push({
            ...at,
            message: `hook "${tag.hook}" is not allowed (allowed: ${config.hooks.allowed.join(', ') || 'none'})`,
          });
        }
        if (has('distressing')) {
          problems.push({
            ...at,
            message: `hook "${tag.hook}" is on a # distressing line: help is never offered in a distressing passage`,
          });
        } else if (config.hooks.prompts.onlyAtCalmOrDebrief && !has('calm') && !has('debrief')) {
          problems.push({
            ...at,
            message: `hook "${tag.hook}" must be on a # calm or # debrief line (hooks.prompts.onlyAtCalmOrDebrief)`,
          });
        }
      }
    }
  }
  return problems;
}

/** An approval binds to the exact content: any edit voids it, and check says so. */
export function checkApproval(story: LoadedStory, context: EthicsCheckContext): SourceProblem[] {
  const approval = context.config.stories[story.id];
  if (!approval || approval.status !== 'approved') return [];
  const current = storyContentHash(context.storiesDir, story.id);
  if (current === approval.contentHash) return [];
  return [
    {
      file: context.configFile,
      line: jsonFieldLine(context.configText, ['stories', story.id, 'contentHash']),
      message:
        `approval of "${story.id}" (by ${approval.reviewer} on ${approval.date}) is void: the story changed since ` +
        `(content hash ${current.slice(0, 12)}…, approved ${approval.contentHash.slice(0, 12)}…); ` +
        `it is served only as unreviewed until the board approves it again (offramp review / offramp approve)`,
      severity: 'warning',
    },
  ];
}

/** Checks of the config that concern no single story. */
export function checkEthicsConfigContents(
  context: EthicsCheckContext,
  localesInUse: readonly string[],
): SourceProblem[] {
  const { config, configFile, configText, today } = context;
  const problems: SourceProblem[] = [];
  const at = (keys: string[]) => ({ file: configFile, line: jsonFieldLine(configText, keys) });

  for (const locale of localesInUse) {
    const countries = config.audience.countriesByLocale[locale];
    if (!countries) {
      problems.push({
        ...at(['audience', 'countriesByLocale']),
        message: `locale "${locale}" is used by stories but audience.countriesByLocale does not say which countries it serves`,
        severity: 'error',
      });
      continue;
    }
    for (const country of countries) {
      if (!config.crisisResources.byCountry[country]) {
        problems.push({
          ...at(['crisisResources', 'byCountry']),
          message: `no crisis resources for ${country}, which the "${locale}" locale serves`,
          severity: 'error',
        });
      }
    }
  }

  for (const [country, resources] of Object.entries(config.crisisResources.byCountry)) {
    resources.forEach((resource, index) => {
      const checked = Date.parse(`${resource.lastChecked}T00:00:00Z`);
      const ageDays = Math.floor((today.getTime() - checked) / DAY_MS);
      if (Number.isNaN(checked) || ageDays > config.crisisResources.maxAgeDays) {
        problems.push({
          ...at(['crisisResources', 'byCountry', country, 'lastChecked']),
          message:
            `crisisResources.byCountry.${country}.${index} "${resource.name}" was last checked on ${resource.lastChecked}, ` +
            `${ageDays} days ago (more than ${config.crisisResources.maxAgeDays}): confirm it still works`,
          severity: config.crisisResources.whenStale,
        });
      } else if (ageDays < 0) {
        problems.push({
          ...at(['crisisResources', 'byCountry', country, 'lastChecked']),
          message: `crisisResources.byCountry.${country}.${index} "${resource.name}": lastChecked ${resource.lastChecked} is in the future`,
          severity: 'error',
        });
      }
      if (!resource.phone && !resource.url) {
        problems.push({
          ...at(['crisisResources', 'byCountry', country]),
          message: `crisisResources.byCountry.${country}.${index} "${resource.name}" has neither a phone number nor a URL`,
          severity: 'error',
        });
      }
    });
  }

  config.partners.forEach((partner, index) => {
    if (!partner.url) {
      problems.push({
        ...at(['partners']),
        message: `partners.${index} "${partner.name}" has no url: counsellors need a way to reach it`,
        severity: 'warning',
      });
    }
    for (const region of partner.regions) {
      if (
        region !== 'EU' &&
        !Object.values(config.audience.countriesByLocale).some((c) => c.includes(region))
      ) {
        problems.push({
          ...at(['partners']),
          message: `partners.${index} "${partner.name}" serves ${region}, which no story locale serves`,
          severity: 'warning',
        });
      }
    }
  });

  for (const id of Object.keys(config.stories)) {
    if (!existsSync(path.join(context.storiesDir, id, 'story.json'))) {
      problems.push({
        ...at(['stories', id]),
        message: `stories.${id}: there is no story "${id}" in stories/`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
