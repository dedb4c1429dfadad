/**
 * Turns what the user typed (an .ink file anywhere on disk, a compiled .json, or a story id
 * from stories/) into a compiled story. Problems become one clear message each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  compileInkFile,
  displayRelativeToCwd,
  InkCompileError,
} from '../core/story/compileInk.node.ts';
import type { StoryOutline } from '../core/story/inkOutline.node.ts';
import { formatProblem } from '../core/story/problems.ts';
import {
  compileStoryLocale,
  listStoryIds,
  loadStoryMeta,
  StoryMetaError,
} from '../core/stories/storyCatalog.node.ts';
import { commandUsageError, STORIES_DIR, UserError } from './cliSupport.ts';

export interface StoryTarget {
  /** How to name the story in output: the story id, or the file as typed. */
  label: string;
  json: string;
  /** Only for ink sources (a compiled .json has no parse tree). */
  outline?: StoryOutline;
  locale?: string;
}

export interface TargetOptions {
  cwd: string;
  locale?: string;
  outline?: boolean;
  countAllVisits?: boolean;
  /** Whether a compiled .json is acceptable. */
  allowCompiledJson?: boolean;
}

/** The one story id a command works on, known to exist in stories/. */
export function requireStoryId(command: string, usage: string, positionals: string[]): string {
  const usageError = (message: string) => commandUsageError(command, usage, message);
  const [id, ...extra] = positionals;
  if (!id) throw usageError('which story? give its id');
  if (extra.length > 0) throw usageError(`one story at a time (got ${positionals.join(', ')})`);
  const known = listStoryIds(STORIES_DIR);
  if (!known.includes(id)) {
    throw new UserError(
      `offramp ${command}: no story "${id}" in ${displayRelativeToCwd(STORIES_DIR)}` +
        (known.length ? ` (stories: ${known.join(', ')})` : ' (there are no stories)'),
      2,
    );
  }
  return id;
}

/** A story from its ink source with its outline: for the commands that map or walk it. */
export function loadOutlinedStory(
  command: string,
  target: string,
  options: Omit<TargetOptions, 'outline' | 'allowCompiledJson'>,
): StoryTarget & { outline: StoryOutline } {
  const story = loadStoryTarget(target, { ...options, outline: true });
  const { outline } = story;
  if (!outline) {
    throw new UserError(`${story.label}: ${command} needs the ink source (no outline)`, 2);
  }
  return { ...story, outline };
}

export function loadStoryTarget(target: string, options: TargetOptions): StoryTarget {
  const compileOptions = {
    outline: options.outline ?? false,
    countAllVisits: options.countAllVisits ?? false,
  };
  try {
    if (target.endsWith('.ink')) {
      const compiled = compileInkFile(path.resolve(options.cwd, target), compileOptions);
      return {
        label: target,
        json: compiled.json,
        ...(compiled.outline ? { outline: compiled.outline } : {}),
      };
    }
    if (target.endsWith('.json')) {
      if (!options.allowCompiledJson) {
        throw new UserError(
          `${target}: this command needs the ink source (.ink) or a story id, not compiled JSON`,
          2,
        );
      }
      return { label: target, json: readCompiledJson(path.resolve(options.cwd, target)) };
    }
    return loadStoryById(target, options, compileOptions);
  } catch (error) {
    if (error instanceof InkCompileError || error instanceof StoryMetaError) {
      throw new UserError(error.problems.map(formatProblem).join('\n'), 1);
    }
    throw error;
  }
}

function loadStoryById(
  id: string,
  options: TargetOptions,
  compileOptions: { outline: boolean; countAllVisits: boolean },
): StoryTarget {
  const ids = listStoryIds(STORIES_DIR);
  if (!ids.includes(id)) {
    throw new UserError(
      `${id}: not an .ink file, a compiled .json or a story id` +
        (ids.length
          ? ` (stories: ${ids.join(', ')})`
          : ` (no stories in ${displayRelativeToCwd(STORIES_DIR)})`),
      2,
    );
  }
  const meta = loadStoryMeta(STORIES_DIR, id, displayRelativeToCwd);
  const locale = options.locale ?? meta.locales[0] ?? 'en';
  if (!meta.locales.includes(locale)) {
    throw new UserError(`${id}: no locale "${locale}" (has ${meta.locales.join(', ')})`, 2);
  }
  const compiled = compileStoryLocale(STORIES_DIR, meta, locale, {
    ...compileOptions,
    displayPath: displayRelativeToCwd,
  });
  return {
    label: id,
    json: compiled.json,
    locale,
    ...(compiled.outline ? { outline: compiled.outline } : {}),
  };
}

function readCompiledJson(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `${displayRelativeToCwd(file)}: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
      1,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${displayRelativeToCwd(file)}: not valid JSON (${(error as Error).message})`,
      1,
    );
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('inkVersion' in parsed) ||
    !('root' in parsed)
  ) {
    throw new UserError(
      `${displayRelativeToCwd(file)}: not a compiled ink story (no inkVersion/root)`,
      1,
    );
  }
  return text;
}
