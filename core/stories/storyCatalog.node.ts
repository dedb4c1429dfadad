/**
 * Finds stories on disk (stories/<id>/story.json + one ink tree per locale) and compiles them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile, type CompileOptions, type CompiledInk } from '../story/compileInk.node.ts';
import { formatProblem, type SourceProblem } from '../story/problems.ts';
import { describeIssues, storyMetaSchema, type StoryMeta } from './storyMeta.ts';
import { jsonFieldLine, lineAt } from './jsonLocation.ts';

export class StoryMetaError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map(formatProblem).join('\n'));
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

/**
 * Reads and validates story.json, collecting every problem with the line of its field.
 * `meta` is present when the file is valid enough to use.
 */
export function readStoryMeta(
  storiesDir: string,
  id: string,
  displayPath: (absolutePath: string) => string = (p) => p,
): { meta?: StoryMeta; problems: SourceProblem[] } {
  const metaFile = storyMetaPath(storiesDir, id);
  const file = displayPath(metaFile);
  const problem = (message: string, line?: number): SourceProblem => ({
    file,
    message,
    severity: 'error',
    ...(line ? { line } : {}),
  });
  let text: string;
  try {
    text = readFileSync(metaFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [problem(code === 'ENOENT' ? 'no such file' : `cannot read: ${String(error)}`)],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : undefined;
    return {
      problems: [
        problem(`not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`, line),
      ],
    };
  }
  const parsed = storyMetaSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) =>
        problem(describeIssues([issue])[0] ?? issue.message, jsonFieldLine(text, issue.path)),
      ),
    };
  }
  const meta = parsed.data;
  const problems: SourceProblem[] = [];
  if (meta.id !== id) {
    problems.push(
      problem(`id: "${meta.id}" differs from its folder name "${id}"`, jsonFieldLine(text, ['id'])),
    );
  }
  for (const locale of meta.locales) {
    // The folder, not the id written in story.json, says where the ink lives.
    const entryFile = path.join(storiesDir, id, locale, meta.entry);
    if (!existsSync(entryFile)) {
      problems.push(
        problem(`entry: ${displayPath(entryFile)} does not exist`, jsonFieldLine(text, ['entry'])),
      );
    }
  }
  return { meta, problems };
}

/** Like {@link readStoryMeta}, but throws {@link StoryMetaError} on any problem. */
export function loadStoryMeta(
  storiesDir: string,
  id: string,
  displayPath = (p: string) => p,
): StoryMeta {
  const { meta, problems } = readStoryMeta(storiesDir, id, displayPath);
  if (!meta || problems.length > 0) throw new StoryMetaError(problems);
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
