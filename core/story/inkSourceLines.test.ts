import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from './compileInk.node.ts';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { readInkSourceLines, type InkSourceLine } from './inkSourceLines.ts';

/** Every fixture is real ink: it must compile, so the reading aid is tested on what authors write. */
function read(source: string): InkSourceLine[] {
  const dir = writeTree({ 'main.ink': source });
  compileInkFile(path.join(dir, 'main.ink'));
  return readInkSourceLines(source);
}

function only(source: string): InkSourceLine {
  const [line, ...rest] = read(source);
  expect(rest.filter((other) => other.kind !== 'divert' && other.kind !== 'heading')).toEqual([]);
  if (!line) throw new Error('no line');
  return line;
}

describe('readInkSourceLines', () => {
  it('drops comments, TODOs and blank lines but keeps the line numbers of the rest', () => {
    const lines = read(
      '// a comment\nHello. // said softly\n\n/* a block\n   comment */ Bye.\nTODO: write more\n-> END\n',
    );
    expect(lines.map((line) => [line.line, line.kind])).toEqual([
      [2, 'text'],
      [5, 'text'],
      [7, 'divert'],
    ]);
    expect(lines[0]).toMatchObject({ parts: [{ kind: 'text', text: 'Hello.' }] });
    expect(lines[1]).toMatchObject({ parts: [{ kind: 'text', text: 'Bye.' }] });
  });

  it('reads text with its tags and a divert at the end of the line', () => {
    expect(only('Run! # speaker: Kai # distressing\n-> END\n')).toMatchObject({
      kind: 'text',
      parts: [{ kind: 'text', text: 'Run!' }],
      tags: ['speaker: Kai', 'distressing'],
    });
    expect(only('Run! -> END\n')).toMatchObject({
      kind: 'text',
      parts: [{ kind: 'text', text: 'Run!' }],
      divert: 'END',
      tags: [],
    });
  });

  it('tells what a choice shows from what it prints, with depth, stickiness, label and conditions', () => {
    const lines = read(
      [
        'VAR trust = 1',
        '* (ask) {trust > 0} {not ask} "Who[?"] are you?" you ask. # hook: chat',
        '    * * [Nod] -> END',
        '+ [Wait] -> END',
        '* -> END',
      ].join('\n'),
    );
    expect(lines[1]).toMatchObject({
      kind: 'choice',
      depth: 1,
      sticky: false,
      label: 'ask',
      conditions: ['trust > 0', 'not ask'],
      choiceText: [{ kind: 'text', text: '"Who?"' }],
      outputText: [{ kind: 'text', text: '"Who are you?" you ask.' }],
      bracketed: true,
      tags: ['hook: chat'],
    });
    expect(lines[2]).toMatchObject({ kind: 'choice', depth: 2, indent: 4, divert: 'END' });
    expect(lines[3]).toMatchObject({
      kind: 'choice',
      sticky: true,
      choiceText: [{ text: 'Wait' }],
    });
    expect(lines[4]).toMatchObject({ kind: 'choice', choiceText: [], divert: 'END' });
  });

  it('reads gathers, diverts, tunnels and threads', () => {
    const lines = read(
      [
        '* [A]',
        '* [B]',
        '- (joined) Together again. -> next',
        '=== next ===',
        '-> tunnel ->',
        '<- side',
        '-> END',
        '=== tunnel ===',
        'Inside.',
        '->->',
        '=== side ===',
        'Aside.',
        '-> DONE',
      ].join('\n'),
    );
    expect(lines[2]).toMatchObject({
      kind: 'gather',
      depth: 1,
      label: 'joined',
      parts: [{ kind: 'text', text: 'Together again.' }],
      divert: 'next',
    });
    expect(lines[3]).toMatchObject({ kind: 'heading', level: 'knot', name: 'next' });
    expect(lines[4]).toMatchObject({ kind: 'divert', divert: 'tunnel ->' });
    expect(lines[5]).toMatchObject({ kind: 'thread', target: 'side' });
    expect(lines.find((line) => line.line === 10)).toMatchObject({ kind: 'divert', divert: '->' });
  });

  it('shows variables, logic and multi-line conditions as logic, and the text inside as text', () => {
    const lines = read(
      [
        'VAR home = false',
        '~ home = true',
        '{ home:',
        '    You are home. # calm',
        '- else:',
        '    You are out.',
        '}',
        '-> END',
        '=== function double(x) ===',
        '~ return x * 2',
      ].join('\n'),
    );
    expect(lines.map((line) => line.kind)).toEqual([
      'logic',
      'logic',
      'logic',
      'text',
      'logic',
      'text',
      'logic',
      'divert',
      'heading',
      'logic',
    ]);
    expect(lines[3]).toMatchObject({ indent: 4, tags: ['calm'] });
    expect(lines[8]).toMatchObject({ level: 'function', name: 'double(x)' });
  });

  it('splits inline conditions and alternatives out of the words, and unescapes', () => {
    const [declaration, text] = read(
      'VAR home = false\n{home: Safe.|Lost.} {&Tick|Tock} {~Red|Blue} {!Once|Again} {home} \\{not logic\\} 50\\% # mood: calm\n',
    );
    expect(declaration?.kind).toBe('logic');
    expect(text).toMatchObject({
      kind: 'text',
      tags: ['mood: calm'],
      parts: [
        {
          kind: 'conditional',
          condition: 'home',
          whenTrue: [{ kind: 'text', text: 'Safe.' }],
          otherwise: [{ kind: 'text', text: 'Lost.' }],
        },
        { kind: 'text', text: ' ' },
        { kind: 'alternatives', mode: 'cycle', options: [[{ text: 'Tick' }], [{ text: 'Tock' }]] },
        { kind: 'text', text: ' ' },
        { kind: 'alternatives', mode: 'shuffle' },
        { kind: 'text', text: ' ' },
        { kind: 'alternatives', mode: 'once' },
        { kind: 'text', text: ' ' },
        { kind: 'logic', code: '{home}' },
        { kind: 'text', text: ' {not logic} 50%' },
      ],
    });
  });
});
