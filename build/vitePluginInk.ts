/**
 * Vite plugin for ink stories:
 * - `import story from './main.ink'` compiles the file and yields `{ json, contentHash }`;
 * - `vite build` compiles every locale of every story in stories/ and writes
 *   `dist/stories/<id>/<locale>.<hash8>.json` plus `dist/stories/manifest.json`;
 * - the dev server recompiles a story when its ink or story.json changes and tells the page
 *   (`offramp:story-changed`), or shows the compile error in Vite's overlay.
 * Every compile error names the file and line, in the terminal and in the overlay.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { InkCompileError, compileInkFile } from '../core/story/compileInk.node.ts';
import { formatProblem, type SourceProblem } from '../core/story/problems.ts';
import {
  StoryMetaError,
  compileStoryLocale,
  loadStoryMeta,
  sha256,
} from '../core/stories/storyCatalog.node.ts';
import { EthicsConfigError } from '../core/ethics/ethicsConfig.ts';
import { readEthicsConfig } from '../core/ethics/ethicsConfigFile.node.ts';
import {
  STORY_MANIFEST_FILE,
  compileStoryBundle,
  type StoryBundle,
} from '../core/stories/storyBundle.node.ts';

export const INK_PLUGIN_NAME = 'offramp-ink';
export const STORY_CHANGED_EVENT = 'offramp:story-changed';
/** Where the build writes compiled stories, relative to the output folder. */
export const STORIES_OUT_DIR = 'stories';

export interface InkPluginOptions {
  /** The folder of stories (one sub-folder per story); defaults to `<root>/stories`. */
  storiesDir?: string;
  /** The ethics config the build checks; defaults to OFFRAMP_ETHICS_CONFIG or `<root>/ethics.config.json`. */
  ethicsConfigFile?: string;
}

/** What a `.ink` import yields. */
export interface InkModule {
  json: string;
  contentHash: string;
}

/** A compile failure, located for Vite's terminal output and error overlay. */
export interface LocatedStoryError {
  message: string;
  file: string;
  line?: number;
}

const absolutePath = (file: string): string => file;

/** Turns an ink or story.json failure into one message (paths relative to `root`) and a location. */
export function locateStoryError(error: unknown, root: string): LocatedStoryError | undefined {
  if (!(error instanceof InkCompileError) && !(error instanceof StoryMetaError)) return undefined;
  const problems: SourceProblem[] = error.problems.filter((p) => p.severity === 'error');
  const first = problems.find((p) => p.line !== undefined) ?? problems[0];
  if (!first) return undefined;
  const shown = (file: string) => path.relative(root, file) || file;
  const message = problems.map((p) => formatProblem({ ...p, file: shown(p.file) })).join('\n');
  return { message, file: first.file, ...(first.line === undefined ? {} : { line: first.line }) };
}

function toRolldownError(located: LocatedStoryError) {
  return {
    message: located.message,
    // The problem is in the story, not in the plugin: a stack trace would only hide it.
    stack: '',
    id: located.file,
    plugin: INK_PLUGIN_NAME,
    ...(located.line === undefined
      ? {}
      : { loc: { file: located.file, line: located.line, column: 0 } }),
  };
}

function stripQuery(id: string): string {
  const query = id.indexOf('?');
  return query === -1 ? id : id.slice(0, query);
}

/** The story a file belongs to, when it is one of the files a story is built from. */
export function storyOfFile(
  storiesDir: string,
  file: string,
): { id: string; isMeta: boolean } | undefined {
  const relative = path.relative(storiesDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [id, ...rest] = relative.split(path.sep);
  if (!id || rest.length === 0) return undefined;
  const isMeta = rest.length === 1 && rest[0] === 'story.json';
  return isMeta || file.endsWith('.ink') ? { id, isMeta } : undefined;
}

/** `.ink` imports, in dev and build. */
function inkImports(): Plugin {
  let root = process.cwd();
  return {
    name: INK_PLUGIN_NAME,
    configResolved(config: ResolvedConfig) {
      root = config.root;
    },
    load: {
      filter: { id: /\.ink(?:\?.*)?$/ },
      handler(id) {
        const file = stripQuery(id);
        let compiled;
        try {
          compiled = compileInkFile(file, { displayPath: absolutePath });
        } catch (error) {
          const located = locateStoryError(error, root);
          if (!located) throw error;
          return this.error(toRolldownError(located));
        }
        // Vite makes watched files dependencies of the module: editing an INCLUDE reloads it.
        for (const included of compiled.files) if (included !== file) this.addWatchFile(included);
        const module: InkModule = { json: compiled.json, contentHash: sha256(compiled.json) };
        return { code: `export default ${JSON.stringify(module)};\n`, moduleType: 'js' };
      },
    },
  };
}

/** At build: every story, every locale, plus the manifest the production server reads. */
function storyBundle(options: InkPluginOptions): Plugin {
  let root = process.cwd();
  let bundle: StoryBundle | undefined;
  return {
    name: `${INK_PLUGIN_NAME}:bundle`,
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      root = config.root;
    },
    // Compiling before bundling makes a broken story fail the build at once.
    buildStart() {
      // The server refuses to start with an invalid ethics config, so the build refuses first.
      const ethicsConfigFile =
        options.ethicsConfigFile ??
        (process.env.OFFRAMP_ETHICS_CONFIG?.trim()
          ? path.resolve(process.env.OFFRAMP_ETHICS_CONFIG)
          : path.join(root, 'ethics.config.json'));
      try {
        readEthicsConfig(
          ethicsConfigFile,
          path.relative(root, ethicsConfigFile) || ethicsConfigFile,
        );
      } catch (error) {
        if (error instanceof EthicsConfigError) this.error(error.message);
        throw error;
      }
      try {
        bundle = compileStoryBundle(options.storiesDir ?? path.join(root, 'stories'), {
          displayPath: absolutePath,
        });
      } catch (error) {
        const located = locateStoryError(error, root);
        if (!located) throw error;
        this.error(toRolldownError(located));
      }
      for (const file of bundle?.sourceFiles ?? []) this.addWatchFile(file);
    },
    generateBundle() {
      if (!bundle) return;
      for (const [fileName, json] of bundle.files) {
        this.emitFile({ type: 'asset', fileName: `${STORIES_OUT_DIR}/${fileName}`, source: json });
      }
      this.emitFile({
        type: 'asset',
        fileName: `${STORIES_OUT_DIR}/${STORY_MANIFEST_FILE}`,
        source: `${JSON.stringify(bundle.manifest, null, 2)}\n`,
      });
    },
  };
}

export interface StoryChangedEvent {
  id: string;
  locale: string;
}

/**
 * In dev: recompiles the locales a changed file belongs to. On success the page is told
 * which story changed (it reloads it, keeping the player's place when it can); on failure
 * Vite's overlay shows the error with file:line.
 */
function storyHotReload(options: InkPluginOptions): Plugin {
  return {
    name: `${INK_PLUGIN_NAME}:hot-reload`,
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const storiesDir = options.storiesDir ?? path.join(server.config.root, 'stories');
      const lastFiles = new Map<string, ReadonlySet<string>>();
      const logger = server.config.logger;

      const report = (error: unknown): void => {
        const located = locateStoryError(error, server.config.root);
        if (!located) {
          logger.error(String(error), { timestamp: true });
          return;
        }
        logger.error(located.message, { timestamp: true });
        server.ws.send({
          type: 'error',
          err: {
            message: located.message,
            stack: '',
            id: located.file,
            plugin: INK_PLUGIN_NAME,
            ...(located.line === undefined
              ? {}
              : { loc: { file: located.file, line: located.line, column: 0 } }),
          },
        });
      };

      const recompile = (changedFile: string): void => {
        const story = storyOfFile(storiesDir, changedFile);
        if (!story) return;
        const affects = (locale: string, files: ReadonlySet<string> | undefined): boolean =>
          story.isMeta ||
          changedFile.startsWith(path.join(storiesDir, story.id, locale) + path.sep) ||
          (files?.has(changedFile) ?? false);
        let meta: ReturnType<typeof loadStoryMeta>;
        try {
          meta = loadStoryMeta(storiesDir, story.id, absolutePath);
        } catch (error) {
          report(error);
          return;
        }
        for (const locale of meta.locales) {
          const key = `${story.id}/${locale}`;
          try {
            const compiled = compileStoryLocale(storiesDir, meta, locale, {
              displayPath: absolutePath,
            });
            const files = new Set(compiled.files);
            const affected = affects(locale, lastFiles.get(key)) || affects(locale, files);
            lastFiles.set(key, files);
            if (!affected) continue;
            logger.info(`story ${key} recompiled`, { timestamp: true });
            const event: StoryChangedEvent = { id: story.id, locale };
            server.ws.send(STORY_CHANGED_EVENT, event);
          } catch (error) {
            if (affects(locale, lastFiles.get(key))) report(error);
          }
        }
      };

      server.watcher.add(storiesDir);
      for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, recompile);
    },
  };
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin[] {
  return [inkImports(), storyBundle(options), storyHotReload(options)];
}
