// The CLI's bundle is written already wrapped as Node wraps a CommonJS module (scripts/build-cli.mjs,
// bin/sverka.js BUNDLE_WRAPPER): bin/sverka.js compiles the file's text as it is, and still wraps a bundle built
// before that (bench/same-findings.js and bench/fuzz-compare.js load old builds with it). A stack trace still
// leads to the line of src/ it came from: by the source map, which counts the wrapper's line, and with
// --enable-source-maps, where Node maps it itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, ROOT, type BinaryRun } from '../fixtures/cli-binary';

const { BUNDLE_WRAPPER } = createRequire(__filename)(join(ROOT, 'bin', 'sverka.js')) as { BUNDLE_WRAPPER: [string, string] };

const dir = mkdtempSync(join(tmpdir(), 'sverka-bundle-wrapper-'));
const home = join(dir, 'package');
const bundle = join(home, 'dist', 'cli.js');
let sverka: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;

beforeAll(async () => {
  sverka = await bundledCli(home);
  // stdout's write fails: runCli's first write (`--version`'s) throws, and SVERKA_DEBUG prints the stack.
  writeFileSync(join(dir, 'failing-stdout.js'), "Object.defineProperty(process, 'stdout', { get: () => ({ on() {}, write() { throw new Error('stdout failed'); } }) });\n");
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Where in src/cli/main.ts runCli writes the version (1-based line and column of the call): the frame the failing write
 * is under. The column too: the call's template literal spans two lines of the bundle, both mapped to this line, so
 * that a map shifted by one line would still give the line — but not the column.
 */
function versionPlace(): { line: number; column: number } {
  const lines = readFileSync(join(ROOT, 'src', 'cli', 'main.ts'), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes('io.stdout(`sverka ${version}'));
  expect(index).toBeGreaterThan(0);
  // V8 places a method call at its property's name: `stdout` of `io.stdout(…)`.
  return { line: index + 1, column: lines[index].indexOf('io.stdout(') + 'io.'.length + 1 };
}

/** `sverka --version` with stdout failing: its stack trace (stderr), with Node's options `options`. */
async function failingVersion(options: string): Promise<string> {
  const run = await sverka(['--version'], { SVERKA_DEBUG: '1', NODE_OPTIONS: `${options} --require "${join(dir, 'failing-stdout.js')}"` });
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('sverka: внутренняя ошибка: stdout failed\n');
  return run.stderr;
}

describe('the bundle the build writes', () => {
  it('is wrapped: it starts with the wrapper\'s line and ends with its close before the source map\'s comment', () => {
    const text = readFileSync(bundle, 'latin1');
    expect(text.startsWith(`${BUNDLE_WRAPPER[0]}\n"use strict";\n`)).toBe(true);
    expect(text.endsWith(`${BUNDLE_WRAPPER[1]}\n//# sourceMappingURL=cli.js.map\n`)).toBe(true);
  });

  it('a frame of its stack trace maps back, by its source map, to the line of src/ it came from', async () => {
    const stack = await failingVersion('');
    const frame = /at runCli \((.+):(\d+):(\d+)\)/.exec(stack);
    expect(frame?.[1]).toBe(bundle);
    const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as SourceMapPayload);
    const entry = map.findEntry(Number(frame![2]) - 1, Number(frame![3]) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    expect(entry.originalSource).toMatch(/src\/cli\/main\.ts$/);
    const place = versionPlace();
    expect([entry.originalLine! + 1, entry.originalColumn! + 1]).toEqual([place.line, place.column]);
  }, 60_000);

  it('with --enable-source-maps, the stack trace names the line of src/ itself; the output is the same', async () => {
    const stack = await failingVersion('--enable-source-maps');
    const place = versionPlace();
    expect(stack).toContain(`at runCli (${join(ROOT, 'src', 'cli', 'main.ts')}:${place.line}:${place.column})`);
    const args = ['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'];
    expect(await sverka(args, { NODE_OPTIONS: '--enable-source-maps' })).toEqual(await sverka(args));
  }, 60_000);
});

describe('loadBundle', () => {
  const body = "'use strict';\nexports.answer = () => 'ответ';\nexports.file = __filename;\n";

  /** What the bundle's exports give, loaded by bin/sverka.js's loadBundle in a process of its own (it sets V8's flags). */
  function loaded(file: string): unknown {
    const script = `const { answer, file } = require(${JSON.stringify(join(ROOT, 'bin', 'sverka.js'))}).loadBundle(${JSON.stringify(file)}, { write: false }).exports;
process.stdout.write(JSON.stringify([answer(), file]));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  }

  it('runs a wrapped bundle as it is (wrapped once more, it would export nothing)', () => {
    const file = join(dir, 'wrapped.js');
    writeFileSync(file, `${BUNDLE_WRAPPER[0]}\n${body.replace("'ответ'", "'\\u043e\\u0442\\u0432\\u0435\\u0442'")}${BUNDLE_WRAPPER[1]}\n`);
    expect(loaded(file)).toEqual(['ответ', file]);
  });

  it('recognises the wrapper after a byte-order mark or with CRLF line ends (an editor or a checkout touched the file)', () => {
    const bom = join(dir, 'bom.js');
    writeFileSync(bom, `\ufeff${BUNDLE_WRAPPER[0]}\n${body}${BUNDLE_WRAPPER[1]}\n`);
    expect(loaded(bom)).toEqual(['ответ', bom]);
    const crlf = join(dir, 'crlf.js');
    writeFileSync(crlf, `${BUNDLE_WRAPPER[0]}\n${body}${BUNDLE_WRAPPER[1]}\n`.replace(/\n/g, '\r\n'));
    expect(loaded(crlf)).toEqual(['ответ', crlf]);
  });

  it('reads a wrapped bundle with bytes past ASCII as UTF-8, not one byte a character (the texts would be other letters)', () => {
    const file = join(dir, 'wrapped-utf8.js');
    writeFileSync(file, `${BUNDLE_WRAPPER[0]}\n${body}${BUNDLE_WRAPPER[1]}\n`);
    expect(loaded(file)).toEqual(['ответ', file]);
  });

  it('wraps a bundle built without the wrapper (an older build), read as UTF-8: letters past ASCII included', () => {
    const file = join(dir, 'unwrapped.js');
    writeFileSync(file, body);
    expect(loaded(file)).toEqual(['ответ', file]);
  });
});

describe('bin/sverka.js with a damaged bundle', () => {
  /** A copy of bin/sverka.js beside a dist/cli.js of `text`: what it says and its exit code. */
  function runWith(name: string, text: string): { code: number | null; stderr: string } {
    const home = join(dir, name);
    mkdirSync(join(home, 'bin'), { recursive: true });
    mkdirSync(join(home, 'dist'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'sverka.js'), join(home, 'bin', 'sverka.js'));
    writeFileSync(join(home, 'dist', 'cli.js'), text);
    const run = spawnSync(process.execPath, [join(home, 'bin', 'sverka.js'), '--version'], { encoding: 'utf8' });
    return { code: run.status, stderr: run.stderr };
  }

  it.each([
    ['empty', () => ''],
    ['cut short', () => readFileSync(bundle, 'latin1').slice(0, 100_000)],
  ])('%s: says so and what to do, exit 3, no stack trace', (name, text) => {
    const run = runWith(name.replace(' ', '-'), text());
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('повреждён или неполон — пересоберите CLI: npm run build:cli');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
