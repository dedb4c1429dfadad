/**
 * Two pages from one root: the game at dist/game/index.html and the counsellor workspace at
 * dist/counsellor/index.html, their code under dist/assets/, compiled stories under
 * dist/stories/ (build/vitePluginInk.ts). Phaser is a chunk of its own that the game loads
 * after the story text is on screen.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inkPlugin } from './build/vitePluginInk.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  publicDir: 'public',
  appType: 'mpa',
  plugins: [inkPlugin({ storiesDir: path.join(root, 'stories') })],
  server: { host: '127.0.0.1' },
  // inkjs's engine is CommonJS with circular requires: it only initialises in the order its
  // modules are imported (core/story/inkConformance.ts), so the bundler must keep that order.
  optimizeDeps: { rolldownOptions: { output: { strictExecutionOrder: true } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // Phaser alone is larger than the default warning limit; its size is tracked by the budget
    // in DESIGN.md (benchmarks), not by this warning.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: {
        game: path.join(root, 'game/index.html'),
        counsellor: path.join(root, 'counsellor/index.html'),
      },
      output: {
        strictExecutionOrder: true,
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
});
