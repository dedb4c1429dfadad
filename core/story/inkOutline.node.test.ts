import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { compileInkFile } from './compileInk.node.ts';

const MAIN = `INCLUDE side.ink
-> start
== start ==
Hello # scene: kitchen
* [Left] -> left
* [Right] -> side.deep
* [Stay]
- Gathered. # calm # hook: chat
* [Again] -> start.inner
* [Done] -> END
= inner
Inner // a comment # not a tag
-> DONE
== left ==
/* # hidden: tag */
Left. # technique: isolation
-> END
== function helper ==
~ return 1
`;
const SIDE = `== side ==
= deep
Deep. # distressing
-> start
`;

describe('story outline', () => {
  const dir = writeTree({ 'main.ink': MAIN, 'side.ink': SIDE });
  const { outline } = compileInkFile(path.join(dir, 'main.ink'), { outline: true });
  if (!outline) throw new Error('no outline');
  const rel = (file: string) => path.relative(dir, file);

  it('lists knots, stitches and functions with their file and line', () => {
    expect(outline.nodes.map((n) => [n.id, n.kind, rel(n.file), n.line])).toEqual([
      ['(root)', 'root', 'main.ink', 1],
      ['side', 'knot', 'side.ink', 1],
      ['side.deep', 'stitch', 'side.ink', 2],
      ['start', 'knot', 'main.ink', 3],
      ['start.inner', 'stitch', 'main.ink', 11],
      ['left', 'knot', 'main.ink', 14],
      ['helper', 'function', 'main.ink', 18],
    ]);
  });

  it('finds the diverts between them and the endings', () => {
    expect(outline.edges).toEqual(
      expect.arrayContaining([
        { from: '(root)', to: 'start', kind: 'divert' },
        { from: 'start', to: 'left', kind: 'choice' },
        { from: 'start', to: 'side.deep', kind: 'choice' },
        { from: 'start', to: 'start.inner', kind: 'choice' },
        { from: 'side.deep', to: 'start', kind: 'divert' },
      ]),
    );
    expect(outline.edges).toHaveLength(5);
    expect(outline.endings.sort()).toEqual(['left', 'start', 'start.inner']);
  });

  it('counts the choices at each choice point', () => {
    expect(outline.choicePoints.map((p) => [p.node, p.ordinal, p.choices, p.line])).toEqual([
      ['start', 0, 3, 5],
      ['start', 1, 2, 9],
    ]);
  });

  it('reads tags from the source with their line, skipping comments', () => {
    expect(outline.tags.map((t) => [t.node, rel(t.file), t.line, t.text])).toEqual([
      ['start', 'main.ink', 4, 'scene: kitchen'],
      ['start', 'main.ink', 8, 'calm'],
      ['start', 'main.ink', 8, 'hook: chat'],
      ['left', 'main.ink', 16, 'technique: isolation'],
      ['side.deep', 'side.ink', 3, 'distressing'],
    ]);
  });

  it('counts a divert under a choice, or under a gather inside its branch, as taken by choosing', () => {
    const source = [
      '-> k',
      '== k ==',
      '* [Go]',
      '  Text.',
      '  -> a',
      '* [Deeper]',
      '  ** [Y] -> a',
      '  ** [Z]',
      '  -- -> b',
      '- -> b',
      '== a ==',
      '-> END',
      '== b ==',
      '-> END',
    ].join('\n');
    const tree = writeTree({ 'main.ink': source });
    const edges = compileInkFile(path.join(tree, 'main.ink'), { outline: true }).outline?.edges;
    expect(edges).toEqual([
      { from: '(root)', to: 'k', kind: 'divert' },
      { from: 'k', to: 'a', kind: 'choice' },
      { from: 'k', to: 'b', kind: 'choice' },
      { from: 'k', to: 'b', kind: 'divert' },
    ]);
  });
});
