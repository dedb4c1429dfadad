/**
 * Finds stories on disk (stories/<id>/story.json + one ink tree per locale) and compiles them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile, type CompileOptions, type CompiledInk } from '../story/compileInk.node.ts';
import type { SourceProblem } from '../story/problems.ts';
import { describeIssues, storyMetaSchema, type StoryMeta } from './storyMeta.ts';

export class StoryMetaError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
    this.name = 'StoryMetaError';
  }
}

export interface CompiledStoryLocale extends CompiledInk {
  storyId: string;
  locale: string;
  /** sha256 of the compiled JSON: saves made for other content are recognised by it. */
  contentHash: string;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function listStoryIds(storiesDir: string): string[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(storiesDir, entry.name, 'story.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

export function storyMetaPath(storiesDir: string, id: string): string {
  return path.join(storiesDir, id, 'story.json');
}

/** Reads and validates story.json; every problem names the field. */
export function loadStoryMeta(
  storiesDir: string,
  id: string,
  displayPath = (p: string) => p,
): StoryMeta {
  const file = storyMetaPath(storiesDir, id);
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`;
    throw new StoryMetaError([{ file: shown, message, severity: 'error' }]);
  }
  const parsed = storyMetaSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoryMetaError(
      describeIssues(parsed.error.issues).map((message) => ({
        file: shown,
        message,
        severity: 'error',
      })),
    );
  }
  const meta = parsed.data;
  const problems: SourceProblem[] = [];
  if (meta.id !== id)
    problems.push({
      file: shown,
      message: `id: "${meta.id}" differs from its folder name "${id}"`,
      severity: 'error',
    });
  for (const locale of meta.locales) {
    const entry = path.join(storiesDir, id, locale, meta.entry);
    if (!existsSync(entry))
      problems.push({
        file: shown,
        message: `entry: ${displayPath(entry)} does not exist`,
        severity: 'error',
      });
  }
  if (problems.length > 0) throw new StoryMetaError(problems);
  return meta;
}

export function storyEntryFile(storiesDir: string, meta: StoryMeta, locale: string): string {
  return path.join(storiesDir, meta.id, locale, meta.entry);
}

export function compileStoryLocale(
  storiesDir: string,
  meta: StoryMeta,
  locale: string,
  options: CompileOptions = {},
): CompiledStoryLocale {
  const compiled = compileInkFile(storyEntryFile(storiesDir, meta, locale), options);
  return { ...compiled, storyId: meta.id, locale, contentHash: sha256(compiled.json) };
}

/** Every file of a story (story.json and all ink of every locale), for hashing and watching. */
export function storySourceFiles(storiesDir: string, id: string): string[] {
  const root = path.join(storiesDir, id);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === 'story.json' || entry.endsWith('.ink')) files.push(full);
    }
  };
  walk(root);
  return files;
}
