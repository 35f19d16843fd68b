// Opening the workbook: a regular file is read whole (up to Node's 2 GB, past which one line says so); a
// device or a pipe is read a piece at a time, refused at its first bytes when they are not a zip's, and
// given up past the stream limit — /dev/zero no longer reads until memory runs out.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbookFile } from '../../src/cli/workbook-file';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'stupino-2020-2024.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'sverka-workbook-file-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A named pipe that a child process fills with `bytes` once the reader opens it. The child has the bytes
 * in a file of its own: the reader blocks this process's event loop while it reads.
 */
function pipeOf(name: string, bytes: Buffer): { path: string; done: Promise<void> } {
  const path = join(tmp, name);
  const source = join(tmp, `${name}.bytes`);
  writeFileSync(source, bytes);
  execFileSync('mkfifo', [path]);
  // `cat` ends on a broken pipe when the reader gives up early: that is what some tests want.
  const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', source, path], { stdio: 'ignore' });
  return { path, done: new Promise((resolve) => writer.on('exit', () => resolve())) };
}

describe('loadWorkbookFile', () => {
  it('reads a regular file whatever its size up to 2 GB, and says so past that, without reading it', async () => {
    const big = join(tmp, 'big.xlsx');
    writeFileSync(big, readFileSync(EXAMPLE));
    // Past the stream limit: a regular file is still read (pictures make real workbooks big).
    expect((await loadWorkbookFile(big, 1024)).length).toBeGreaterThan(0);
    truncateSync(big, 3 * 1024 ** 3); // sparse: no disk is written
    await expect(loadWorkbookFile(big)).rejects.toThrow(`не удалось прочитать ${big}: файл больше 2 ГБ — это не книга программы`);
  });

  it('stops reading a device that never ends at its first bytes: they are not a zip', async () => {
    await expect(loadWorkbookFile('/dev/zero')).rejects.toThrow(/^\/dev\/zero — не книга Excel \(\.xlsx\)$/);
  });

  it('reads a workbook that comes through a pipe, a piece at a time', async () => {
    const bytes = readFileSync(EXAMPLE);
    const pipe = pipeOf('книга.xlsx', bytes);
    const grids = await loadWorkbookFile(pipe.path);
    await pipe.done;
    expect(grids.map((g) => g.name)).toEqual((await loadWorkbookFile(EXAMPLE)).map((g) => g.name));
  });

  it('gives up on a pipe that runs past the limit', async () => {
    const zipHead = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300_000)]);
    const pipe = pipeOf('long.xlsx', zipHead);
    await expect(loadWorkbookFile(pipe.path, 200_000)).rejects.toThrow(/long\.xlsx: поток длиннее 0,2 МБ — это не книга программы; дальше он не читается/);
    await pipe.done;
  });
});
