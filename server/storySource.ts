/**
 * Where the server gets its stories: the build's output in production, the ink sources
 * (compiled on request) in development.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { storyManifestSchema, type StoryManifest } from '../core/protocol/storyApi.ts';
import {
  compileStoryLocale,
  listStoryIds,
  loadStoryMeta,
  storySourceFiles,
  StoryMetaError,
} from '../core/stories/storyCatalog.node.ts';
import { describeIssues, summariseStory, type StorySummary } from '../core/stories/storyMeta.ts';
import { displayRelativeToCwd, InkCompileError } from '../core/story/compileInk.node.ts';
import { formatProblem, type SourceProblem } from '../core/story/problems.ts';
import { storyContentHash } from '../core/ethics/storyContentHash.node.ts';

export interface CompiledStory {
  contentHash: string;
  /** The compiled story JSON exactly as the compiler wrote it (whole floats stay `2.0`). */
  json: string;
}

/** A story as listed, with the hash of its sources that ethics approvals bind to. */
export interface SourcedStorySummary extends StorySummary {
  sourceHash: string;
}

export interface StorySource {
  list(): Promise<SourcedStorySummary[]>;
  get(id: string, locale: string): Promise<(CompiledStory & { sourceHash: string }) | undefined>;
}

/** The build's story manifest is missing or wrong: the server cannot start. */
export class StoryManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryManifestError';
  }
}

/** A story's sources do not compile (development only: production serves what was built). */
export class StoryBuildError extends Error {
  constructor(
    readonly storyId: string,
    readonly problems: SourceProblem[],
  ) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(first ? `${formatProblem(first)}${more}` : `story ${storyId} does not compile`);
    this.name = 'StoryBuildError';
  }
}

const MANIFEST_PATH = path.join('stories', 'manifest.json');

/** Reads dist/stories/manifest.json once, at startup; compiled files are read on first use. */
export function builtStorySource(distDir: string): StorySource {
  const storiesDir = path.resolve(distDir, 'stories');
  const manifestFile = path.resolve(distDir, MANIFEST_PATH);
  const manifest = readManifest(manifestFile);
  const shown = displayRelativeToCwd(manifestFile);

  const files = new Map<string, { file: string; contentHash: string; sourceHash: string }>();
  const seen = new Set<string>();
  for (const story of manifest.stories) {
    if (seen.has(story.id)) {
      throw new StoryManifestError(`${shown}: story ${story.id} is listed twice`);
    }
    seen.add(story.id);
    for (const locale of story.locales) {
      const compiled = story.compiled[locale];
      if (!compiled) {
        throw new StoryManifestError(`${shown}: story ${story.id} has no compiled ${locale} file`);
      }
      const file = path.resolve(storiesDir, compiled.file);
      if (!isInside(storiesDir, file)) {
        throw new StoryManifestError(
          `${shown}: ${compiled.file} lies outside ${displayRelativeToCwd(storiesDir)}/`,
        );
      }
      if (!existsSync(file)) {
        throw new StoryManifestError(
          `${shown}: ${displayRelativeToCwd(file)} is missing; run npm run build first`,
        );
      }
      files.set(storyKey(story.id, locale), {
        file,
        contentHash: compiled.contentHash,
        sourceHash: story.sourceHash,
      });
    }
  }
  const summaries: SourcedStorySummary[] = manifest.stories.map(
    ({ id, title, summary, locales, minAge, contentNotes, sourceHash }) => ({
      id,
      title,
      summary,
      locales,
      minAge,
      contentNotes,
      sourceHash,
    }),
  );
  const loaded = new Map<string, Promise<CompiledStory & { sourceHash: string }>>();

  return {
    list: () => Promise.resolve(summaries),
    get(id, locale) {
      const key = storyKey(id, locale);
      const entry = files.get(key);
      if (!entry) return Promise.resolve(undefined);
      let story = loaded.get(key);
      if (!story) {
        story = readFile(entry.file, 'utf8').then((json) => ({
          contentHash: entry.contentHash,
          sourceHash: entry.sourceHash,
          json,
        }));
        // A failed read is not remembered: the next request tries again.
        story.catch(() => loaded.delete(key));
        loaded.set(key, story);
      }
      return story;
    },
  };
}

function readManifest(manifestFile: string): StoryManifest {
  const shown = displayRelativeToCwd(manifestFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StoryManifestError(
      code === 'ENOENT'
        ? `${shown} not found; run npm run build first`
        : `${shown} is not valid JSON (${(error as Error).message}); run npm run build again`,
    );
  }
  const parsed = storyManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const [first] = describeIssues(parsed.error.issues);
    throw new StoryManifestError(`${shown}: ${first ?? 'invalid'}; run npm run build again`);
  }
  return parsed.data;
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return (
    relative !== '' &&
    !relative.startsWith(`..${path.sep}`) &&
    relative !== '..' &&
    !path.isAbsolute(relative)
  );
}

function storyKey(id: string, locale: string): string {
  return `${id}\u0000${locale}`;
}

type LocaleOutcome = (CompiledStory & { sourceHash: string }) | StoryBuildError;

interface LiveStory {
  /** Source files with their modification time and size: any change recompiles. */
  signature: string;
  outcome: { summary: SourcedStorySummary; locales: Map<string, LocaleOutcome> } | StoryBuildError;
}

/**
 * Compiles stories/<id>/<locale> on request, cached until any of the story's source files
 * changes. A story that does not compile is left out of the list, and asking for it throws
 * {@link StoryBuildError} naming file:line, so the author sees what to fix.
 */
export function liveStorySource(storiesDir: string): StorySource {
  const cache = new Map<string, LiveStory>();

  const load = (id: string): LiveStory | undefined => {
    const signature = sourceSignature(storiesDir, id);
    if (signature === undefined) {
      cache.delete(id);
      return undefined;
    }
    const cached = cache.get(id);
    if (cached?.signature === signature) return cached;
    const story: LiveStory = { signature, outcome: compileStory(storiesDir, id) };
    cache.set(id, story);
    return story;
  };

  return {
    list() {
      const summaries: SourcedStorySummary[] = [];
      for (const id of listStoryIds(storiesDir)) {
        const outcome = load(id)?.outcome;
        if (!outcome || outcome instanceof StoryBuildError) continue;
        const compiles = [...outcome.locales.values()].every(
          (locale) => !(locale instanceof StoryBuildError),
        );
        if (compiles) summaries.push(outcome.summary);
      }
      return Promise.resolve(summaries);
    },
    get(id, locale) {
      if (!listStoryIds(storiesDir).includes(id)) return Promise.resolve(undefined);
      const outcome = load(id)?.outcome;
      if (!outcome) return Promise.resolve(undefined);
      if (outcome instanceof StoryBuildError) return Promise.reject(outcome);
      const compiled = outcome.locales.get(locale);
      if (compiled instanceof StoryBuildError) return Promise.reject(compiled);
      return Promise.resolve(compiled);
    },
  };
}

function sourceSignature(storiesDir: string, id: string): string | undefined {
  try {
    return storySourceFiles(storiesDir, id)
      .map((file) => {
        const stat = statSync(file);
        return `${file}\u0000${stat.mtimeMs}\u0000${stat.size}`;
      })
      .join('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function compileStory(storiesDir: string, id: string): LiveStory['outcome'] {
  let meta;
  try {
    meta = loadStoryMeta(storiesDir, id, displayRelativeToCwd);
  } catch (error) {
    if (error instanceof StoryMetaError) return new StoryBuildError(id, error.problems);
    throw error;
  }
  const sourceHash = storyContentHash(storiesDir, id);
  const locales = new Map<string, LocaleOutcome>();
  for (const locale of meta.locales) {
    try {
      const { contentHash, json } = compileStoryLocale(storiesDir, meta, locale);
      locales.set(locale, { contentHash, json, sourceHash });
    } catch (error) {
      if (!(error instanceof InkCompileError)) throw error;
      locales.set(locale, new StoryBuildError(id, error.problems));
    }
  }
  return {
    summary: { ...summariseStory(meta), sourceHash },
    locales,
  };
}
