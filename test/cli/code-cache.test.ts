// The bundle's V8 code cache (bin/sverka.js, scripts/build-cli.mjs): the build writes it for the bundle it
// made and a run uses it as it is; a cache of another bundle, one V8 refuses, or none is replaced at exit;
// a place where no cache can be written leaves the run as it is. In every case the output is the same.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { bundledCli, ROOT, type BinaryRun } from '../fixtures/cli-binary';

const dir = mkdtempSync(join(tmpdir(), 'sverka-code-cache-'));
const bundle = join(dir, 'dist', 'cli.js');
const cache = `${bundle}.cache`;
const args = ['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'];
let sverka: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;
let expected: BinaryRun;

beforeAll(async () => {
  sverka = await bundledCli(dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The key a cache of this bundle starts with: its length (8), the CRC-32 of the bundle's bytes, their length. */
function bundleKey(): Buffer {
  const bytes = readFileSync(bundle);
  const key = Buffer.alloc(9);
  key[0] = 8;
  key.writeUInt32LE(crc32(bytes), 1);
  key.writeUInt32LE(bytes.length, 5);
  return key;
}
const startsWithKey = (cache: Buffer): boolean => cache.subarray(0, 9).equals(bundleKey());

describe('the code cache beside the bundle', () => {
  it('is written by the build for its bundle and used by a run as it is', async () => {
    const built = readFileSync(cache);
    expect(startsWithKey(built)).toBe(true);
    expect(built.length).toBeGreaterThan(100_000); // the functions validate ran, not only the top level
    const before = statSync(cache);
    expected = await sverka(args);
    expect(expected.code).toBe(1);
    expect(expected.stderr).toBe('');
    // V8 took it: a refused cache is written anew at exit (a new file, renamed into place).
    const after = statSync(cache);
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
  }, 60_000);

  it('made for this bundle is not used once the bundle changes, even by a byte that keeps its length', async () => {
    const before = readFileSync(cache);
    const source = readFileSync(bundle, 'latin1');
    expect(source).toContain('// src/cli/main.ts');
    writeFileSync(bundle, source.replace('// src/cli/main.ts', '// src/cli/MAIN.ts'), 'latin1');
    expect(startsWithKey(before)).toBe(false);
    expect(await sverka(args)).toEqual(expected);
    expect(startsWithKey(readFileSync(cache))).toBe(true);
  }, 60_000);

  it('of another bundle is not used, and is replaced by one of this bundle; the output is the same', async () => {
    const other = readFileSync(cache);
    other[1] ^= 0xff; // the CRC-32 of another bundle
    writeFileSync(cache, other);
    expect(await sverka(args)).toEqual(expected);
    expect(startsWithKey(readFileSync(cache))).toBe(true);
  }, 60_000);

  it('that V8 refuses (this bundle\'s key, damaged data) is replaced; the output is the same', async () => {
    writeFileSync(cache, Buffer.concat([bundleKey(), Buffer.alloc(4096, 7)]));
    expect(await sverka(args)).toEqual(expected);
    const written = readFileSync(cache);
    expect(startsWithKey(written)).toBe(true);
    expect(written.subarray(9).equals(Buffer.alloc(4096, 7))).toBe(false);
  }, 60_000);

  it('missing is written by the first run', async () => {
    rmSync(cache);
    expect(await sverka(args)).toEqual(expected);
    expect(startsWithKey(readFileSync(cache))).toBe(true);
  }, 60_000);

  it('that cannot be written (its place taken by a folder) leaves the run as it is, with nothing left behind', async () => {
    rmSync(cache);
    mkdirSync(cache);
    expect(await sverka(args)).toEqual(expected);
    expect(statSync(cache).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['cli.js', 'cli.js.cache', 'cli.js.map']);
  }, 60_000);
});
