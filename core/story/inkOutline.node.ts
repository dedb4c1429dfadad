/**
 * The structure of a compiled ink story, read from the compiler's parse tree: knots and
 * stitches with their source lines, the diverts between them, choice points, endings and
 * the tags written in the source. `offramp walk`, `graph` and `check` all draw on it.
 */
import type { Compiler } from 'inkjs/compiler/Compiler';
import { Knot } from 'inkjs/compiler/Parser/ParsedHierarchy/Knot';
import { Stitch } from 'inkjs/compiler/Parser/ParsedHierarchy/Stitch';
import { Divert } from 'inkjs/compiler/Parser/ParsedHierarchy/Divert/Divert';
import { Choice } from 'inkjs/compiler/Parser/ParsedHierarchy/Choice';
import { Gather } from 'inkjs/compiler/Parser/ParsedHierarchy/Gather/Gather';
import { Weave } from 'inkjs/compiler/Parser/ParsedHierarchy/Weave';
import { inkSourceLines } from './inkSourceLines.ts';
import type { ParsedObject } from 'inkjs/compiler/Parser/ParsedHierarchy/Object';

/** The node that stands for content before the first knot. */
export const ROOT_NODE = '(root)';

export interface OutlineNode {
  /** `knot` or `knot.stitch`, as ink paths name them. */
  id: string;
  kind: 'root' | 'knot' | 'stitch' | 'function';
  knot?: string;
  stitch?: string;
  /** Absolute path of the file it is written in. */
  file: string;
  line: number;
  endLine: number;
}

export interface OutlineEdge {
  from: string;
  to: string;
  kind: 'divert' | 'choice' | 'tunnel' | 'thread';
}

export interface OutlineChoicePoint {
  node: string;
  /** Position among the node's choice points, in source order. */
  ordinal: number;
  choices: number;
  file: string;
  line: number;
}

export interface OutlineTag {
  node: string;
  file: string;
  line: number;
  /** The tag text without `#`, trimmed. */
  text: string;
}

export interface StoryOutline {
  nodes: OutlineNode[];
  edges: OutlineEdge[];
  /** Nodes with a divert to END or DONE. */
  endings: string[];
  choicePoints: OutlineChoicePoint[];
  tags: OutlineTag[];
}

type Located = ParsedObject & {
  debugMetadata: { startLineNumber: number; endLineNumber: number; fileName: string | null } | null;
};

export function extractOutline(
  compiler: Compiler,
  resolveFile: (fileName: string | null) => string,
  sources: ReadonlyMap<string, string>,
): StoryOutline {
  const story = compiler.parsedStory;
  const nodes: OutlineNode[] = [];
  const locate = (object: ParsedObject) => {
    const meta = (object as Located).debugMetadata;
    return {
      file: resolveFile(meta?.fileName ?? null),
      line: meta?.startLineNumber ?? 0,
      endLine: meta?.endLineNumber ?? meta?.startLineNumber ?? 0,
    };
  };

  const rootFile = resolveFile(null);
  nodes.push({ id: ROOT_NODE, kind: 'root', file: rootFile, line: 1, endLine: 1 });
  for (const knot of story.FindAll(Knot)()) {
    const name = knot.name ?? '';
    nodes.push({
      id: name,
      kind: knot.isFunction ? 'function' : 'knot',
      knot: name,
      ...locate(knot),
    });
    for (const stitch of knot.FindAll(Stitch)()) {
      const stitchName = stitch.name ?? '';
      nodes.push({
        id: `${name}.${stitchName}`,
        kind: 'stitch',
        knot: name,
        stitch: stitchName,
        ...locate(stitch),
      });
    }
  }

  const edges = new Map<string, OutlineEdge>();
  const endings = new Set<string>();
  for (const divert of story.FindAll(Divert)()) {
    // The compiler adds diverts of its own (such as the DONE after top-level content);
    // only what an author wrote counts.
    if (divert.isFunctionCall || divert.isEmpty || !hasOwnLocation(divert)) continue;
    const from = owningNode(divert);
    if (divert.isEnd || divert.isDone) {
      endings.add(from);
      continue;
    }
    if (!divert.targetContent) continue;
    const to = owningNode(divert.targetContent);
    const kind = divert.isTunnel
      ? 'tunnel'
      : divert.isThread
        ? 'thread'
        : insideChoice(divert)
          ? 'choice'
          : 'divert';
    const key = `${from}\u0000${to}\u0000${kind}`;
    if (!edges.has(key)) edges.set(key, { from, to, kind });
  }

  return {
    nodes,
    edges: [...edges.values()],
    endings: [...endings],
    choicePoints: findChoicePoints(story, locate),
    tags: findSourceTags(nodes, sources),
  };
}

function hasOwnLocation(object: ParsedObject): boolean {
  return (object as unknown as { _debugMetadata: unknown })._debugMetadata != null;
}

/** The knot or stitch an object is written in; a label resolves to its knot or stitch. */
function owningNode(object: ParsedObject): string {
  for (let current: ParsedObject | null = object; current; current = current.parent) {
    if (current instanceof Stitch) {
      const knot = current.parent;
      return knot instanceof Knot ? `${knot.name}.${current.name}` : (current.name ?? ROOT_NODE);
    }
    if (current instanceof Knot) return current.name ?? ROOT_NODE;
  }
  return ROOT_NODE;
}

/**
 * Whether a divert is taken by choosing: written in a choice's line, or in the lines under
 * a choice (a weave keeps those flat after the choice, up to the next choice or gather).
 */
function insideChoice(object: ParsedObject): boolean {
  for (let current: ParsedObject = object; current.parent; current = current.parent) {
    const parent = current.parent;
    if (parent instanceof Choice) return true;
    if (parent instanceof Knot || parent instanceof Stitch) return false;
    if (parent instanceof Weave) {
      const siblings = parent.content;
      for (let index = siblings.indexOf(current) - 1; index >= 0; index--) {
        const sibling = siblings[index];
        if (sibling instanceof Choice) return true;
        if (sibling instanceof Gather) break;
      }
    }
  }
  return false;
}

/**
 * A choice point is a run of choices in one weave, ended by a gather. Content nested under
 * a choice lives in a sub-weave and does not break the run.
 */
function findChoicePoints(
  story: Compiler['parsedStory'],
  locate: (object: ParsedObject) => { file: string; line: number },
): OutlineChoicePoint[] {
  const points: Omit<OutlineChoicePoint, 'ordinal'>[] = [];
  for (const weave of story.FindAll(Weave)()) {
    let run: Choice[] = [];
    const flush = () => {
      const first = run[0];
      if (first) {
        const { file, line } = locate(first);
        points.push({ node: owningNode(first), choices: run.length, file, line });
      }
      run = [];
    };
    for (const item of weave.content) {
      if (item instanceof Choice) run.push(item);
      else if (item instanceof Gather) flush();
    }
    flush();
  }
  points.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const ordinals = new Map<string, number>();
  return points.map((point) => {
    const ordinal = ordinals.get(point.node) ?? 0;
    ordinals.set(point.node, ordinal + 1);
    return { ...point, ordinal };
  });
}

/** Tags as written in the source, so problems can name file and line. */
function findSourceTags(nodes: OutlineNode[], sources: ReadonlyMap<string, string>): OutlineTag[] {
  const tags: OutlineTag[] = [];
  for (const [file, source] of sources) {
    const inFile = nodes.filter((node) => node.file === file && node.kind !== 'root');
    for (const { line, text } of inkSourceLines(source)) {
      const parts = text.split(/(?<!\\)#/);
      if (parts.length < 2) continue;
      const node =
        inFile
          .filter((candidate) => candidate.line <= line && line <= candidate.endLine)
          .sort((a, b) => b.line - a.line)[0]?.id ?? ROOT_NODE;
      for (const part of parts.slice(1)) {
        const tagText = part.trim();
        if (tagText) tags.push({ node, file, line, text: tagText });
      }
    }
  }
  return tags.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
