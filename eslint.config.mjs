// Lint, including the direction of imports between layers (docs/design/ARCHITECTURE.md). Do not relax these zones:
// a layer that needs something from a layer it may not import gets it passed in, not imported.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import { builtinModules } from 'node:module';

const layers = ['domain', 'sheets', 'excel', 'store', 'server', 'cli', 'taskpane'];
/** What each layer may import (besides itself). */
const allowed = {
  domain: [],
  sheets: ['domain'],
  excel: ['domain', 'sheets'],
  store: ['domain'],
  server: ['domain', 'sheets', 'store'],
  cli: ['domain', 'sheets', 'store', 'server'],
  taskpane: ['domain', 'sheets', 'excel', 'store'],
};
const zones = layers.flatMap((layer) =>
  layers
    .filter((other) => other !== layer && !allowed[layer].includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `src/${layer} may not import src/${other} (see docs/design/ARCHITECTURE.md).`,
    })),
);

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'test-results/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core stays pure: no Node, DOM, Office, HTTP or file libraries — only zod.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\.{1,2}/)', message: 'src/domain imports only zod and itself.' }] }],
    },
  },
  {
    // ExcelJS (.xlsx files) is for the CLI and for the one conversion that the CLI and the preview share.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/cli/**', 'src/sheets/xlsx/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'exceljs', message: 'ExcelJS is used by src/cli and src/sheets/xlsx only.' }] }],
    },
  },
  {
    // The pane runs in Excel's browser and the store contract is shared with it: no Node built-ins, no
    // database drivers, no server framework (they would break the add-in bundle or drag the server in).
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'exceljs', message: 'ExcelJS is used by src/cli and src/sheets/xlsx only.' }],
        patterns: [
          { regex: '^node:', message: 'src/taskpane and src/store run in the browser: no Node built-ins.' },
          { regex: `^(${builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?$`, message: 'src/taskpane and src/store run in the browser: no Node built-ins.' },
          { regex: '^(better-sqlite3|pg|pg-.*|fastify|@fastify\\/.*|fastify-.*|kysely)(\\/.*)?$', message: 'src/taskpane and src/store may not import a database driver or the server framework (better-sqlite3, pg, fastify, kysely).' },
        ],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly' } },
  },
);
