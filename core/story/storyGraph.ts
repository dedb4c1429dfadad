/**
 * Draws a story's structure as a standalone SVG for content teams: knots as boxes with their
 * stitches inside, the diverts between them, help hooks, endings and passages marked as
 * distressing, calm or debrief. Layered top to bottom (longest path from the top of the story,
 * crossings reduced by barycenter ordering). No scripts, no external fonts; a title, a
 * description and a legend make it readable without the code.
 *
 * Shared code: no Node APIs.
 */
import type { OutlineEdge, OutlineNode, StoryOutline } from './inkOutline.node.ts';
import { findReachableByDiverts } from './storyWalker.ts';
import { parseTag } from './tags.ts';

export interface StoryGraphOptions {
  /** Names the story in the title (a story id or a file name). */
  title?: string;
  /** Knots and stitches a walk visited; when given, the others are marked as not reached. */
  visited?: ReadonlySet<string>;
}

type Marker =
  | { kind: 'ending' }
  | { kind: 'hook'; hook: string }
  | { kind: 'distressing' }
  | { kind: 'calm' }
  | { kind: 'debrief' }
  | { kind: 'unlinked' }
  | { kind: 'not-reached' };

interface Row {
  node: OutlineNode;
  label: string;
  location: string;
  markers: Marker[];
  /** Offset of the row's top within its box. */
  top: number;
  height: number;
}

interface Box {
  id: string;
  rows: Row[];
  width: number;
  height: number;
  layer: number;
  order: number;
  x: number;
  y: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const NAME_SIZE = 13;
const SMALL_SIZE = 11;
const ROW_HEIGHT = 24;
const MARKER_LINE = 20;
const ROW_GAP = 4;
const BOX_PADDING = 6;
const BOX_GAP = 56;
const LAYER_GAP = 72;
const MARGIN = 24;
const MIN_BOX_WIDTH = 150;
const ORDERING_SWEEPS = 6;

const EDGE_LABEL: Record<OutlineEdge['kind'], string> = {
  choice: 'choice',
  divert: 'divert',
  tunnel: 'tunnel',
  thread: 'thread',
};

/** Renders the outline as an SVG document (a string starting with `<svg`). */
export function renderStoryGraph(outline: StoryOutline, options: StoryGraphOptions = {}): string {
  const drawn = outline.nodes.filter((node) => node.kind !== 'function');
  const drawnIds = new Set(drawn.map((node) => node.id));
  const edges = outline.edges.filter((edge) => drawnIds.has(edge.from) && drawnIds.has(edge.to));
  const rootFile = outline.nodes.find((node) => node.kind === 'root')?.file ?? '';
  const markers = collectMarkers(outline, options.visited);
  const boxes = buildBoxes(drawn, markers, rootFile);
  const boxOf = new Map<string, Box>();
  for (const box of boxes) for (const row of box.rows) boxOf.set(row.node.id, box);

  const boxEdges = edges
    .map((edge) => ({ from: boxOf.get(edge.from), to: boxOf.get(edge.to) }))
    .filter(
      (edge): edge is { from: Box; to: Box } => !!edge.from && !!edge.to && edge.from !== edge.to,
    );
  assignLayers(boxes, boxEdges);
  const layers = orderLayers(boxes, boxEdges);

  const title = `Story map${options.title ? ` of ${options.title}` : ''}`;
  const legend = legendItems(options.visited !== undefined);
  const legendHeight = 28;
  const top = MARGIN + 28 + legendHeight + 16;
  const width = placeBoxes(layers, top, Math.max(legendWidth(legend), measure(title, 18)));
  const height = Math.max(...boxes.map((box) => box.y + box.height), top) + MARGIN;

  const rowOf = new Map<string, { box: Box; row: Row }>();
  for (const box of boxes) for (const row of box.rows) rowOf.set(row.node.id, { box, row });

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="graph-title graph-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title id="graph-title">${escapeXml(title)}</title>`,
    `<desc id="graph-desc">${escapeXml(describe(outline, drawn, edges, markers))}</desc>`,
    `<style>${STYLE}</style>`,
    ...ARROW_MARKERS,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}"/>`,
    `<text class="heading" x="${MARGIN}" y="${MARGIN + 18}">${escapeXml(title)}</text>`,
    drawLegend(legend, MARGIN, MARGIN + 36),
    '<g class="edges">',
  );
  for (const route of routeEdges(edges, rowOf)) parts.push(drawEdge(route));
  parts.push('</g>', '<g class="nodes">');
  for (const box of boxes) parts.push(drawBox(box));
  parts.push('</g>', '</svg>');
  return `${parts.join('\n')}\n`;
}

function collectMarkers(
  outline: StoryOutline,
  visited: ReadonlySet<string> | undefined,
): Map<string, Marker[]> {
  const markers = new Map<string, Marker[]>();
  const add = (node: string, marker: Marker) => {
    const list = markers.get(node) ?? [];
    if (!list.some((known) => JSON.stringify(known) === JSON.stringify(marker))) list.push(marker);
    markers.set(node, list);
  };
  for (const tag of outline.tags) {
    const parsed = parseTag(tag.text);
    if (!parsed.ok) continue;
    const { tag: value } = parsed;
    if (value.kind === 'hook') add(tag.node, { kind: 'hook', hook: value.hook });
    else if (value.kind === 'distressing' || value.kind === 'calm' || value.kind === 'debrief')
      add(tag.node, { kind: value.kind });
  }
  for (const node of outline.endings) add(node, { kind: 'ending' });
  const reachable = findReachableByDiverts(outline);
  for (const node of outline.nodes) {
    if (node.kind === 'root' || node.kind === 'function') continue;
    if (!reachable.has(node.id)) add(node.id, { kind: 'unlinked' });
    else if (visited && !visited.has(node.id)) add(node.id, { kind: 'not-reached' });
  }
  return markers;
}

function buildBoxes(nodes: OutlineNode[], markers: Map<string, Marker[]>, rootFile: string): Box[] {
  const rootDir = rootFile.slice(
    0,
    Math.max(rootFile.lastIndexOf('/'), rootFile.lastIndexOf('\\')) + 1,
  );
  const locate = (node: OutlineNode) =>
    `${node.file.startsWith(rootDir) ? node.file.slice(rootDir.length) : node.file}:${node.line}`;
  const boxes: Box[] = [];
  const byKnot = new Map<string, Box>();
  const makeRow = (node: OutlineNode, label: string): Row => {
    const rowMarkers = markers.get(node.id) ?? [];
    return {
      node,
      label,
      location: locate(node),
      markers: rowMarkers,
      top: 0,
      height: ROW_HEIGHT + (rowMarkers.length > 0 ? MARKER_LINE : 0),
    };
  };
  for (const node of nodes) {
    if (node.kind === 'stitch') continue;
    const box: Box = {
      id: node.id,
      rows: [makeRow(node, node.kind === 'root' ? 'Start' : node.id)],
      width: 0,
      height: 0,
      layer: 0,
      order: 0,
      x: 0,
      y: 0,
    };
    boxes.push(box);
    byKnot.set(node.id, box);
  }
  for (const node of nodes) {
    if (node.kind !== 'stitch') continue;
    const box = byKnot.get(node.knot ?? '');
    if (box) box.rows.push(makeRow(node, `= ${node.stitch ?? node.id}`));
  }
  for (const box of boxes) {
    let offset = BOX_PADDING;
    let width = MIN_BOX_WIDTH;
    box.rows.forEach((row, index) => {
      row.top = offset;
      offset += row.height + ROW_GAP;
      const nameWidth =
        measure(row.label, NAME_SIZE, index === 0) + 10 + measure(row.location, SMALL_SIZE);
      const markersWidth = row.markers.reduce((sum, marker) => sum + markerWidth(marker) + 6, 0);
      width = Math.max(width, nameWidth + 28, markersWidth + 24);
    });
    box.width = Math.ceil(width);
    box.height = offset - ROW_GAP + BOX_PADDING;
  }
  return boxes;
}

/** Longest-path layering from the sources, after dropping the edges that close cycles. */
function assignLayers(boxes: Box[], edges: { from: Box; to: Box }[]): void {
  const outgoing = new Map<Box, Box[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge.to]);
  const state = new Map<Box, 'open' | 'done'>();
  const forward = new Map<Box, Box[]>();
  const postOrder: Box[] = [];
  const visit = (start: Box) => {
    // Iterative depth-first search: stories can be deep enough to overflow a recursive one.
    const stack: { box: Box; next: number }[] = [{ box: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const targets = outgoing.get(frame.box) ?? [];
      const target = targets[frame.next++];
      if (target === undefined) {
        state.set(frame.box, 'done');
        postOrder.push(frame.box);
        stack.pop();
        continue;
      }
      const seen = state.get(target);
      if (seen === 'open') continue;
      forward.set(frame.box, [...(forward.get(frame.box) ?? []), target]);
      if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ box: target, next: 0 });
      }
    }
  };
  for (const box of boxes) if (!state.has(box)) visit(box);
  for (const box of postOrder.reverse()) {
    for (const target of forward.get(box) ?? [])
      target.layer = Math.max(target.layer, box.layer + 1);
  }
}

/** Orders each layer by the barycenter of its neighbours, sweeping down and up. */
function orderLayers(boxes: Box[], edges: { from: Box; to: Box }[]): Box[][] {
  const layers: Box[][] = [];
  for (const box of boxes) (layers[box.layer] ??= []).push(box);
  const dense = layers.filter((layer) => layer.length > 0);
  const position = (box: Box) => (box.order + 0.5) / (dense[box.layer]?.length ?? 1);
  dense.forEach((layer, index) => {
    layer.forEach((box, order) => {
      box.layer = index;
      box.order = order;
    });
  });
  const neighbours = new Map<Box, { above: Box[]; below: Box[] }>();
  for (const box of boxes) neighbours.set(box, { above: [], below: [] });
  for (const { from, to } of edges) {
    if (from.layer < to.layer) {
      neighbours.get(to)?.above.push(from);
      neighbours.get(from)?.below.push(to);
    } else if (from.layer > to.layer) {
      neighbours.get(from)?.above.push(to);
      neighbours.get(to)?.below.push(from);
    }
  }
  const reorder = (layer: Box[], side: 'above' | 'below') => {
    const centre = new Map<Box, number>();
    for (const box of layer) {
      const around = neighbours.get(box)?.[side] ?? [];
      centre.set(
        box,
        around.length
          ? around.reduce((sum, other) => sum + position(other), 0) / around.length
          : position(box),
      );
    }
    layer.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || a.order - b.order);
    layer.forEach((box, order) => (box.order = order));
  };
  for (let sweep = 0; sweep < ORDERING_SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (const layer of dense.slice(1)) reorder(layer, 'above');
    else for (const layer of dense.slice(0, -1).reverse()) reorder(layer, 'below');
  }
  return dense;
}

/** Centres each layer's row of boxes; returns the drawing's width. */
function placeBoxes(layers: Box[][], top: number, minWidth: number): number {
  const rowWidths = layers.map(
    (layer) =>
      layer.reduce((sum, box) => sum + box.width, 0) + BOX_GAP * Math.max(0, layer.length - 1),
  );
  // Room on both sides for edges that loop around the boxes.
  const inner = Math.max(minWidth, ...rowWidths);
  const width = inner + 2 * (MARGIN + BOX_GAP);
  let y = top;
  layers.forEach((layer, index) => {
    let x = MARGIN + BOX_GAP + (inner - (rowWidths[index] ?? 0)) / 2;
    for (const box of layer) {
      box.x = Math.round(x);
      box.y = y;
      x += box.width + BOX_GAP;
    }
    y += Math.max(...layer.map((box) => box.height)) + LAYER_GAP;
  });
  return Math.ceil(width);
}

interface Anchor {
  box: Box;
  row: Row;
}

interface Port {
  x: number;
  y: number;
  /** The direction the edge leaves or enters in. */
  dx: number;
  dy: number;
}

interface Route {
  edge: OutlineEdge;
  start: Port;
  end: Port;
}

/**
 * Picks where each edge leaves and enters. Between boxes going down: a knot leaves from its
 * bottom and is entered from its top; a stitch leaves from the right of its row and is entered
 * from the left of its row. Edges going back up run along the right side, edges within one
 * knot along its left side. Several edges at one side of a box are spread along it.
 */
function routeEdges(edges: OutlineEdge[], rowOf: Map<string, Anchor>): Route[] {
  const routes: Route[] = [];
  const bottom = new Map<Box, Route[]>();
  const top = new Map<Box, Route[]>();
  const left = new Map<Box, number>();
  const push = (map: Map<Box, Route[]>, box: Box, route: Route) =>
    map.set(box, [...(map.get(box) ?? []), route]);
  for (const edge of edges) {
    const from = rowOf.get(edge.from);
    const to = rowOf.get(edge.to);
    if (!from || !to) continue;
    const fromY = from.box.y + from.row.top + ROW_HEIGHT / 2;
    const toY = to.box.y + to.row.top + ROW_HEIGHT / 2;
    if (from.box === to.box) {
      const lane = left.get(from.box) ?? 0;
      left.set(from.box, lane + 1);
      const bulge = 18 + 8 * lane;
      const endY = from.row === to.row ? toY + 8 : toY;
      routes.push({
        edge,
        start: { x: from.box.x, y: fromY, dx: -bulge, dy: 0 },
        end: { x: to.box.x, y: endY, dx: -bulge, dy: 0 },
      });
      continue;
    }
    if (to.box.layer <= from.box.layer) {
      const reach = 36 + Math.abs(toY - fromY) * 0.15;
      routes.push({
        edge,
        start: { x: from.box.x + from.box.width, y: fromY, dx: reach, dy: 0 },
        end: { x: to.box.x + to.box.width, y: toY, dx: reach, dy: 0 },
      });
      continue;
    }
    const reach = Math.max(30, (to.box.y - (from.box.y + from.box.height)) / 2);
    const route: Route = {
      edge,
      start:
        from.row.node.kind === 'stitch'
          ? { x: from.box.x + from.box.width, y: fromY, dx: reach, dy: 0 }
          : { x: 0, y: from.box.y + from.box.height, dx: 0, dy: reach },
      end:
        to.row.node.kind === 'stitch'
          ? { x: to.box.x, y: toY, dx: -reach, dy: 0 }
          : { x: 0, y: to.box.y, dx: 0, dy: -reach },
    };
    if (route.start.dy !== 0) push(bottom, from.box, route);
    if (route.end.dy !== 0) push(top, to.box, route);
    routes.push(route);
  }
  const centre = (box: Box) => box.x + box.width / 2;
  const spread = (map: Map<Box, Route[]>, port: 'start' | 'end', other: (route: Route) => Box) => {
    for (const [box, list] of map) {
      list.sort((a, b) => centre(other(a)) - centre(other(b)));
      list.forEach((route, index) => {
        route[port].x = Math.round(box.x + (box.width * (index + 1)) / (list.length + 1));
      });
    }
  };
  const boxOf = (id: string) => rowOf.get(id)?.box as Box;
  spread(bottom, 'start', (route) => boxOf(route.edge.to));
  spread(top, 'end', (route) => boxOf(route.edge.from));
  return routes;
}

function drawEdge({ edge, start, end }: Route): string {
  // Stop short of the box so the arrowhead stays outside it.
  const endX = end.x - Math.sign(end.dx);
  const endY = end.y - Math.sign(end.dy);
  const path = `M ${round(start.x)} ${round(start.y)} C ${round(start.x + start.dx)} ${round(start.y + start.dy)}, ${round(end.x + end.dx)} ${round(end.y + end.dy)}, ${round(endX)} ${round(endY)}`;
  // The curve's midpoint (t = 0.5 of the cubic) carries the label.
  const midX = (start.x + 3 * (start.x + start.dx) + 3 * (end.x + end.dx) + end.x) / 8;
  const midY = (start.y + 3 * (start.y + start.dy) + 3 * (end.y + end.dy) + end.y) / 8;
  const label =
    edge.kind === 'tunnel' || edge.kind === 'thread'
      ? `<text class="edge-label edge-label-${edge.kind}" x="${round(midX)}" y="${round(midY - 4)}" text-anchor="middle">${EDGE_LABEL[edge.kind]}</text>`
      : '';
  return (
    `<g class="edge edge-${edge.kind}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}">` +
    `<title>${escapeXml(`${EDGE_LABEL[edge.kind]}: ${edge.from} → ${edge.to}`)}</title>` +
    `<path d="${path}" marker-end="url(#arrow-${edge.kind})"/>${label}</g>`
  );
}

/** One line per box frame and per row, so the drawing reads well as text too. */
function drawBox(box: Box): string {
  const head = box.rows[0];
  const unlinked = (row: Row | undefined) =>
    row?.markers.some((marker) => marker.kind === 'unlinked') ? ' unlinked' : '';
  const lines = [
    `<g class="box box-${head?.node.kind ?? 'knot'}" data-node="${escapeXml(box.id)}">`,
    `<rect class="box-frame${unlinked(head)}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8"/>`,
  ];
  box.rows.forEach((row, index) => {
    const x = box.x + 8;
    const y = box.y + row.top;
    const isStitch = row.node.kind === 'stitch';
    const nameX = x + (isStitch ? 6 : 2);
    const baseline = y + 16;
    const parts = [
      `<g class="row row-${row.node.kind}" data-node="${escapeXml(row.node.id)}">`,
      `<title>${escapeXml(describeRow(row))}</title>`,
      isStitch
        ? `<rect class="stitch-frame${unlinked(row)}" x="${x - 2}" y="${y}" width="${box.width - 12}" height="${row.height}" rx="5"/>`
        : '',
      `<text class="${index === 0 && !isStitch ? 'name knot-name' : 'name'}" x="${nameX}" y="${baseline}">${escapeXml(row.label)}</text>`,
      `<text class="location" x="${box.x + box.width - 10}" y="${baseline}" text-anchor="end">${escapeXml(row.location)}</text>`,
    ];
    let markerX = nameX;
    for (const marker of row.markers) {
      parts.push(drawMarker(marker, markerX, y + ROW_HEIGHT));
      markerX += markerWidth(marker) + 6;
    }
    lines.push(`${parts.join('')}</g>`);
  });
  lines.push('</g>');
  return lines.join('\n');
}

function markerText(marker: Marker): string {
  switch (marker.kind) {
    case 'ending':
      return 'END';
    case 'hook':
      return `hook: ${marker.hook}`;
    case 'unlinked':
      return 'no divert leads here';
    case 'not-reached':
      return 'not reached';
    default:
      return marker.kind;
  }
}

function markerWidth(marker: Marker): number {
  return Math.ceil(measure(markerText(marker), SMALL_SIZE) + 12);
}

function drawMarker(marker: Marker, x: number, y: number): string {
  const width = markerWidth(marker);
  return (
    `<g class="marker marker-${marker.kind}"${marker.kind === 'hook' ? ` data-hook="${escapeXml(marker.hook)}"` : ''}>` +
    `<rect x="${x}" y="${y}" width="${width}" height="16" rx="8"/>` +
    `<text x="${x + width / 2}" y="${y + 12}" text-anchor="middle">${escapeXml(markerText(marker))}</text></g>`
  );
}

interface LegendItem {
  kind: 'edge' | 'marker';
  key: string;
  text: string;
}

function legendItems(withCoverage: boolean): LegendItem[] {
  const items: LegendItem[] = [
    { kind: 'edge', key: 'choice', text: 'choice' },
    { kind: 'edge', key: 'divert', text: 'divert' },
    { kind: 'edge', key: 'tunnel', text: 'tunnel' },
    { kind: 'edge', key: 'thread', text: 'thread' },
    { kind: 'marker', key: 'ending', text: 'ends the story' },
    { kind: 'marker', key: 'hook', text: 'offers help' },
    { kind: 'marker', key: 'distressing', text: 'no help prompt' },
    { kind: 'marker', key: 'calm', text: 'prompt allowed' },
    { kind: 'marker', key: 'unlinked', text: 'unreachable' },
  ];
  if (withCoverage) items.push({ kind: 'marker', key: 'not-reached', text: 'walk never got here' });
  return items;
}

const LEGEND_SAMPLE: Record<string, Marker> = {
  ending: { kind: 'ending' },
  hook: { kind: 'hook', hook: '…' },
  distressing: { kind: 'distressing' },
  calm: { kind: 'calm' },
  unlinked: { kind: 'unlinked' },
  'not-reached': { kind: 'not-reached' },
};

function legendItemWidth(item: LegendItem): number {
  const sample = LEGEND_SAMPLE[item.key];
  return (
    (item.kind === 'edge' ? 34 : sample ? markerWidth(sample) + 6 : 0) +
    measure(item.text, SMALL_SIZE) +
    18
  );
}

function legendWidth(items: LegendItem[]): number {
  return items.reduce((sum, item) => sum + legendItemWidth(item), 0);
}

function drawLegend(items: LegendItem[], left: number, top: number): string {
  const parts = [`<g class="legend" aria-label="Legend">`];
  let x = left;
  for (const item of items) {
    const sample = LEGEND_SAMPLE[item.key];
    let textX = x;
    if (item.kind === 'edge') {
      parts.push(
        `<g class="edge edge-${item.key}"><path d="M ${x} ${top + 8} L ${x + 28} ${top + 8}" marker-end="url(#arrow-${item.key})"/></g>`,
      );
      textX = x + 34;
    } else if (sample) {
      parts.push(drawMarker(sample, x, top));
      textX = x + markerWidth(sample) + 6;
    }
    parts.push(
      `<text class="legend-text" x="${textX}" y="${top + 12}">${escapeXml(item.text)}</text>`,
    );
    x += legendItemWidth(item);
  }
  parts.push('</g>');
  return parts.join('');
}

function describeRow(row: Row): string {
  const kind = row.node.kind === 'root' ? 'start of the story' : row.node.kind;
  const notes = row.markers.map(markerText);
  return `${kind} ${row.node.kind === 'root' ? '' : `${row.node.id} `}(${row.location})${notes.length ? `: ${notes.join(', ')}` : ''}`.replace(
    '  ',
    ' ',
  );
}

function describe(
  outline: StoryOutline,
  drawn: OutlineNode[],
  edges: OutlineEdge[],
  markers: Map<string, Marker[]>,
): string {
  const count = (kind: OutlineNode['kind']) => drawn.filter((node) => node.kind === kind).length;
  const hooks = [...markers].flatMap(([node, list]) =>
    list.flatMap((marker) => (marker.kind === 'hook' ? [`${marker.hook} in ${node}`] : [])),
  );
  const sentences = [
    `${count('knot')} knots and ${count('stitch')} stitches, joined by ${edges.length} diverts and choices, laid out from the start of the story downwards.`,
    outline.endings.length
      ? `Endings: ${outline.endings.join(', ')}.`
      : 'No knot ends the story with END or DONE.',
    hooks.length ? `Help hooks: ${hooks.join(', ')}.` : 'No help hooks.',
  ];
  return sentences.join(' ');
}

/** Approximate text width: no fonts are available to measure with, so err on the wide side. */
function measure(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.64 : 0.58);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const EDGE_COLOURS: Record<OutlineEdge['kind'], string> = {
  choice: '#1f5fbf',
  divert: '#4a4a4a',
  tunnel: '#7b2fa8',
  thread: '#0f6e66',
};

const ARROW_MARKERS = [
  '<defs>',
  ...Object.entries(EDGE_COLOURS).map(
    ([kind, colour]) =>
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>`,
  ),
  '</defs>',
];

const STYLE = [
  `text { font-family: ${FONT}; fill: #1b1b1b; }`,
  '.background { fill: #ffffff; }',
  '.heading { font-size: 18px; font-weight: 700; }',
  `.name { font-size: ${NAME_SIZE}px; }`,
  '.knot-name { font-weight: 700; }',
  `.location, .legend-text, .edge-label { font-size: ${SMALL_SIZE}px; fill: #4d4d4d; }`,
  '.box-frame { fill: #f6f7f9; stroke: #5c6370; stroke-width: 1.5; }',
  '.box-root .box-frame { fill: #eef4ff; }',
  '.stitch-frame { fill: #ffffff; stroke: #8a909a; stroke-width: 1; }',
  '.unlinked { stroke-dasharray: 5 4; }',
  '.edge path { fill: none; stroke-width: 1.6; }',
  ...Object.entries(EDGE_COLOURS).map(
    ([kind, colour]) => `.edge-${kind} path { stroke: ${colour}; }`,
  ),
  '.edge-tunnel path { stroke-dasharray: 7 4; }',
  '.edge-thread path { stroke-dasharray: 2 3; }',
  `.edge-label-tunnel { fill: ${EDGE_COLOURS.tunnel}; }`,
  `.edge-label-thread { fill: ${EDGE_COLOURS.thread}; }`,
  `.marker text { font-size: ${SMALL_SIZE}px; font-weight: 600; }`,
  '.marker-ending rect { fill: #fde2e1; stroke: #b3261e; } .marker-ending text { fill: #7f1710; }',
  '.marker-hook rect { fill: #e3edff; stroke: #1f5fbf; } .marker-hook text { fill: #0b3478; }',
  '.marker-distressing rect { fill: #ffe9d1; stroke: #a14f00; } .marker-distressing text { fill: #6b3400; }',
  '.marker-calm rect, .marker-debrief rect { fill: #e1f4e3; stroke: #2e7d32; } .marker-calm text, .marker-debrief text { fill: #1b4d1e; }',
  '.marker-unlinked rect, .marker-not-reached rect { fill: #eeeeee; stroke: #6b6b6b; stroke-dasharray: 3 2; } .marker-unlinked text, .marker-not-reached text { fill: #333333; }',
].join('\n');
