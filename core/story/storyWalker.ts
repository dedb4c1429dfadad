/**
 * The explorer behind `offramp walk`: plays a story over and over, steered towards what it has
 * not seen yet, and reports which knots and stitches were visited, which endings were reached
 * and every runtime error with the choices that reproduce it.
 *
 * Plain random play misses rare branches (a choice only offered when `trust >= 5`, a knot
 * behind option 3 at five choice points in a row). So the explorer works like a coverage-guided
 * fuzzer: it keeps the saved states of choice points where something new happened (a container
 * visited for the first time or more often than before, a variable with a value not seen, a
 * choice offered for the first time, or a new combination of variable values at that choice
 * point) and mostly branches from those, prefers choices never taken, prefers choices whose
 * label a condition elsewhere reads, and, while some knot or stitch that a divert leads to is
 * still unvisited, prefers states from which that node is fewest diverts away.
 *
 * Determinism: every decision comes from a seeded PRNG and from what earlier playthroughs
 * found, never from the clock. The clock only decides when to stop, so a time budget changes how
 * much is explored, not in what order; with `maxPlaythroughs` and no time limit a run is fully
 * reproducible. (One exception, for broken stories only: a line that takes longer than
 * `maxMillisecondsPerLine` to compute is judged an endless loop.)
 *
 * Shared code: no Node APIs. The story must be compiled with `countAllVisits`, or knots and
 * stitches that no condition reads are not counted and look unvisited.
 */
import type { StoryOutline } from './inkOutline.node.ts';
import { Story, type Choice } from './inkRuntime.ts';

export interface WalkLimits {
  /** A playthrough that makes this many choices is cut short (stories may loop forever). */
  maxChoicesPerPlaythrough: number;
  /** More lines than this without a choice or an ending is reported as an endless loop. */
  maxLinesWithoutChoice: number;
  /** A single line that takes longer than this is reported as an endless loop without text. */
  maxMillisecondsPerLine: number;
}

export interface WalkOptions {
  /** Seeds every random decision; the same seed explores in the same order. Default 1. */
  seed?: number;
  /** Stop after this much time (checked between playthroughs). Default 10 s. */
  timeBudgetMs?: number;
  /** Stop after this many playthroughs: with it, a run is fully reproducible. */
  maxPlaythroughs?: number;
  /** `random` plays uniformly random choices from the start: the baseline benchmarks compare to. */
  strategy?: 'guided' | 'random';
  /**
   * Stop early once every knot and stitch that diverts lead to is visited and nothing new has
   * turned up for a while. Default true.
   */
  stopWhenComplete?: boolean;
  /**
   * How many playthroughs in a row must find nothing new before stopping early. Default: 1,000,
   * or as many as it took to find the last new thing if that is more. 0 stops as soon as every
   * knot and stitch a divert leads to is visited.
   */
  quietPlaythroughs?: number;
  limits?: Partial<WalkLimits>;
  now?: () => number;
  onProgress?: (progress: WalkProgress) => void;
  /**
   * Called with every passage played (the lines between two choices) and the choices that led
   * to it, so checks can look at what a player would see.
   */
  onPassage?: (passage: WalkPassage) => void;
}

export interface WalkPassage {
  lines: { text: string; tags: string[] }[];
  /** The 1-based choices from the start of the story that lead to this passage. */
  choices: readonly number[];
}

export interface WalkProgress {
  elapsedMs: number;
  playthroughs: number;
  visited: number;
  total: number;
  errors: number;
}

export interface WalkNode {
  id: string;
  kind: 'knot' | 'stitch';
  file: string;
  line: number;
  visited: boolean;
  /** Whether a chain of diverts from the start leads here (unreachable nodes are no error). */
  reachableByDiverts: boolean;
}

export interface WalkEnding {
  /** The knot or stitch whose `-> END` or `-> DONE` ended the story. */
  node: string;
  /** The shortest choice sequence found that ends there (1-based, as `offramp play` reads them). */
  choices: number[];
}

export interface WalkError {
  severity: 'error' | 'warning';
  /** The file as ink names it (relative to the main file), or as the outline does (absolute). */
  file?: string;
  line?: number;
  /** The knot or stitch it happened in, when the runtime does not say the exact line. */
  node?: string;
  /** The story never stops by itself here (replaying it plays on until interrupted). */
  endlessLoop?: boolean;
  text: string;
  /** The shortest choice sequence found that leads to it (1-based). */
  choices: number[];
}

export interface FirstVisit {
  node: string;
  elapsedMs: number;
  playthroughs: number;
}

export interface WalkResult {
  playthroughs: number;
  elapsedMs: number;
  /** `stuck`: the story loops forever before its first choice, so there is nothing more to explore. */
  stopReason: 'complete' | 'time' | 'playthroughs' | 'stuck';
  /** Knots and stitches in outline order (functions and the top level are not counted). */
  nodes: WalkNode[];
  endings: WalkEnding[];
  errors: WalkError[];
  /** When each node was first visited: what benchmarks chart coverage over time with. */
  firstVisits: FirstVisit[];
}

/** The outline's ROOT_NODE (the content before the first knot); its module is Node-only. */
export const TOP_LEVEL_NODE = '(root)';

export const DEFAULT_WALK_SECONDS = 10;
export const DEFAULT_WALK_SEED = 1;

const DEFAULT_LIMITS: WalkLimits = {
  maxChoicesPerPlaythrough: 1_000,
  maxLinesWithoutChoice: 10_000,
  maxMillisecondsPerLine: 5_000,
};

/** Stop early only after this many playthroughs in a row found nothing new (or as many as it took to find the last new thing). */
const MIN_QUIET_PLAYTHROUGHS = 1_000;
/** How many states with different variable values to keep per choice point. */
const STATES_PER_CHOICE_POINT = 8;
/** Saved states are kept in memory: stop saving more beyond this many characters of them. */
const MAX_SEED_CHARACTERS = 200_000_000;
const RESTART_SHARE = 0.1;
const DIRECTED_SHARE = 0.45;
/** How much likelier a choice is taken when a condition elsewhere reads its label. */
const READ_LABEL_WEIGHT = 4;
const PROGRESS_EVERY = 100;

/** mulberry32: a tiny, fast, seedable PRNG. */
export function createRandom(seed: number): { next(): number; int(below: number): number } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (below) => Math.floor(next() * below) };
}

export interface RuntimeMessage {
  severity: 'error' | 'warning';
  file?: string;
  line?: number;
  /** The runtime path inkjs names when it has no line number (compiled JSON has none). */
  path?: string;
  text: string;
}

/**
 * Splits a runtime message such as `RUNTIME ERROR: 'main.ink' line 12: ran out of content` or
 * `RUNTIME WARNING: (Ink Pointer -> peek -- index 1): Variable not found`.
 */
export function parseRuntimeMessage(message: string): RuntimeMessage {
  const match =
    /^RUNTIME (ERROR|WARNING):\s*(?:'([^']*)' line (\d+):\s*|\(([^)]*)\):\s*)?([\s\S]*)$/.exec(
      message,
    );
  if (!match) return { severity: 'error', text: message };
  const path = /^Ink Pointer -> (\S+)/.exec(match[4] ?? '')?.[1];
  return {
    severity: match[1] === 'WARNING' ? 'warning' : 'error',
    ...(match[2] !== undefined ? { file: match[2], line: Number(match[3]) } : {}),
    ...(path !== undefined ? { path } : {}),
    text: match[5] ?? message,
  };
}

/** Explores a compiled story (compiled with `countAllVisits`) whose outline is known. */
export function walkStory(
  compiledJson: string,
  outline: StoryOutline,
  options: WalkOptions = {},
): WalkResult {
  return new StoryExplorer(compiledJson, outline, options).run();
}

type ErrorLocation = Pick<WalkError, 'file' | 'line' | 'node'>;

interface Seed {
  state: string;
  /** The choices (1-based) that lead from the start to this state. */
  choices: number[];
  node: string;
  picks: number;
}

/** The parts of inkjs's runtime the explorer reads beyond the public API. */
interface RuntimeInternals {
  _visitCounts?: unknown;
}
interface RuntimeObject {
  path?: { toString(): string };
  parent?: RuntimeObject | null;
  content?: RuntimeObject[];
  namedContent?: Map<string, RuntimeObject>;
  pathForCount?: unknown;
  containerForCount?: RuntimeObject | null;
  commandType?: number;
  constructor: { CommandType?: Record<string, number> };
}

class NodeIndex {
  readonly tracked: WalkNode[];
  private readonly byId = new Map<string, WalkNode>();
  private readonly locations = new Map<string, { file: string; line: number }>();
  private readonly knots = new Set<string>();
  private readonly stitches = new Set<string>();
  private readonly nodeOfPath = new Map<string, string>();
  private readonly incoming = new Map<string, string[]>();

  constructor(outline: StoryOutline) {
    const reachable = findReachableByDiverts(outline);
    this.tracked = outline.nodes
      .filter((node) => node.kind === 'knot' || node.kind === 'stitch')
      .map((node) => ({
        id: node.id,
        kind: node.kind === 'knot' ? 'knot' : 'stitch',
        file: node.file,
        line: node.line,
        visited: false,
        reachableByDiverts: reachable.has(node.id),
      }));
    for (const node of outline.nodes) {
      this.locations.set(node.id, { file: node.file, line: node.line });
      if (node.kind === 'stitch') this.stitches.add(node.id);
      else if (node.kind !== 'root') this.knots.add(node.id);
    }
    for (const node of this.tracked) this.byId.set(node.id, node);
    for (const edge of graphEdges(outline)) {
      const sources = this.incoming.get(edge.to) ?? [];
      sources.push(edge.from);
      this.incoming.set(edge.to, sources);
    }
  }

  get(id: string): WalkNode | undefined {
    return this.byId.get(id);
  }

  /** Where any node of the outline (functions and the top level too) is written. */
  locationOf(id: string): { file: string; line: number } | undefined {
    return this.locations.get(id);
  }

  /** The knot, stitch or function a runtime path such as `kitchen.way_out.0.c-1` is inside. */
  nodeOf(path: string): string {
    let node = this.nodeOfPath.get(path);
    if (node === undefined) {
      const [knot, stitch] = path.split('.');
      node =
        knot !== undefined && this.knots.has(knot)
          ? stitch !== undefined && this.stitches.has(`${knot}.${stitch}`)
            ? `${knot}.${stitch}`
            : knot
          : TOP_LEVEL_NODE;
      this.nodeOfPath.set(path, node);
    }
    return node;
  }

  /** Diverts needed from each node to the nearest unvisited node a divert leads to. */
  distancesToUnvisited(): Map<string, number> {
    const distances = new Map<string, number>();
    const queue: string[] = [];
    for (const node of this.tracked) {
      if (!node.visited && node.reachableByDiverts) {
        distances.set(node.id, 0);
        queue.push(node.id);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] ?? '';
      const distance = (distances.get(id) ?? 0) + 1;
      for (const source of this.incoming.get(id) ?? []) {
        if (!distances.has(source)) {
          distances.set(source, distance);
          queue.push(source);
        }
      }
    }
    return distances;
  }
}

/**
 * The diverts of the outline, plus the step from a knot with nothing of its own into its first
 * stitch (ink enters it without a divert).
 */
function graphEdges(outline: StoryOutline): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = outline.edges.map(({ from, to }) => ({ from, to }));
  const hasOwnFlow = new Set([
    ...outline.edges.map((edge) => edge.from),
    ...outline.choicePoints.map((point) => point.node),
    ...outline.endings,
  ]);
  const firstStitch = new Map<string, string>();
  for (const node of outline.nodes) {
    if (node.kind === 'stitch' && node.knot !== undefined && !firstStitch.has(node.knot))
      firstStitch.set(node.knot, node.id);
  }
  for (const [knot, stitch] of firstStitch)
    if (!hasOwnFlow.has(knot)) edges.push({ from: knot, to: stitch });
  return edges;
}

/**
 * The nodes a chain of diverts (of any kind) leads to from the top of the story. Diverts to
 * variable targets and knots called as functions are not followed: such a node counts as
 * unreachable here even though play may reach it.
 */
export function findReachableByDiverts(outline: StoryOutline): Set<string> {
  const outgoing = new Map<string, string[]>();
  for (const edge of graphEdges(outline)) {
    const targets = outgoing.get(edge.from) ?? [];
    targets.push(edge.to);
    outgoing.set(edge.from, targets);
  }
  const reached = new Set<string>([TOP_LEVEL_NODE]);
  const queue = [TOP_LEVEL_NODE];
  for (let head = 0; head < queue.length; head++) {
    for (const target of outgoing.get(queue[head] ?? '') ?? []) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

/** Locale-independent, so reports sort the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Visit counts grouped as fuzzers group hit counts: 1 to 8 apart, then by powers of two, so a
 * loop counts as progress a bounded number of times.
 */
function bucketOf(count: number): number {
  if (count <= 8) return count;
  return Math.min(30, 5 + Math.floor(Math.log2(count)));
}

/** Variable values grouped the same way: small whole numbers apart, others by magnitude. */
function valueKey(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) <= 16) return String(value);
    return `${value < 0 ? '-' : ''}~2^${Math.floor(Math.log2(Math.abs(value) || 1))}`;
  }
  return String(value).slice(0, 64);
}

class StoryExplorer {
  private story: Story;
  private readonly nodes: NodeIndex;
  private readonly limits: WalkLimits;
  private readonly random: ReturnType<typeof createRandom>;
  private readonly now: () => number;
  private readonly guided: boolean;
  private readonly variableNames: string[];
  private readonly labelsReadByConditions: Set<string>;

  private readonly seenBuckets = new Map<string, number>();
  private readonly seenValues = new Set<string>();
  private readonly seenOffers = new Set<string>();
  private readonly statesAtChoicePoint = new Map<string, Set<string>>();
  private readonly takenChoices = new Set<string>();
  private readonly seeds: Seed[] = [];
  private seedCharacters = 0;
  private readonly seedsByNode = new Map<string, Seed[]>();
  private readonly endings = new Map<string, WalkEnding>();
  private readonly errors = new Map<string, WalkError>();
  private readonly firstVisits: FirstVisit[] = [];
  /** What inkjs reported during the last Continue, and where the story was then. */
  private readonly runtimeMessages: { message: string; location: ErrorLocation }[] = [];
  /** Choices after which the story looped forever: detecting that costs time, so once is enough. */
  private readonly endlessChoices = new Set<string>();
  private stuckAtStart = false;

  private distances: Map<string, number> | undefined;
  private lastEndCommand: RuntimeObject | null = null;
  /** Where the line being continued began: the best location for errors inkjs gives none. */
  private lineStart: ReturnType<Story['state']['currentPointer']['copy']> | null = null;
  private variableSignature = '';
  /** The lines of the passage being played, kept only when someone listens for passages. */
  private readonly passageLines: WalkPassage['lines'] | undefined;
  private startedAt = 0;
  private playthroughs = 0;
  private lastNewAt = 0;

  constructor(
    private readonly compiledJson: string,
    outline: StoryOutline,
    private readonly options: WalkOptions,
  ) {
    this.nodes = new NodeIndex(outline);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.random = createRandom(options.seed ?? DEFAULT_WALK_SEED);
    this.now = options.now ?? (() => Date.now());
    this.guided = (options.strategy ?? 'guided') === 'guided';
    this.passageLines = options.onPassage ? [] : undefined;
    this.story = this.createStory();
    this.variableNames = Object.keys(this.story.variablesState).sort();
    this.labelsReadByConditions = findContainersReadByConditions(this.story);
  }

  run(): WalkResult {
    this.startedAt = this.now();
    const budget = this.options.timeBudgetMs ?? DEFAULT_WALK_SECONDS * 1000;
    const maxPlaythroughs = this.options.maxPlaythroughs ?? Infinity;
    const stopWhenComplete = this.options.stopWhenComplete ?? true;
    let stopReason: WalkResult['stopReason'] = 'time';
    for (;;) {
      if (this.playthroughs >= maxPlaythroughs) {
        stopReason = 'playthroughs';
        break;
      }
      if (this.now() - this.startedAt >= budget) break;
      if (this.stuckAtStart) {
        stopReason = 'stuck';
        break;
      }
      if (stopWhenComplete && this.isComplete()) {
        stopReason = 'complete';
        break;
      }
      this.playthrough(this.guided ? this.pickStart() : null);
      this.playthroughs++;
      if (this.playthroughs % PROGRESS_EVERY === 0) this.reportProgress();
    }
    this.reportProgress();
    return this.result(stopReason);
  }

  private createStory(): Story {
    const story = new Story(this.compiledJson);
    // As `offramp play` does: EXTERNAL functions without a binding run their ink fallback.
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message) => {
      this.runtimeMessages.push({ message, location: this.whereAmI() });
    };
    // The story's end leaves no trace in its state, so note which END or DONE it executes.
    const performLogic = story.PerformLogicAndFlowControl.bind(story);
    story.PerformLogicAndFlowControl = (content) => {
      const object = content as unknown as RuntimeObject | null;
      const commands = object?.constructor.CommandType;
      if (
        commands &&
        (object.commandType === commands.End || object.commandType === commands.Done)
      ) {
        this.lastEndCommand = object;
      }
      return performLogic(content);
    };
    return story;
  }

  private isComplete(): boolean {
    const quiet = this.playthroughs - this.lastNewAt;
    return (
      quiet >=
        (this.options.quietPlaythroughs ?? Math.max(MIN_QUIET_PLAYTHROUGHS, this.lastNewAt)) &&
      this.nodes.tracked.every((node) => node.visited || !node.reachableByDiverts)
    );
  }

  private pickStart(): Seed | null {
    const roll = this.random.next();
    if (this.seeds.length === 0 || roll < RESTART_SHARE) return null;
    if (roll < RESTART_SHARE + DIRECTED_SHARE) {
      const directed = this.pickTowardsUnvisited();
      if (directed) return directed;
    }
    return this.leastPicked(this.seeds, 4);
  }

  /** A seed in a node few diverts away from an unvisited node: the nearer, the likelier. */
  private pickTowardsUnvisited(): Seed | null {
    this.distances ??= this.nodes.distancesToUnvisited();
    const candidates: { seeds: Seed[]; weight: number }[] = [];
    let total = 0;
    for (const [node, seeds] of this.seedsByNode) {
      const distance = this.distances.get(node);
      if (distance === undefined) continue;
      const weight = 2 ** -distance;
      candidates.push({ seeds, weight });
      total += weight;
    }
    let roll = this.random.next() * total;
    for (const candidate of candidates) {
      roll -= candidate.weight;
      if (roll <= 0) return this.leastPicked(candidate.seeds, 4);
    }
    const last = candidates[candidates.length - 1];
    return last ? this.leastPicked(last.seeds, 4) : null;
  }

  private leastPicked(seeds: Seed[], tournament: number): Seed | null {
    let best: Seed | null = null;
    for (let i = 0; i < tournament; i++) {
      const seed = seeds[this.random.int(seeds.length)];
      if (seed && (!best || seed.picks < best.picks)) best = seed;
    }
    return best;
  }

  private playthrough(start: Seed | null): void {
    const choices = start ? [...start.choices] : [];
    let lastChoice: string | undefined;
    this.lastEndCommand = null;
    this.runtimeMessages.length = 0;
    try {
      if (start) {
        start.picks++;
        this.story.state.LoadJson(start.state);
      } else {
        this.story.ResetState();
        this.story.state.storySeed = this.random.int(100);
      }
      for (;;) {
        const failure = this.continueToChoice();
        if (this.passageLines) {
          this.options.onPassage?.({ lines: this.passageLines.splice(0), choices: [...choices] });
        }
        const stopped = this.takeRuntimeMessages(choices);
        if (failure) {
          this.recordCoverage();
          this.recordError(
            { severity: 'error', ...this.whereAmI(), text: failure, endlessLoop: true },
            choices,
          );
          if (lastChoice === undefined) this.stuckAtStart = choices.length === 0;
          else this.endlessChoices.add(lastChoice);
          this.story = this.createStory();
          return;
        }
        const offered = this.story.currentChoices;
        if (
          stopped ||
          offered.length === 0 ||
          choices.length >= this.limits.maxChoicesPerPlaythrough
        ) {
          this.recordCoverage();
          if (!stopped && offered.length === 0) this.recordEnding(choices);
          return;
        }
        if (this.guided) this.rememberIfNew(offered, choices);
        const index = this.pickChoice(offered);
        const choice = offered[index];
        if (!choice) {
          this.recordCoverage();
          return;
        }
        lastChoice = choice.sourcePath;
        this.takenChoices.add(choice.sourcePath);
        choices.push(index + 1);
        this.story.ChooseChoiceIndex(index);
      }
    } catch (error) {
      // Not a story error inkjs reports but one it throws: its state cannot be trusted after it.
      this.takeRuntimeMessages(choices);
      this.recordError(
        {
          severity: 'error',
          ...this.whereAmI(),
          text: error instanceof Error ? error.message : String(error),
        },
        choices,
      );
      this.story = this.createStory();
    }
  }

  /** Continues up to the next choice or the end; returns an endless loop inkjs itself does not report. */
  private continueToChoice(): string | undefined {
    let lines = 0;
    while (this.story.canContinue) {
      const started = this.now();
      this.lineStart = this.story.state.currentPointer;
      this.story.ContinueAsync(this.limits.maxMillisecondsPerLine);
      while (!this.story.asyncContinueComplete) {
        if (this.now() - started >= this.limits.maxMillisecondsPerLine) {
          return `does not reach its next line within ${this.limits.maxMillisecondsPerLine / 1000} s: an endless loop without text?`;
        }
        this.story.ContinueAsync(this.limits.maxMillisecondsPerLine);
      }
      this.passageLines?.push({
        text: this.story.currentText ?? '',
        tags: [...(this.story.currentTags ?? [])],
      });
      if (++lines >= this.limits.maxLinesWithoutChoice) {
        return `prints ${lines} lines without offering a choice or ending: an endless loop?`;
      }
    }
    return undefined;
  }

  /** Records the runtime's errors and warnings; true when an error stopped the story. */
  private takeRuntimeMessages(choices: number[]): boolean {
    let stopped = false;
    for (const { message, location } of this.runtimeMessages.splice(0)) {
      const { path, ...parsed } = parseRuntimeMessage(message);
      if (parsed.severity === 'error') stopped = true;
      const where = parsed.file !== undefined ? {} : ((path && this.locate(path)) ?? location);
      this.recordError({ ...where, ...parsed }, choices);
    }
    return stopped;
  }

  /**
   * Compiled ink JSON carries no line numbers, so a runtime error is placed at the knot or
   * stitch it happened in: where the story is now, or, once it has stopped, where its last
   * line began.
   */
  private whereAmI(): ErrorLocation {
    let path: string | null = null;
    try {
      path = this.story.state.currentPathString;
    } catch {
      // After an exception inside inkjs its state may not resolve; the line start still does.
    }
    return this.locate(path) ?? this.whereLineBegan();
  }

  private whereLineBegan(): ErrorLocation {
    return this.locate(this.lineStart?.path?.toString() ?? null) ?? {};
  }

  private locate(path: string | null): ErrorLocation | undefined {
    if (path === null) return undefined;
    const node = this.nodes.nodeOf(path);
    const location = this.nodes.locationOf(node);
    return location ? { ...location, node } : undefined;
  }

  private recordError(error: Omit<WalkError, 'choices'>, choices: number[]): void {
    const key = [error.severity, error.file, error.line, error.node, error.text].join('\u0000');
    const known = this.errors.get(key);
    if (!known) this.lastNewAt = this.playthroughs;
    if (!known || choices.length < known.choices.length)
      this.errors.set(key, { ...error, choices: [...choices] });
  }

  private recordEnding(choices: number[]): void {
    const path = this.lastEndCommand?.path?.toString();
    const node = path === undefined ? TOP_LEVEL_NODE : this.nodes.nodeOf(path);
    const known = this.endings.get(node);
    if (!known) this.lastNewAt = this.playthroughs;
    if (!known || choices.length < known.choices.length)
      this.endings.set(node, { node, choices: [...choices] });
  }

  /**
   * Notes containers visited more often than before, variable values and offered choices not
   * seen before; true when anything was new. Also computes the variable signature.
   */
  private recordCoverage(offered: Choice[] = []): boolean {
    let isNew = false;
    for (const [path, count] of this.visitCounts()) {
      const bit = 1 << bucketOf(count);
      const seen = this.seenBuckets.get(path) ?? 0;
      if (seen & bit) continue;
      this.seenBuckets.set(path, seen | bit);
      isNew = true;
      if (seen === 0) this.markVisited(path);
    }
    if (!this.guided) return isNew;
    const values: string[] = [];
    for (const name of this.variableNames) {
      const value = valueKey(this.story.variablesState.$(name));
      values.push(value);
      const feature = `${name}=${value}`;
      if (!this.seenValues.has(feature)) {
        this.seenValues.add(feature);
        isNew = true;
      }
    }
    this.variableSignature = values.join('\u0001');
    for (const choice of offered) {
      if (!this.seenOffers.has(choice.sourcePath)) {
        this.seenOffers.add(choice.sourcePath);
        isNew = true;
      }
    }
    return isNew;
  }

  private visitCounts(): Map<string, number> {
    const counts = (this.story.state as unknown as RuntimeInternals)._visitCounts;
    if (!(counts instanceof Map))
      throw new Error('inkjs no longer keeps visit counts where the walker reads them');
    return counts as Map<string, number>;
  }

  private markVisited(path: string): void {
    const node = this.nodes.get(path);
    if (!node) return;
    const visit = (target: WalkNode | undefined) => {
      if (!target || target.visited) return;
      target.visited = true;
      this.distances = undefined;
      this.firstVisits.push({
        node: target.id,
        elapsedMs: this.now() - this.startedAt,
        playthroughs: this.playthroughs + 1,
      });
    };
    visit(node);
    // A knot entered straight at one of its stitches is not counted, but it was played.
    if (node.kind === 'stitch') visit(this.nodes.get(path.slice(0, path.indexOf('.'))));
  }

  /** Keeps the state at this choice point when something new led here. */
  private rememberIfNew(offered: Choice[], choices: number[]): void {
    const coverageIsNew = this.recordCoverage(offered);
    const at = offered[0]?.sourcePath ?? '';
    let states = this.statesAtChoicePoint.get(at);
    if (!states) this.statesAtChoicePoint.set(at, (states = new Set()));
    const stateIsNew = states.size < STATES_PER_CHOICE_POINT && !states.has(this.variableSignature);
    if (stateIsNew) states.add(this.variableSignature);
    if (!coverageIsNew && !stateIsNew) return;
    this.lastNewAt = this.playthroughs;
    if (this.seedCharacters >= MAX_SEED_CHARACTERS) return;
    const node = this.nodes.nodeOf(at);
    const seed: Seed = { state: this.story.state.ToJson(), choices: [...choices], node, picks: 0 };
    this.seedCharacters += seed.state.length;
    this.seeds.push(seed);
    const atNode = this.seedsByNode.get(node);
    if (atNode) atNode.push(seed);
    else this.seedsByNode.set(node, [seed]);
  }

  /**
   * Guided: never-taken choices first, otherwise at random, favouring labels that conditions
   * read. Random: uniformly. Never a choice known to loop forever; -1 when that leaves none.
   */
  private pickChoice(offered: Choice[]): number {
    const open = (choice: Choice) => !this.endlessChoices.has(choice.sourcePath);
    if (!this.guided) {
      const candidates = offered.flatMap((choice, index) => (open(choice) ? [index] : []));
      return candidates[this.random.int(candidates.length)] ?? -1;
    }
    const untaken = offered.flatMap((choice, index) =>
      open(choice) && !this.takenChoices.has(choice.sourcePath) ? [index] : [],
    );
    if (untaken.length > 0) return untaken[this.random.int(untaken.length)] ?? -1;
    const weights = offered.map((choice): number => {
      if (!open(choice)) return 0;
      const target = choice.pathStringOnChoice;
      return this.labelsReadByConditions.has(target) &&
        this.story.state.VisitCountAtPathString(target) === 0
        ? READ_LABEL_WEIGHT
        : 1;
    });
    if (!weights.some((weight) => weight > 0)) return -1;
    let roll = this.random.next() * weights.reduce((sum, weight) => sum + weight, 0);
    for (let index = 0; index < weights.length; index++) {
      roll -= weights[index] ?? 0;
      if (roll < 0) return index;
    }
    return weights.findLastIndex((weight) => weight > 0);
  }

  private reportProgress(): void {
    this.options.onProgress?.({
      elapsedMs: this.now() - this.startedAt,
      playthroughs: this.playthroughs,
      visited: this.nodes.tracked.filter((node) => node.visited).length,
      total: this.nodes.tracked.length,
      errors: this.errors.size,
    });
  }

  private result(stopReason: WalkResult['stopReason']): WalkResult {
    const order = new Map(this.nodes.tracked.map((node, index) => [node.id, index]));
    return {
      playthroughs: this.playthroughs,
      elapsedMs: this.now() - this.startedAt,
      stopReason,
      nodes: this.nodes.tracked.map((node) => ({ ...node })),
      endings: [...this.endings.values()].sort(
        (a, b) =>
          (order.get(a.node) ?? -1) - (order.get(b.node) ?? -1) || compareText(a.node, b.node),
      ),
      errors: [...this.errors.values()].sort(
        (a, b) =>
          compareText(a.file ?? '', b.file ?? '') ||
          (a.line ?? 0) - (b.line ?? 0) ||
          compareText(a.text, b.text),
      ),
      firstVisits: [...this.firstVisits],
    };
  }
}

/**
 * Containers whose visit count some condition reads (`{label}`, `{knot > 2}`). A choice whose
 * label is read is likely to open a branch later, so the explorer tries it more often.
 */
function findContainersReadByConditions(story: Story): Set<string> {
  const read = new Set<string>();
  const seen = new Set<RuntimeObject>();
  const pending: RuntimeObject[] = [story.mainContentContainer as unknown as RuntimeObject];
  while (pending.length > 0) {
    const object = pending.pop();
    if (!object || seen.has(object)) continue;
    seen.add(object);
    if (object.pathForCount) {
      const target = object.containerForCount?.path?.toString();
      if (target !== undefined) read.add(target);
    }
    if (object.content) pending.push(...object.content);
    if (object.namedContent) pending.push(...object.namedContent.values());
  }
  return read;
}
