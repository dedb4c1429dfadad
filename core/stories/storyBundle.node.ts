/**
 * What the build ships of the stories: every locale compiled, plus a manifest that the
 * production server reads. The manifest records each story's source hash, the hash an
 * ethics approval binds to, so the server can tell approved content from edited content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  STORY_MANIFEST_VERSION,
  storyManifestSchema,
  type StoryManifest,
} from '../protocol/storyApi.ts';
import { storyContentHash } from '../ethics/storyContentHash.node.ts';
import type { CompileOptions } from '../story/compileInk.node.ts';
import {
  compileStoryLocale,
  listStoryIds,
  loadStoryMeta,
  type CompiledStoryLocale,
} from './storyCatalog.node.ts';
import { summariseStory } from './storyMeta.ts';

export interface StoryBundle {
  manifest: StoryManifest;
  /** Compiled stories by file name, relative to the stories output folder. */
  files: Map<string, string>;
  /** Every ink and story.json file read, for watching. */
  sourceFiles: string[];
}

function compiledStoryFileName(compiled: CompiledStoryLocale): string {
  return `${compiled.storyId}/${compiled.locale}.${compiled.contentHash.slice(0, 8)}.json`;
}

/** Compiles every story; throws InkCompileError or StoryMetaError on the first broken one. */
export function compileStoryBundle(
  storiesDir: string,
  options: Pick<CompileOptions, 'displayPath'> = {},
): StoryBundle {
  const files = new Map<string, string>();
  const sourceFiles: string[] = [];
  const stories: StoryManifest['stories'] = [];
  for (const id of listStoryIds(storiesDir)) {
    const meta = loadStoryMeta(storiesDir, id, options.displayPath);
    const compiled: StoryManifest['stories'][number]['compiled'] = {};
    for (const locale of meta.locales) {
      const story = compileStoryLocale(storiesDir, meta, locale, options);
      const fileName = compiledStoryFileName(story);
      files.set(fileName, story.json);
      sourceFiles.push(...story.files);
      compiled[locale] = { file: fileName, contentHash: story.contentHash };
    }
    stories.push({
      ...summariseStory(meta),
      sourceHash: storyContentHash(storiesDir, id),
      compiled,
    });
  }
  const manifest = storyManifestSchema.parse({ version: STORY_MANIFEST_VERSION, stories });
  return { manifest, files, sourceFiles: [...new Set(sourceFiles)] };
}

export const STORY_MANIFEST_FILE = 'manifest.json';

/** Writes the bundle to `<outDir>/` (compiled stories and manifest.json). */
export function writeStoryBundle(bundle: StoryBundle, outDir: string): void {
  for (const [fileName, json] of bundle.files) {
    const target = path.join(outDir, fileName);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, json);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, STORY_MANIFEST_FILE),
    `${JSON.stringify(bundle.manifest, null, 2)}\n`,
  );
}
