// Lint keeps the browser layers browser-only (issue 9): src/taskpane and src/store may not import Node
// built-ins, better-sqlite3, pg or fastify. Checked with the project's own eslint.config.mjs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * The no-restricted-imports messages ESLint gives each (file, source), linted with eslint.config.mjs in a
 * child process (jest cannot load an ES module config), all in one run.
 */
function restrictedAll(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, source] of cases) {
        const [r] = await eslint.lintText(source + '\\nexport const used = x;\\n', { filePath: require('node:path').join(process.cwd(), file) });
        out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' })) as string[][];
}

const FORBIDDEN = [
  "import { readFileSync as x } from 'node:fs';",
  "import x from 'fs';",
  "import { join as x } from 'path';",
  "import x from 'better-sqlite3';",
  "import { Pool as x } from 'pg';",
  "import x from 'fastify';",
  "import x from '@fastify/cors';",
  "import { createHash as x } from 'node:crypto';",
];

const BROWSER_FILES = ['src/taskpane/state/new-file.ts', 'src/taskpane/NewPanel.tsx', 'src/store/new-file.ts'];
const NODE_FILES = ['src/server/new-file.ts', 'src/cli/new-file.ts'];
const ALLOWED = "import { z as x } from 'zod';\nimport { useState } from 'react';\nvoid useState;";
const CASES = [
  ...[...BROWSER_FILES, ...NODE_FILES].flatMap((file) => FORBIDDEN.map((source) => [file, source] as const)),
  ['src/taskpane/NewPanel.tsx', ALLOWED] as const,
];
let messages: Map<string, string[]>;

beforeAll(() => {
  const all = restrictedAll(CASES);
  messages = new Map(CASES.map(([file, source], i) => [`${file} ${source}`, all[i]]));
}, 120_000);

describe('src/taskpane and src/store import no Node built-in, database driver or server framework', () => {
  it.each(BROWSER_FILES)('%s', (file) => {
    for (const source of FORBIDDEN) expect({ source, messages: messages.get(`${file} ${source}`)!.length }).toEqual({ source, messages: 1 });
  });

  it('while src/server and src/cli may (the rule is not everywhere)', () => {
    for (const file of NODE_FILES) for (const source of FORBIDDEN) expect({ file, source, messages: messages.get(`${file} ${source}`) }).toEqual({ file, source, messages: [] });
  });

  it('and the pane may still import zod and React', () => {
    expect(messages.get(`src/taskpane/NewPanel.tsx ${ALLOWED}`)).toEqual([]);
  });
});
