/**
 * Build-time ink compilation (Node only: it reads files and uses the inkjs compiler,
 * which never ships to the browser).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';
import './inkConformance.ts';
import { formatProblem, type SourceProblem } from './problems.ts';
import { extractOutline, type StoryOutline } from './inkOutline.node.ts';

export interface CompiledInk {
  /** Compiled story JSON, as the runtime loads it. */
  json: string;
  /** Absolute paths of the entry file and every file it INCLUDEs. */
  files: string[];
  /** The text of each of those files, by absolute path. */
  sources: ReadonlyMap<string, string>;
  warnings: SourceProblem[];
  /** Present when asked for with `outline: true`. */
  outline?: StoryOutline;
}

export class InkCompileError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InkCompileError';
  }
}

const FAILED_INCLUDE = /^Failed to load: '(.+?)'\.\s*Error:\s*(?:Error:\s*)?([\s\S]*)$/;

function cleanMessage(message: string): string {
  const include = FAILED_INCLUDE.exec(message.trim());
  return include ? `cannot INCLUDE ${include[1]}: ${include[2]?.trim()}` : message.trim();
}

/** Paths under the working directory print relative to it, others in full. */
export function displayRelativeToCwd(absolutePath: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolutePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative
    : absolutePath;
}

const INK_MESSAGE = /^(ERROR|WARNING|TODO):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?([\s\S]*)$/;

export interface CompileOptions {
  /** How problem locations name files; defaults to paths relative to the working directory. */
  displayPath?: (absolutePath: string) => string;
  readFile?: (absolutePath: string) => string;
  /** Also extract the story's structure (knots, stitches, diverts, choice points, tags). */
  outline?: boolean;
  /** Count visits of every knot and stitch (the walker's coverage needs it). */
  countAllVisits?: boolean;
}

/**
 * Compiles an ink file. INCLUDE paths are resolved against the entry file's folder,
 * as inklecate does. Throws {@link InkCompileError} listing every error with file:line.
 */
export function compileInkFile(entryFile: string, options: CompileOptions = {}): CompiledInk {
  const entryPath = path.resolve(entryFile);
  const rootDir = path.dirname(entryPath);
  const displayPath = options.displayPath ?? displayRelativeToCwd;
  const readFile = options.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const files = [entryPath];
  const sources = new Map<string, string>();
  const errors: SourceProblem[] = [];
  const warnings: SourceProblem[] = [];

  const locate = (fileName: string | undefined): string =>
    displayPath(fileName ? path.resolve(rootDir, fileName) : entryPath);

  const onMessage = (raw: string): void => {
    const match = INK_MESSAGE.exec(raw.trim());
    const kind = match?.[1] ?? 'ERROR';
    const problem: SourceProblem = {
      file: locate(match?.[2]),
      message: cleanMessage(match?.[4] ?? raw),
      severity: kind === 'ERROR' ? 'error' : 'warning',
    };
    if (match?.[3]) problem.line = Number(match[3]);
    (problem.severity === 'error' ? errors : warnings).push(problem);
  };

  const fileHandler: IFileHandler = {
    ResolveInkFilename: (filename: string) => path.resolve(rootDir, filename),
    LoadInkFileContents: (filename: string) => {
      const absolute = path.resolve(rootDir, filename);
      let contents: string;
      try {
        contents = readFile(absolute);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new Error(
          code === 'ENOENT' ? `no such file (${displayPath(absolute)})` : String(error),
        );
      }
      files.push(absolute);
      sources.set(absolute, contents);
      return contents;
    },
  };

  let source: string;
  try {
    source = readFile(entryPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InkCompileError([
      {
        file: displayPath(entryPath),
        message: code === 'ENOENT' ? 'no such file' : `cannot read: ${String(error)}`,
        severity: 'error',
      },
    ]);
  }

  sources.set(entryPath, source);
  // inkjs names INCLUDEd files by the name written in the INCLUDE line; the entry file by
  // the name given here, so give it a name relative to the root folder too.
  const compiler = new Compiler(
    source,
    new CompilerOptions(
      path.basename(entryPath),
      [],
      options.countAllVisits ?? false,
      onMessage,
      fileHandler,
    ),
  );
  let json: string | undefined;
  let outline: StoryOutline | undefined;
  try {
    const story = compiler.Compile();
    if (errors.length === 0) json = story.ToJson() ?? undefined;
    if (errors.length === 0 && options.outline) {
      outline = extractOutline(
        compiler,
        (name) => (name ? path.resolve(rootDir, name) : entryPath),
        sources,
      );
    }
  } catch (error) {
    if (errors.length === 0) {
      errors.push({
        file: displayPath(entryPath),
        message: (error as Error).message,
        severity: 'error',
      });
    }
  }
  if (errors.length > 0 || json === undefined) throw new InkCompileError(errors);
  return { json, files: [...new Set(files)], sources, warnings, ...(outline ? { outline } : {}) };
}
