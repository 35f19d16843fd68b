// The bundle's V8 code cache (bin/sverka.js, scripts/build-cli.mjs): the build writes it for the bundle it
// made and a run uses it as it is; a cache of another bundle, one V8 refuses, or none is replaced at exit;
// a place where no cache can be written leaves the run as it is. In every case the output is the same.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { bundledCli, ROOT, type BinaryRun } from '../fixtures/cli-binary';

const dir = mkdtempSync(join(tmpdir(), 'sverka-code-cache-'));
// `validate` runs the bundle of validate alone (bin/sverka.js, bundleFor); dist/cli.js's and dist/zod.js's caches are
// kept alike (the last describe).
const bundle = join(dir, 'dist', 'cli-validate.js');
const cache = `${bundle}.cache`;
const args = ['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'];
let sverka: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;
let expected: BinaryRun;

beforeAll(async () => {
  sverka = await bundledCli(dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** bin/sverka.js's own key: its length (one byte), then the CRC-32 and length of the bundle, or its SHA-256 when zlib has no crc32, then zeros to a multiple of 8 bytes. */
const { cacheKey } = createRequire(__filename)(join(ROOT, 'bin', 'sverka.js')) as { cacheKey: (bytes: Buffer, zlib?: { crc32?: unknown }) => Buffer };

/** The key a cache of this bundle starts with, on this Node. */
const bundleKey = (): Buffer => cacheKey(readFileSync(bundle));
const startsWithKey = (cache: Buffer): boolean => {
  const key = bundleKey();
  return cache.subarray(0, key.length).equals(key);
};

describe('the key a cache is stored under', () => {
  const bytes = Buffer.from('// a bundle\nmodule.exports = {};\n');

  it('with zlib.crc32 (Node 20.15 and later): 8, the CRC-32 of the bytes and their length, zeros to 16 bytes', () => {
    const stub = (data: Buffer): number => (data.equals(bytes) ? 0x12345678 : 0);
    expect([...cacheKey(bytes, { crc32: stub })]).toEqual([8, 0x78, 0x56, 0x34, 0x12, bytes.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // This Node's own: zlib's CRC-32 where it has one (Node 20.15 and later), else the SHA-256 form below.
    const { crc32 } = zlib as { crc32?: (data: Buffer) => number };
    expect(cacheKey(bytes).equals(crc32 ? cacheKey(bytes, { crc32 }) : cacheKey(bytes, {}))).toBe(true);
  });

  it('without zlib.crc32 (Node before 20.15): 32, then the SHA-256 of the bytes, zeros to 40 bytes', () => {
    const sha256 = createHash('sha256').update(bytes).digest();
    expect(cacheKey(bytes, {}).equals(Buffer.concat([Buffer.of(32), sha256, Buffer.alloc(7)]))).toBe(true);
    // Another bundle of the same length is another key.
    const other = Buffer.from(bytes);
    other[3] ^= 1;
    expect(cacheKey(other, {}).equals(cacheKey(bytes, {}))).toBe(false);
  });
});

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
    const key = bundleKey();
    writeFileSync(cache, Buffer.concat([key, Buffer.alloc(4096, 7)]));
    expect(await sverka(args)).toEqual(expected);
    const written = readFileSync(cache);
    expect(startsWithKey(written)).toBe(true);
    expect(written.subarray(key.length).equals(Buffer.alloc(4096, 7))).toBe(false);
  }, 60_000);

  it('missing is written by the first run', async () => {
    rmSync(cache);
    expect(await sverka(args)).toEqual(expected);
    expect(startsWithKey(readFileSync(cache))).toBe(true);
  }, 60_000);

  it('that cannot be written (its place taken by a folder) leaves the run as it is, with nothing left behind', async () => {
    rmSync(cache);
    mkdirSync(cache);
    const before = readdirSync(join(dir, 'dist')).sort();
    expect(before).toContain('cli-validate.js.cache');
    expect(await sverka(args)).toEqual(expected);
    expect(statSync(cache).isDirectory()).toBe(true);
    // No temporary cache file left beside the bundle (the build's other files — the store's check worker — are its own).
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(before);
  }, 60_000);

  it('on a Node without zlib.crc32 (before 20.15) is keyed by SHA-256: written by one run, used by the next; the output is the same', async () => {
    rmSync(cache, { recursive: true, force: true });
    const preload = join(dir, 'no-crc32.js');
    writeFileSync(preload, "delete require('node:zlib').crc32;\n");
    const env = { NODE_OPTIONS: `--require "${preload}"` };
    expect(await sverka(args, env)).toEqual(expected);
    const key = cacheKey(readFileSync(bundle), {});
    expect(key.length).toBe(40);
    const written = readFileSync(cache);
    expect(written.subarray(0, key.length).equals(key)).toBe(true);
    expect(startsWithKey(written)).toBe(false); // not the CRC-32 key of this Node
    // The next run on that Node takes it as it is (a refused or foreign cache is written anew at exit).
    const before = statSync(cache);
    expect(await sverka(args, env)).toEqual(expected);
    const after = statSync(cache);
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
    // And this Node, with crc32, does not take the SHA-256 one: it writes its own.
    expect(await sverka(args)).toEqual(expected);
    expect(startsWithKey(readFileSync(cache))).toBe(true);
  }, 60_000);
});

describe('the caches of dist/cli.js and dist/zod.js', () => {
  const program = join(ROOT, 'examples', 'stupino-2020-2024.program.json');
  const otherCaches = [join(dir, 'dist', 'cli.js.cache'), join(dir, 'dist', 'zod.js.cache')];
  const statOf = (file: string): number[] => {
    const s = statSync(file);
    return [s.ino, s.size, s.mtimeMs];
  };

  it('are written by the build and used by a run of a command that loads both (diff of two program models) as they are', async () => {
    const before = otherCaches.map(statOf);
    for (const [i, file] of otherCaches.entries()) {
      const bundleKey = cacheKey(readFileSync(file.replace(/\.cache$/, '')));
      expect([i, readFileSync(file).subarray(0, bundleKey.length).equals(bundleKey)]).toEqual([i, true]);
    }
    const run = await sverka(['diff', program, program]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Изменений нет');
    expect(otherCaches.map(statOf)).toEqual(before);
  }, 60_000);

  it('zod\'s, missing, is written at the exit of the first run that loads zod; the output is the same', async () => {
    const expectedDiff = await sverka(['diff', program, program]);
    rmSync(otherCaches[1]);
    expect(await sverka(['diff', program, program])).toEqual(expectedDiff);
    const written = readFileSync(otherCaches[1]);
    const key = cacheKey(readFileSync(join(dir, 'dist', 'zod.js')));
    expect(written.subarray(0, key.length).equals(key)).toBe(true);
    expect(written.length).toBeGreaterThan(100_000);
  }, 60_000);
});
