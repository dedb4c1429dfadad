// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
];

// Relative imports name their file in full: Node (through tsx) takes a specifier ending in
// `.node` for a native addon, and Vite's native config loader needs extensions.
const EXTENSIONLESS = String.raw`/^\.{1,2}\/(?!.*\.(ts|mjs|js|json|css|ink|svg|html)$)/`;
const requireExtensions = [
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
].map((node) => ({
  selector: `${node}[source.value=${EXTENSIONLESS}]`,
  message: 'Name the imported file with its extension (./module.ts).',
}));

/** Import directions (DESIGN.md "Layout"): enforced here, not remembered. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...requireExtensions],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.node.ts', 'core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      [
        '**/game/**',
        '**/counsellor/**',
        '**/server/**',
        '**/bin/**',
        '**/build/**',
        ...nodeBuiltins,
        'inkjs/full',
        'inkjs/compiler/*',
      ],
      'core/ is shared by browser and Node: no other project folder, no Node-only API, no ink compiler (use a *.node.ts module for Node-only code).',
    ),
  },
  {
    files: ['core/**/*.node.ts', 'core/**/*.test.ts'],
    rules: restrict(
      ['**/game/**', '**/counsellor/**', '**/server/**', '**/bin/**', '**/build/**'],
      'core/ imports no other project folder.',
    ),
  },
  {
    files: ['game/**/*.ts', 'counsellor/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.test.ts', '**/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [
        '**/server/**',
        '**/bin/**',
        '**/build/**',
        ...nodeBuiltins,
        'inkjs/full',
        'inkjs/compiler/*',
        '**/*.node',
        '**/*.node.ts',
      ],
      'The browser talks to the server only through core/protocol; it never loads Node-only modules or the ink compiler.',
    ),
  },
  {
    // Unit tests run in Node: they may compile ink with core's Node modules, never use the server.
    files: ['game/**/*.test.ts', 'counsellor/**/*.test.ts'],
    rules: restrict(
      ['**/server/**', '**/bin/**', '**/build/**'],
      'Browser code and its tests never import the server.',
    ),
  },
  {
    files: ['game/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.test.ts', '**/e2e/**'],
    rules: restrict(
      [
        '**/server/**',
        '**/bin/**',
        '**/build/**',
        '**/counsellor/**',
        ...nodeBuiltins,
        'inkjs/full',
        'inkjs/compiler/*',
        '**/*.node',
        '**/*.node.ts',
      ],
      'game/ imports only core/ (and never Node-only modules or the ink compiler).',
    ),
  },
  {
    files: ['counsellor/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.test.ts', '**/e2e/**'],
    rules: restrict(
      [
        '**/server/**',
        '**/bin/**',
        '**/build/**',
        '**/game/**',
        ...nodeBuiltins,
        'inkjs/full',
        'inkjs/compiler/*',
        '**/*.node',
        '**/*.node.ts',
      ],
      'counsellor/ imports only core/ (and never Node-only modules or the ink compiler).',
    ),
  },
  {
    files: ['server/**/*.ts', 'bin/**/*.ts'],
    rules: restrict(
      ['**/game/**', '**/counsellor/**'],
      'server/ and bin/ never import the browser code.',
    ),
  },
);
