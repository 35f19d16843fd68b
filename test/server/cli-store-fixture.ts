// The CLI and a real store for the CLI's store tests: the CLI run in-process with its output captured, the
// worked example corrected (its passport total), and \`sverka store serve\` started as a child process on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../cli/captured-cli';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { startStoreServer, type RunningStore } from '../../src/server/server';

export { cli };

export const ROOT = join(__dirname, '../..');
export const EXAMPLE_XLSX = join(ROOT, 'examples/stupino-2020-2024.xlsx');

/**
 * A store in this process over a real port (SQLite in DIR/data) with a submitter's token (Управление информационных
 * технологий) and a reviewer's (Финансовое управление), made before it starts. The caller closes it.
 */
export async function storeWithTokens(dir: string): Promise<{ running: RunningStore; submitter: string; reviewer: string }> {
  const target = { kind: 'sqlite' as const, dataDir: join(dir, 'data') };
  const database = await openDatabase(target);
  const submitter = (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token;
  const reviewer = (await createToken(database.db, { department: 'Финансовое управление', role: 'reviewer' })).token;
  await database.close();
  return { running: await startStoreServer({ target, port: 0, logger: false }), submitter, reviewer };
}

/** The worked example workbook with the passport's city budget total corrected (421 246,4 → 421 246,1). */
export async function correctedWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_XLSX);
  let replaced = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /421[\s\u00a0\u202f]246,4/.test(cell.value)) {
          cell.value = cell.value.replace(/421([\s\u00a0\u202f])246,4/, '421$1246,1');
          replaced++;
        }
      }),
    ),
  );
  if (replaced !== 1) throw new Error(`expected one passport cell with 421 246,4, found ${replaced}`);
  const file = join(dir, 'stupino-corrected.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

export function serve(dataDir: string, extra: readonly string[] = []): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null>; logs: () => string }> {
  const args = ['store', 'serve', '--data', dataDir, '--port', '0', '--origin', 'https://localhost:3000', ...extra];
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `require(${JSON.stringify(join(ROOT, 'src/cli/main.ts'))}).main(${JSON.stringify(args)})`], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`store did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (d) => {
      err += d;
      const m = /Хранилище sverka: (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], exited, logs: () => out });
      }
    });
    void exited.then(() => reject(new Error(`store exited: ${err}`)));
  });
}
