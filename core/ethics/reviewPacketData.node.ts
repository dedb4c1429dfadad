/**
 * Everything the ethics board sees in a review packet (`offramp review`), gathered from the
 * same sources the other tools use: the compiled outline of every locale, `offramp check`'s
 * problems, the walker's coverage, the story map and the hash that `offramp approve` records.
 * reviewPacketHtml.ts turns it into the page.
 */
import path from 'node:path';
import type { OutlineNode, StoryOutline } from '../story/inkOutline.node.ts';
import type { SourceProblem } from '../story/problems.ts';
import { renderStoryGraph } from '../story/storyGraph.ts';
import { walkStory, type WalkResult } from '../story/storyWalker.ts';
import { parseTag, type HookType, type StoryTag } from '../story/tags.ts';
import {
  loadStoryForCheck,
  runStoryChecks,
  STORY_CHECKS,
  type LoadedLocale,
} from '../stories/storyCheck.node.ts';
import type { StoryMeta } from '../stories/storyMeta.ts';
import {
  checkBannedPatterns,
  checkEthicsConfigContents,
  ethicsStoryChecks,
  type EthicsCheckContext,
} from './ethicsChecks.node.ts';
import type { StoryApproval } from './ethicsConfig.ts';
import { readInkSourceLines, type InkSourceLine } from '../story/inkSourceLines.ts';
import { storyContentHash } from './storyContentHash.node.ts';

export interface WalkSettings {
  seed: number;
  /** Time budget per locale; Infinity when only `maxPlaythroughs` limits the walk. */
  seconds: number;
  maxPlaythroughs?: number;
}

export interface ReviewPacketOptions {
  storiesDir: string;
  storyId: string;
  ethics: EthicsCheckContext;
  walk: WalkSettings;
  /** When the packet is made; defaults to now. */
  generatedAt?: Date;
  onProgress?: (text: string) => void;
}

export type ApprovalState =
  | { status: 'none' }
  | { status: StoryApproval['status']; record: StoryApproval; hashMatches: boolean };

/** Some lines of one file, ready to read. */
export interface SourceExcerpt {
  /** The file relative to the stories folder (`demo/en/main.ink`). */
  file: string;
  from: number;
  to: number;
  lines: InkSourceLine[];
}

/** One knot or stitch (or the top of the story) in one locale. */
export interface PassageCell {
  /** Usually one excerpt; the top of the story also has the top of every INCLUDEd file. */
  excerpts: SourceExcerpt[];
}

export interface PassageRow {
  /** `knot`, `knot.stitch` or `(root)`, matched across locales. */
  id: string;
  kind: OutlineNode['kind'];
  /** Absent for a locale that lacks this node (a parity problem `offramp check` reports). */
  byLocale: Partial<Record<string, PassageCell>>;
}

export interface HookOccurrence {
  locale: string;
  file: string;
  line: number;
  node: string;
  hook: HookType;
  /** In the config's `hooks.allowed`. */
  allowedByPolicy: boolean;
  /** In the recorded approval's `hooks`; undefined when the story has no approval. */
  inApproval?: boolean;
  onCalm: boolean;
  onDebrief: boolean;
  onDistressing: boolean;
  /** Whether the placement rules of the config are met on this line. */
  placementOk: boolean;
  /** The hook's line with up to three lines either side. */
  context: SourceExcerpt;
  /** What `offramp check` says about this hook (its type, its placement, when it is reached). */
  problems: SourceProblem[];
}

export interface BannedHit {
  problem: SourceProblem;
  locale?: string;
  /** The source line the pattern matched, as written. */
  sourceLine?: string;
}

export interface LocaleWalk {
  locale: string;
  playthroughs: number;
  seconds: number;
  stopReason: WalkResult['stopReason'];
  total: number;
  visited: number;
  unvisited: { id: string; file: string; line: number; reachableByDiverts: boolean }[];
  endings: { node: string; file?: string; line?: number; choices: number[] }[];
  errors: {
    severity: 'error' | 'warning';
    file?: string;
    line?: number;
    node?: string;
    text: string;
    choices: number[];
    endlessLoop: boolean;
  }[];
}

export interface ReviewPacket {
  storyId: string;
  /** ISO 8601. */
  generatedAt: string;
  meta: StoryMeta;
  /** The hash `offramp approve` records (storyContentHash). */
  contentHash: string;
  approval: ApprovalState;
  policy: {
    minimumAge: number;
    allowedContentNotes: string[];
    requiredContentNotes: string[];
    allowedHooks: HookType[];
    onlyAtCalmOrDebrief: boolean;
  };
  /** Locales that compiled, in the order of story.json. */
  locales: string[];
  /** Locales story.json declares that did not compile (their problems are in `problems`). */
  failedLocales: string[];
  passages: PassageRow[];
  hooks: HookOccurrence[];
  bannedHits: BannedHit[];
  /** Everything `offramp check <id>` reports about the story. */
  problems: SourceProblem[];
  /** What `offramp check` reports about the ethics config itself. */
  configProblems: SourceProblem[];
  walkSettings: WalkSettings;
  walks: LocaleWalk[];
  graphs: { locale: string; svg: string }[];
}

/** story.json cannot be used, so there is nothing to review. */
export class ReviewPacketError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
    this.name = 'ReviewPacketError';
  }
}

const HOOK_CONTEXT_LINES = 3;

export function buildReviewPacket(options: ReviewPacketOptions): ReviewPacket {
  const { storiesDir, storyId, ethics } = options;
  const displayPath = (absolute: string) =>
    path.relative(storiesDir, absolute).split(path.sep).join('/');
  const progress = options.onProgress ?? (() => undefined);

  const loaded = loadStoryForCheck(storiesDir, storyId, { displayPath, onProgress: progress });
  const story = loaded.story;
  if (!story) throw new ReviewPacketError(loaded.problems);
  const { config } = ethics;

  const problems = runStoryChecks(loaded, [...STORY_CHECKS, ...ethicsStoryChecks(ethics)]);
  const contentHash = storyContentHash(storiesDir, storyId);
  const record = config.stories[storyId];
  const sourceLines = new SourceLineCache();

  const passages = passageRows(story.locales, displayPath, sourceLines);
  const walks: LocaleWalk[] = [];
  const graphs: ReviewPacket['graphs'] = [];
  for (const locale of story.locales) {
    const { walk, graph } = walkLocale(locale, options, displayPath, progress);
    walks.push(walk);
    graphs.push({ locale: locale.locale, svg: graph });
  }

  return {
    storyId,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    meta: story.meta,
    contentHash,
    approval: record
      ? { status: record.status, record, hashMatches: record.contentHash === contentHash }
      : { status: 'none' },
    policy: {
      minimumAge: config.audience.minimumAge,
      allowedContentNotes: config.content.allowedContentNotes,
      requiredContentNotes: config.content.requiredContentNotes,
      allowedHooks: config.hooks.allowed,
      onlyAtCalmOrDebrief: config.hooks.prompts.onlyAtCalmOrDebrief,
    },
    locales: story.locales.map((locale) => locale.locale),
    failedLocales: story.meta.locales.filter(
      (locale) => !story.locales.some((compiled) => compiled.locale === locale),
    ),
    passages,
    hooks: inPassageOrder(
      story.locales.flatMap((locale) =>
        hookOccurrences(locale, ethics, record, displayPath, sourceLines, problems),
      ),
      passages,
      story.locales.map((locale) => locale.locale),
    ),
    bannedHits: bannedHits(story.locales, checkBannedPatterns(story, config), displayPath),
    problems,
    configProblems: checkEthicsConfigContents(ethics, story.meta.locales),
    walkSettings: options.walk,
    walks,
    graphs,
  };
}

/** Parses each file once; excerpts are slices of it. */
class SourceLineCache {
  private readonly parsed = new Map<string, { raw: string[]; lines: InkSourceLine[] }>();

  /** Lines `from`..`to`, without the blank lines at the end. */
  excerpt(file: string, source: string, from: number, to: number, shownAs: string): SourceExcerpt {
    let entry = this.parsed.get(file);
    if (!entry) {
      entry = { raw: source.split(/\r?\n/), lines: readInkSourceLines(source) };
      this.parsed.set(file, entry);
    }
    let last = to;
    while (last > from && !entry.raw[last - 1]?.trim()) last--;
    return {
      file: shownAs,
      from,
      to: last,
      lines: entry.lines.filter((line) => line.line >= from && line.line <= last),
    };
  }
}

function lineCount(source: string): number {
  const lines = source.split(/\r?\n/);
  return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

/**
 * Knots and stitches in reading order: from the top of the story along its diverts (breadth
 * first), each knot followed by its stitches; what no divert reaches follows in source order,
 * functions last. Nodes only some locales have are appended where they first appear.
 */
function readingOrder(outlines: StoryOutline[]): OutlineNode[] {
  const ordered = new Map<string, OutlineNode>();
  for (const outline of outlines) {
    const knotOf = (id: string) => id.split('.')[0] ?? id;
    const units = outline.nodes.filter((node) => node.kind !== 'stitch');
    const stitchesOf = (knot: string) =>
      outline.nodes
        .filter((node) => node.kind === 'stitch' && node.knot === knot)
        .sort((a, b) => a.line - b.line);
    const next = new Map<string, string[]>();
    for (const edge of outline.edges) {
      const from = knotOf(edge.from);
      const list = next.get(from) ?? [];
      list.push(knotOf(edge.to));
      next.set(from, list);
    }
    const reached: string[] = [];
    const queue = units.filter((node) => node.kind === 'root').map((node) => node.id);
    while (queue.length > 0) {
      const id = queue.shift() ?? '';
      if (reached.includes(id)) continue;
      reached.push(id);
      queue.push(...(next.get(id) ?? []));
    }
    const unitsById = new Map(units.map((node) => [node.id, node]));
    const sourceOrder = [...units].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const sequence = [
      ...reached.flatMap((id) => unitsById.get(id) ?? []),
      ...sourceOrder.filter((node) => !reached.includes(node.id) && node.kind !== 'function'),
      ...sourceOrder.filter((node) => !reached.includes(node.id) && node.kind === 'function'),
    ];
    for (const unit of sequence) {
      for (const node of [unit, ...stitchesOf(unit.id)]) {
        if (!ordered.has(node.id)) ordered.set(node.id, node);
      }
    }
  }
  return [...ordered.values()];
}

function passageRows(
  locales: LoadedLocale[],
  displayPath: (file: string) => string,
  cache: SourceLineCache,
): PassageRow[] {
  const cellsByLocale = new Map(
    locales.map((locale) => [locale.locale, passageCells(locale, displayPath, cache)]),
  );
  return readingOrder(locales.map((locale) => locale.compiled.outline)).map((node) => {
    const byLocale: Partial<Record<string, PassageCell>> = {};
    for (const { locale } of locales) {
      const cell = cellsByLocale.get(locale)?.get(node.id);
      if (cell) byLocale[locale] = cell;
    }
    return { id: node.id, kind: node.kind, byLocale };
  });
}

/** Each node's lines: from its start up to where the next node in its file starts. */
function passageCells(
  locale: LoadedLocale,
  displayPath: (file: string) => string,
  cache: SourceLineCache,
): Map<string, PassageCell> {
  const { outline, sources, files } = locale.compiled;
  const cells = new Map<string, PassageCell>();
  const rootExcerpts: SourceExcerpt[] = [];
  for (const file of files) {
    const source = sources.get(file);
    if (source === undefined) continue;
    const inFile = outline.nodes
      .filter((node) => node.file === file && node.kind !== 'root')
      .sort((a, b) => a.line - b.line);
    const lastLine = lineCount(source);
    const firstStart = inFile[0]?.line ?? lastLine + 1;
    if (firstStart > 1) {
      const top = cache.excerpt(file, source, 1, firstStart - 1, displayPath(file));
      if (top.lines.length > 0 || file === locale.entryFile) rootExcerpts.push(top);
    }
    inFile.forEach((node, index) => {
      const nextStart = inFile[index + 1]?.line ?? lastLine + 1;
      const to = Math.min(Math.max(node.endLine, node.line), nextStart - 1, lastLine);
      cells.set(node.id, {
        excerpts: [cache.excerpt(file, source, node.line, to, displayPath(file))],
      });
    });
  }
  const root = outline.nodes.find((node) => node.kind === 'root');
  if (root) cells.set(root.id, { excerpts: rootExcerpts });
  return cells;
}

function hookOccurrences(
  locale: LoadedLocale,
  ethics: EthicsCheckContext,
  record: StoryApproval | undefined,
  displayPath: (file: string) => string,
  cache: SourceLineCache,
  problems: readonly SourceProblem[],
): HookOccurrence[] {
  const { outline, sources } = locale.compiled;
  const tagsAt = new Map<string, StoryTag[]>();
  for (const tag of outline.tags) {
    const parsed = parseTag(tag.text);
    if (!parsed.ok) continue;
    const key = `${tag.file}:${tag.line}`;
    tagsAt.set(key, [...(tagsAt.get(key) ?? []), parsed.tag]);
  }
  const { allowed, prompts } = ethics.config.hooks;
  const occurrences: HookOccurrence[] = [];
  for (const tag of outline.tags) {
    const parsed = parseTag(tag.text);
    if (!parsed.ok || parsed.tag.kind !== 'hook') continue;
    const onLine = tagsAt.get(`${tag.file}:${tag.line}`) ?? [];
    const has = (kind: StoryTag['kind']) => onLine.some((other) => other.kind === kind);
    const onCalm = has('calm');
    const onDebrief = has('debrief');
    const onDistressing = has('distressing');
    const source = sources.get(tag.file) ?? '';
    const file = displayPath(tag.file);
    const hook = parsed.tag.hook;
    occurrences.push({
      locale: locale.locale,
      file,
      line: tag.line,
      node: tag.node,
      hook,
      allowedByPolicy: allowed.includes(hook),
      ...(record ? { inApproval: record.hooks.includes(hook) } : {}),
      onCalm,
      onDebrief,
      onDistressing,
      placementOk: !onDistressing && (!prompts.onlyAtCalmOrDebrief || onCalm || onDebrief),
      context: cache.excerpt(
        tag.file,
        source,
        Math.max(1, tag.line - HOOK_CONTEXT_LINES),
        Math.min(lineCount(source), tag.line + HOOK_CONTEXT_LINES),
        file,
      ),
      problems: problems.filter(
        (problem) =>
          problem.file === file &&
          problem.line === tag.line &&
          problem.message.includes(`hook "${hook}"`),
      ),
    });
  }
  return occurrences;
}

/**
 * Hooks by passage in reading order, the n-th hook of a passage in every locale together, so
 * the board compares a hook with its translations.
 */
function inPassageOrder(
  hooks: HookOccurrence[],
  passages: PassageRow[],
  locales: string[],
): HookOccurrence[] {
  const passageIndex = new Map(passages.map((row, index) => [row.id, index]));
  const seen = new Map<string, number>();
  const ordinal = hooks.map((hook) => {
    const key = `${hook.locale}\0${hook.node}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  });
  return hooks
    .map((hook, index) => ({ hook, ordinal: ordinal[index] ?? 0 }))
    .sort(
      (a, b) =>
        (passageIndex.get(a.hook.node) ?? Infinity) - (passageIndex.get(b.hook.node) ?? Infinity) ||
        a.ordinal - b.ordinal ||
        locales.indexOf(a.hook.locale) - locales.indexOf(b.hook.locale),
    )
    .map(({ hook }) => hook);
}

function bannedHits(
  locales: LoadedLocale[],
  problems: SourceProblem[],
  displayPath: (file: string) => string,
): BannedHit[] {
  const byShownFile = new Map<string, { locale: string; source: string }>();
  for (const { locale, compiled } of locales) {
    for (const [file, source] of compiled.sources) {
      byShownFile.set(displayPath(file), { locale, source });
    }
  }
  return problems.map((problem) => {
    const found = byShownFile.get(problem.file);
    const sourceLine =
      found && problem.line ? found.source.split(/\r?\n/)[problem.line - 1] : undefined;
    return {
      problem,
      ...(found ? { locale: found.locale } : {}),
      ...(sourceLine !== undefined ? { sourceLine: sourceLine.trim() } : {}),
    };
  });
}

function walkLocale(
  locale: LoadedLocale,
  options: ReviewPacketOptions,
  displayPath: (file: string) => string,
  progress: (text: string) => void,
): { walk: LocaleWalk; graph: string } {
  const { storyId, walk: settings } = options;
  const { json, outline } = locale.compiled;
  const result = walkStory(json, outline, {
    seed: settings.seed,
    timeBudgetMs: settings.seconds * 1000,
    ...(settings.maxPlaythroughs !== undefined
      ? { maxPlaythroughs: settings.maxPlaythroughs }
      : {}),
    onProgress: (p) =>
      progress(
        `walking ${storyId} (${locale.locale}): ${(p.elapsedMs / 1000).toFixed(1)} s, ` +
          `${p.playthroughs.toLocaleString('en')} playthroughs, ${p.visited}/${p.total} knots and stitches`,
      ),
  });
  const entryDir = path.dirname(locale.entryFile);
  const shown = (file: string) =>
    displayPath(path.isAbsolute(file) ? file : path.resolve(entryDir, file));
  const nodes = new Map(outline.nodes.map((node) => [node.id, node]));
  const visited = new Set(result.nodes.filter((node) => node.visited).map((node) => node.id));
  return {
    walk: {
      locale: locale.locale,
      playthroughs: result.playthroughs,
      seconds: Math.round(result.elapsedMs / 10) / 100,
      stopReason: result.stopReason,
      total: result.nodes.length,
      visited: visited.size,
      unvisited: result.nodes
        .filter((node) => !node.visited)
        .map((node) => ({
          id: node.id,
          file: shown(node.file),
          line: node.line,
          reachableByDiverts: node.reachableByDiverts,
        })),
      endings: result.endings.map(({ node, choices }) => {
        const where = nodes.get(node);
        return {
          node,
          ...(where ? { file: shown(where.file), line: where.line } : {}),
          choices,
        };
      }),
      errors: result.errors.map((error) => ({
        severity: error.severity,
        ...(error.file !== undefined ? { file: shown(error.file) } : {}),
        ...(error.line !== undefined ? { line: error.line } : {}),
        ...(error.node !== undefined ? { node: error.node } : {}),
        text: error.text,
        choices: error.choices,
        endlessLoop: error.endlessLoop === true,
      })),
    },
    graph: renderStoryGraph(outline, { title: `${storyId} (${locale.locale})`, visited }),
  };
}
