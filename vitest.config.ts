import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'server/**/*.test.ts',
      'bin/**/*.test.ts',
      'build/**/*.test.ts',
      'game/**/*.test.ts',
      'counsellor/**/*.test.ts',
    ],
    exclude: ['**/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
  },
});
