import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { compileInkFile, InkCompileError } from './compileInk.node.ts';

function compileErrors(files: Record<string, string>, entry = 'main.ink') {
  const dir = writeTree(files);
  try {
    compileInkFile(path.join(dir, entry), { displayPath: (p) => path.relative(dir, p) });
  } catch (error) {
    expect(error).toBeInstanceOf(InkCompileError);
    return (error as InkCompileError).problems;
  }
  throw new Error('expected the compile to fail');
}

describe('compileInkFile', () => {
  it('resolves INCLUDE relative to the entry file and lists every file read', () => {
    const dir = writeTree({
      'story/main.ink': 'INCLUDE parts/a.ink\n-> a\n',
      'story/parts/a.ink': 'INCLUDE parts/b.ink\n== a ==\nA\n-> b\n',
      'story/parts/b.ink': '== b ==\nB\n-> END\n',
    });
    const compiled = compileInkFile(path.join(dir, 'story/main.ink'));
    expect(compiled.files.map((f) => path.relative(dir, f))).toEqual([
      'story/main.ink',
      'story/parts/a.ink',
      'story/parts/b.ink',
    ]);
    expect(JSON.parse(compiled.json).inkVersion).toBeGreaterThan(20);
  });

  it('names file and line of a syntax error', () => {
    expect(compileErrors({ 'main.ink': 'Hello\n* [Open\n-> END\n' })).toEqual([
      expect.objectContaining({ file: 'main.ink', line: 2, severity: 'error' }),
    ]);
  });

  it('names the included file and its line for errors inside it', () => {
    const problems = compileErrors({
      'main.ink': 'INCLUDE sub.ink\nHi\n-> END\n',
      'sub.ink': 'fine\n{ missing_variable }\n',
    });
    expect(problems).toEqual([
      {
        file: 'sub.ink',
        line: 2,
        message: 'Unresolved variable: missing_variable',
        severity: 'error',
      },
    ]);
  });

  it('reports a missing INCLUDE at the line of the INCLUDE', () => {
    const [problem] = compileErrors({ 'main.ink': 'Hi\nINCLUDE gone.ink\n-> END\n' });
    expect(problem).toMatchObject({ file: 'main.ink', line: 2 });
    expect(problem?.message).toMatch(/cannot INCLUDE gone\.ink: no such file/);
  });

  it('reports a missing entry file without throwing anything else', () => {
    const dir = writeTree({});
    expect(() => compileInkFile(path.join(dir, 'nope.ink'))).toThrow(/no such file/);
  });

  it('returns warnings apart from errors', () => {
    const dir = writeTree({ 'main.ink': 'TODO: write more\nHi\n-> END\n' });
    const compiled = compileInkFile(path.join(dir, 'main.ink'));
    expect(compiled.warnings).toEqual([expect.objectContaining({ line: 1, severity: 'warning' })]);
  });
});
