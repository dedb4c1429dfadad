/**
 * Two pages from one root: the game at dist/game/index.html and the counsellor workspace at
 * dist/counsellor/index.html, their code under dist/assets/, compiled stories under
 * dist/stories/ (build/vitePluginInk.ts). Phaser is a chunk of its own that the game loads
 * after the story text is on screen.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inkPlugin } from './build/vitePluginInk.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const phaserDir = path.dirname(createRequire(import.meta.url).resolve('phaser/package.json'));
/** The slice of Phaser the art layer uses (about 60 % of the whole library). */
const phaserArtBuild = path.join(root, 'game/art/phaser/phaserArtBuild.js');

/**
 * Phaser's sources test build flags with `typeof FLAG` (its own builds define them in webpack).
 * The art layer draws with the Canvas renderer only (game/art/createGame.ts): without WebGL,
 * sound and debugging Phaser is about 129 KB gzip instead of 186 KB with WebGL.
 */
const phaserBuildFlags = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

export default defineConfig({
  root,
  publicDir: 'public',
  appType: 'mpa',
  plugins: [inkPlugin({ storiesDir: path.join(root, 'stories') })],
  server: { host: '127.0.0.1' },
  define: { ...phaserBuildFlags, global: 'globalThis' },
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: phaserArtBuild },
      // Phaser's package exports only its bundles; the slice above imports its sources.
      { find: /^phaser\/src\/(.*)$/, replacement: `${phaserDir}/src/$1` },
    ],
  },
  // inkjs's engine is CommonJS with circular requires: it only initialises in the order its
  // modules are imported (core/story/inkConformance.ts), so the bundler must keep that order.
  // The dev server pre-bundles Phaser's sources apart from the app: they need the flags too.
  optimizeDeps: {
    rolldownOptions: {
      transform: { define: phaserBuildFlags },
      output: { strictExecutionOrder: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        game: path.join(root, 'game/index.html'),
        counsellor: path.join(root, 'counsellor/index.html'),
      },
      output: {
        strictExecutionOrder: true,
        codeSplitting: {
          groups: [
            {
              name: 'phaser',
              test: (id: string) => id.startsWith(phaserDir) || id === phaserArtBuild,
            },
          ],
        },
      },
    },
  },
});
