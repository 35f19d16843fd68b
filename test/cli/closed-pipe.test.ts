// `sverka validate … | head`: the reader stops reading and closes the pipe. The rest of the output is dropped
// and the run ends with the command's own exit code — no "Unhandled 'error' event" and no stack on stderr.
// A write that fails otherwise (a full disk) is one line and exit code 3.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, LAUNCHER_OPTIONS, ROOT } from '../fixtures/cli-binary';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import { Program } from '../../src/domain/model/program';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { scaleProgram } from '../../bench/scaled-program';
import example from '../../examples/stupino-2020-2024.program.json';

const home = mkdtempSync(join(tmpdir(), 'sverka-closed-pipe-'));
const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
const args = [join(home, 'bin', 'sverka.js'), 'validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--format', 'json'];

beforeAll(async () => {
  await bundledCli(home);
  // The worked example ×20: a report of ≈ 280 KB, more than a pipe holds (64 KB), so that the writer waits for the reader.
  writeFileSync(join(home, 'x20.xlsx'), await writeXlsxBuffer(writeProgramWorkbook(scaleProgram(Program.parse(example), 20))));
}, 120_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

it('a reader that has closed the pipe before the report is written: the exit code of the validation (1: errors), nothing on stderr', async () => {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Closed at once: the CLI takes far longer to start than this, so its first write finds no reader (EPIPE).
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (t: string) => void (stderr += t));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(1);
}, 60_000);

it('a write that fails (/dev/full): one line on stderr, exit code 3', async () => {
  const child = spawn(`${JSON.stringify(process.execPath)} ${args.map((a) => JSON.stringify(a)).join(' ')} > /dev/full`, { cwd: ROOT, env, shell: '/bin/sh', stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (t: string) => void (stderr += t));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).toBe('sverka: не удалось записать в stdout: ENOSPC: no space left on device, write\n');
  expect(code).toBe(3);
}, 60_000);

it('stdout and stderr both failing (/dev/full): exit code 3, not an unhandled error on the stderr the message was meant for', async () => {
  const child = spawn(`${JSON.stringify(process.execPath)} ${args.map((a) => JSON.stringify(a)).join(' ')} > /dev/full 2> /dev/full`, { cwd: ROOT, env, shell: '/bin/sh', stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(code).toBe(3);
}, 60_000);

it('a reader slower than the writer gets the whole report: validate ends once it is all written, not before', async () => {
  const big = [...LAUNCHER_OPTIONS, join(home, 'bin', 'sverka.js'), 'validate', join(home, 'x20.xlsx'), '--format', 'json'];
  const toFile = join(home, 'x20.json');
  const direct = spawnSync(`${JSON.stringify(process.execPath)} ${big.map((a) => JSON.stringify(a)).join(' ')} > ${JSON.stringify(toFile)}`, { cwd: ROOT, env, shell: '/bin/sh' });
  expect(direct.status).toBe(1);
  const expected = readFileSync(toFile, 'utf8');
  expect(expected.length).toBeGreaterThan(200_000);
  const child = spawn(process.execPath, big, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pause();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => void chunks.push(b));
  // The reader starts late: by then the CLI has filled the pipe and waits on it.
  setTimeout(() => child.stdout.resume(), 1500);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (t: string) => void (stderr += t));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(1);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
}, 60_000);
