import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { compileInkFile } from './compileInk.node.ts';
import { renderStoryGraph } from './storyGraph.ts';

const MAIN = `INCLUDE side.ink
-> intro
=== intro ===
Hello. # calm # hook: chat
* [Talk] -> talk
* [Wander] -> side.garden
- -> talk
=== talk ===
<- whispers
A chat. # distressing
-> memory ->
* [Stay] -> talk.late
* [Leave] -> END
= late
Late now. # debrief # hook: helpline
-> DONE
=== memory ===
Remember.
->->
=== whispers ===
* [Listen] -> talk.late
=== unused ===
Nothing diverts here & <nobody> "reads" it.
-> END
=== function shout(text) ===
~ return text
`;
const SIDE = `=== side ===
= garden
Flowers. # hook: resources
-> intro
`;

function outlineOf(files: Record<string, string>) {
  const dir = writeTree(files);
  const { outline } = compileInkFile(path.join(dir, 'main.ink'), { outline: true });
  if (!outline) throw new Error('no outline');
  return outline;
}

/**
 * A small XML well-formedness check: every tag is one of `<name attr="…">`, `</name>` or
 * `<name …/>`, tags nest, attribute values and text hold no raw `<` and only known entities.
 */
function expectWellFormedXml(xml: string): void {
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[A-Za-z][\w:-]*="[^"<]*")*)\s*(\/?)>/y;
  const entity = /&(?!(?:#\d+|amp|lt|gt|quot|apos);)/;
  const open: string[] = [];
  let index = 0;
  while (index < xml.length) {
    const next = xml.indexOf('<', index);
    const text = xml.slice(index, next === -1 ? undefined : next);
    expect(entity.test(text), `bad entity in text ${JSON.stringify(text)}`).toBe(false);
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(xml);
    expect(match, `malformed tag at ${JSON.stringify(xml.slice(next, next + 60))}`).not.toBeNull();
    if (!match) return;
    const [whole, closing, name, attributes = '', selfClosing] = match;
    expect(entity.test(attributes), `bad entity in ${whole}`).toBe(false);
    if (closing) expect(open.pop(), `unbalanced ${whole}`).toBe(name);
    else if (!selfClosing) open.push(name ?? '');
    index = next + whole.length;
  }
  expect(open).toEqual([]);
}

describe('renderStoryGraph', () => {
  const outline = outlineOf({ 'main.ink': MAIN, 'side.ink': SIDE });
  const svg = renderStoryGraph(outline, { title: 'tale & co' });

  it('is one well-formed, accessible SVG document', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-labelledby="graph-title graph-desc"/,
    );
    expectWellFormedXml(svg);
    expect(svg).toContain('<title id="graph-title">Story map of tale &#38; co</title>');
    expect(svg).toMatch(
      /<desc id="graph-desc">\d+ knots and 2 stitches, joined by \d+ diverts and choices/,
    );
    expect(svg).not.toMatch(/<script|href="http|@import|url\((?!#)/);
  });

  it('draws every knot and stitch, but not functions', () => {
    for (const node of outline.nodes) {
      if (node.kind === 'function') expect(svg).not.toContain(`data-node="${node.id}"`);
      else expect(svg).toContain(`data-node="${node.id}"`);
    }
    expect(svg).toContain('>= late<');
    expect(svg).toContain('>side.ink:2<');
  });

  it('draws every divert between drawn nodes, styled by kind', () => {
    for (const edge of outline.edges) {
      expect(svg).toContain(
        `class="edge edge-${edge.kind}" data-from="${edge.from}" data-to="${edge.to}"`,
      );
    }
    expect(outline.edges.map((edge) => edge.kind)).toEqual(
      expect.arrayContaining(['choice', 'divert', 'tunnel', 'thread']),
    );
    expect(svg).toContain('>tunnel</text>');
    expect(svg).toContain('>thread</text>');
  });

  it('marks hooks, endings, passages and unreachable knots on their nodes', () => {
    const rows = svg.split('\n').filter((line) => line.startsWith('<g class="row '));
    const row = (id: string) =>
      rows.find((line) => line.includes(` data-node="${id}">`)) ?? `no row ${id}`;
    expect(row('intro')).toContain('data-hook="chat"');
    expect(row('intro')).toContain('marker-calm');
    expect(row('side.garden')).toContain('data-hook="resources"');
    expect(row('talk.late')).toContain('data-hook="helpline"');
    expect(row('talk.late')).toContain('marker-debrief');
    expect(row('talk.late')).toContain('>END<');
    expect(row('talk')).toContain('marker-distressing');
    expect(row('unused')).toContain('>no divert leads here<');
    expect(row('talk')).not.toContain('no divert leads here');
  });

  it('lays the story out from the top: a node sits below the nodes that lead to it', () => {
    const lines = svg.split('\n');
    const topOf = (id: string) => {
      const frame =
        lines[
          lines.indexOf(
            `<g class="box box-${id === '(root)' ? 'root' : 'knot'}" data-node="${id}">`,
          ) + 1
        ];
      return Number(/ y="(\d+)"/.exec(frame ?? '')?.[1]);
    };
    expect(topOf('(root)')).toBeLessThan(topOf('intro'));
    expect(topOf('intro')).toBeLessThan(topOf('talk'));
    expect(topOf('talk')).toBeLessThan(topOf('memory'));
  });

  it('marks nodes a walk did not reach when given coverage', () => {
    const covered = renderStoryGraph(outline, {
      visited: new Set(['intro', 'talk', 'side', 'side.garden', 'memory', 'whispers']),
    });
    expectWellFormedXml(covered);
    expect(covered.split('\n').find((line) => line.includes('data-node="talk.late"'))).toContain(
      '>not reached<',
    );
    expect(covered).toContain('walk never got here');
    expect(svg).not.toContain('>not reached<');
  });

  it('gives the same drawing for the same outline', () => {
    expect(renderStoryGraph(outline, { title: 'tale & co' })).toBe(svg);
  });
});
