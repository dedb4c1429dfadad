/** Writes tiny real ink trees to a temporary folder, for tests that compile for real. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileInkFile } from '../story/compileInk.node.ts';

export function writeTree(files: Record<string, string>, prefix = 'offramp-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, contents] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, contents);
  }
  return dir;
}

/** Compiles one ink source (optionally with files it INCLUDEs) and returns the JSON. */
export function compileInkSource(main: string, includes: Record<string, string> = {}): string {
  const dir = writeTree({ 'main.ink': main, ...includes });
  return compileInkFile(path.join(dir, 'main.ink')).json;
}
