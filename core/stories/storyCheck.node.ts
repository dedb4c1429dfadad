/**
 * The checks behind `offramp check`: every locale compiles, story.json is valid, tags are in
 * the vocabulary, and the locales of a story agree (same knots and stitches, hooks at the
 * same places, same number of choices at each choice point).
 *
 * A check is a function of a loaded story, so later checks (the ethics review) plug into
 * the same list.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  compileInkFile,
  displayRelativeToCwd,
  InkCompileError,
  type CompiledInk,
} from '../story/compileInk.node.ts';
import type { OutlineChoicePoint, OutlineNode, StoryOutline } from '../story/inkOutline.node.ts';
import type { SourceProblem } from '../story/problems.ts';
import { parseTag, type HookType } from '../story/tags.ts';
import type { StoryMeta } from './storyMeta.ts';
import { readStoryMeta, storyMetaPath } from './storyCatalog.node.ts';

export interface LoadedLocale {
  locale: string;
  /** Absolute path of the locale's entry .ink file. */
  entryFile: string;
  /** Compiled with `countAllVisits`, so checks that walk the story can run its JSON as is. */
  compiled: CompiledInk & { outline: StoryOutline };
}

/** A story as the checks see it: valid story.json and every locale that compiled. */
export interface LoadedStory {
  id: string;
  /** Absolute path of story.json. */
  metaFile: string;
  meta: StoryMeta;
  /** In the order of story.json; locales that failed to compile are left out (already reported). */
  locales: LoadedLocale[];
  /** How problems name files. */
  displayPath: (absolutePath: string) => string;
}

export type StoryCheck = (story: LoadedStory) => SourceProblem[];

export interface StoryCheckReport {
  id: string;
  /** The locales story.json declares (none when story.json could not be read). */
  locales: string[];
  problems: SourceProblem[];
}

export interface CheckOptions {
  displayPath?: (absolutePath: string) => string;
  /** The checks to run on each loaded story; defaults to {@link STORY_CHECKS}. */
  checks?: readonly StoryCheck[];
  onProgress?: (text: string) => void;
}

export function checkStories(
  storiesDir: string,
  ids: readonly string[],
  options: CheckOptions = {},
): StoryCheckReport[] {
  return ids.map((id) => checkStory(storiesDir, id, options));
}

export function checkStory(
  storiesDir: string,
  id: string,
  options: CheckOptions = {},
): StoryCheckReport {
  const loaded = loadStoryForCheck(storiesDir, id, options);
  return { id, locales: loaded.locales, problems: runStoryChecks(loaded, options.checks) };
}

/** The problems of a story already loaded: those found loading it and those of every check. */
export function runStoryChecks(
  loaded: { story?: LoadedStory; problems: readonly SourceProblem[] },
  checks: readonly StoryCheck[] = STORY_CHECKS,
): SourceProblem[] {
  const problems = [...loaded.problems];
  if (loaded.story) {
    for (const check of checks) problems.push(...check(loaded.story));
  }
  return sortByLocation(problems);
}

/** Reads story.json and compiles every locale, collecting every problem on the way. */
export function loadStoryForCheck(
  storiesDir: string,
  id: string,
  options: Pick<CheckOptions, 'displayPath' | 'onProgress'> = {},
): { story?: LoadedStory; problems: SourceProblem[]; locales: string[] } {
  const displayPath = options.displayPath ?? displayRelativeToCwd;
  const metaFile = storyMetaPath(storiesDir, id);
  options.onProgress?.(`checking ${id}`);
  const read = readStoryMeta(storiesDir, id, displayPath);
  if (!read.meta) return { problems: read.problems, locales: [] };
  const { meta, problems } = read;

  const locales: LoadedLocale[] = [];
  for (const locale of meta.locales) {
    // The folder, not the id written in story.json, says where the ink lives.
    const entryFile = path.join(path.dirname(metaFile), locale, meta.entry);
    if (!existsSync(entryFile)) continue;
    options.onProgress?.(`checking ${id} (${locale})`);
    try {
      const compiled = compileInkFile(entryFile, {
        outline: true,
        countAllVisits: true,
        displayPath,
      });
      problems.push(...compiled.warnings);
      if (compiled.outline)
        locales.push({ locale, entryFile, compiled: { ...compiled, outline: compiled.outline } });
    } catch (error) {
      if (!(error instanceof InkCompileError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { story: { id, metaFile, meta, locales, displayPath }, problems, locales: meta.locales };
}

function sortByLocation(problems: SourceProblem[]): SourceProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Every tag written in the ink must be one of the vocabulary, well-formed. */
export const checkTags: StoryCheck = (story) =>
  story.locales.flatMap(({ compiled }) =>
    compiled.outline.tags.flatMap((tag): SourceProblem[] => {
      const result = parseTag(tag.text);
      return result.ok
        ? []
        : [
            {
              file: story.displayPath(tag.file),
              line: tag.line,
              message: result.error,
              severity: 'error',
            },
          ];
    }),
  );

/** Every locale tells the same story: compared with the first locale that compiled. */
export const checkLocaleParity: StoryCheck = (story) => {
  const [reference, ...others] = story.locales;
  if (!reference) return [];
  return others.flatMap((other) => [
    ...compareNodes(story, reference, other),
    ...compareHooks(story, reference, other),
    ...compareChoicePoints(story, reference, other),
  ]);
};

export const STORY_CHECKS: readonly StoryCheck[] = [checkTags, checkLocaleParity];

type Where = { file: string; line: number };

function at(story: LoadedStory, where: Where): string {
  return `${story.displayPath(where.file)}:${where.line}`;
}

function problemAt(story: LoadedStory, where: Where, message: string): SourceProblem {
  return { file: story.displayPath(where.file), line: where.line, message, severity: 'error' };
}

function nodesById(outline: StoryOutline): Map<string, OutlineNode> {
  return new Map(outline.nodes.map((node) => [node.id, node]));
}

function describeNode(node: OutlineNode): string {
  return node.kind === 'root' ? 'the top of the story' : `${node.kind} "${node.id}"`;
}

function compareNodes(
  story: LoadedStory,
  reference: LoadedLocale,
  other: LoadedLocale,
): SourceProblem[] {
  const referenceNodes = nodesById(reference.compiled.outline);
  const otherNodes = nodesById(other.compiled.outline);
  const missingFrom = (
    from: Map<string, OutlineNode>,
    to: Map<string, OutlineNode>,
    locale: string,
  ) =>
    [...from.values()]
      .filter((node) => !to.has(node.id))
      .map((node) =>
        problemAt(story, node, `${describeNode(node)} is missing from the ${locale} locale`),
      );
  return [
    ...missingFrom(referenceNodes, otherNodes, other.locale),
    ...missingFrom(otherNodes, referenceNodes, reference.locale),
  ];
}

interface HookAt extends Where {
  hook: HookType;
}

function hooksByNode(outline: StoryOutline): Map<string, HookAt[]> {
  const hooks = new Map<string, HookAt[]>();
  for (const tag of outline.tags) {
    const result = parseTag(tag.text);
    if (!result.ok || result.tag.kind !== 'hook') continue;
    const list = hooks.get(tag.node) ?? [];
    list.push({ hook: result.tag.hook, file: tag.file, line: tag.line });
    hooks.set(tag.node, list);
  }
  return hooks;
}

interface SharedNode<T> {
  referenceNode: OutlineNode;
  otherNode: OutlineNode;
  /** What `byNode` finds in the node in the reference locale, and in the other. */
  expected: T[];
  actual: T[];
}

/** Every knot and stitch both locales have (missing ones are compareNodes' business). */
function sharedNodes<T>(
  reference: LoadedLocale,
  other: LoadedLocale,
  byNode: (outline: StoryOutline) => Map<string, T[]>,
): SharedNode<T>[] {
  const referenceNodes = nodesById(reference.compiled.outline);
  const referenceItems = byNode(reference.compiled.outline);
  const otherItems = byNode(other.compiled.outline);
  return [...nodesById(other.compiled.outline)].flatMap(([id, otherNode]) => {
    const referenceNode = referenceNodes.get(id);
    if (!referenceNode) return [];
    const expected = referenceItems.get(id) ?? [];
    const actual = otherItems.get(id) ?? [];
    return [{ referenceNode, otherNode, expected, actual }];
  });
}

function compareHooks(
  story: LoadedStory,
  reference: LoadedLocale,
  other: LoadedLocale,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const { referenceNode, otherNode, expected, actual } of sharedNodes(
    reference,
    other,
    hooksByNode,
  )) {
    const differsAt = firstDifference(expected, actual, (a, b) => a.hook === b.hook);
    if (differsAt === undefined) continue;
    const list = (hooks: HookAt[]) => `[${hooks.map((h) => h.hook).join(', ')}]`;
    problems.push(
      problemAt(
        story,
        actual[differsAt] ?? actual[actual.length - 1] ?? otherNode,
        `hooks of ${describeNode(otherNode)} differ from the ${reference.locale} locale: ` +
          `${list(actual)} here, ${list(expected)} in ${reference.locale} ` +
          `(${at(story, expected[differsAt] ?? expected[expected.length - 1] ?? referenceNode)})`,
      ),
    );
  }
  return problems;
}

function choicePointsByNode(outline: StoryOutline): Map<string, OutlineChoicePoint[]> {
  const points = new Map<string, OutlineChoicePoint[]>();
  for (const point of outline.choicePoints) {
    const list = points.get(point.node) ?? [];
    list[point.ordinal] = point;
    points.set(point.node, list);
  }
  return points;
}

function compareChoicePoints(
  story: LoadedStory,
  reference: LoadedLocale,
  other: LoadedLocale,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  for (const { referenceNode, otherNode, expected, actual } of sharedNodes(
    reference,
    other,
    choicePointsByNode,
  )) {
    const shared = Math.min(expected.length, actual.length);
    for (let ordinal = 0; ordinal < shared; ordinal++) {
      const want = expected[ordinal];
      const have = actual[ordinal];
      if (!want || !have || want.choices === have.choices) continue;
      problems.push(
        problemAt(
          story,
          have,
          `choice point ${ordinal + 1} of ${describeNode(otherNode)} has ${plural(have.choices, 'choice')} here, ` +
            `${want.choices} in ${reference.locale} (${at(story, want)})`,
        ),
      );
    }
    if (expected.length !== actual.length) {
      problems.push(
        problemAt(
          story,
          actual[shared] ?? otherNode,
          `${describeNode(otherNode)} has ${plural(actual.length, 'choice point')} here, ` +
            `${expected.length} in ${reference.locale} (${at(story, expected[shared] ?? referenceNode)})`,
        ),
      );
    }
  }
  return problems;
}

function firstDifference<T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean,
): number | undefined {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || !same(x, y)) return i;
  }
  return undefined;
}
