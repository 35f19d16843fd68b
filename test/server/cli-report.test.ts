// A report through the CLI and a real store (issue 13): \`sverka report template --store\` lays out the report
// from the stored program version; \`sverka push R.xlsx\` checks the report against that version and sends it
// as a report of its period — refused while its warnings are unexplained, accepted with the explanations
// written from \`sverka validate --format json\`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';

const ROOT = join(__dirname, '../..');
const EXAMPLE_XLSX = join(ROOT, 'examples/stupino-2020-2024.xlsx');
const Q1_REPORT = join(ROOT, 'examples/stupino-2021-Q1.report.xlsx');

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

/** The worked example workbook with the passport's city budget total corrected (421 246,4 → 421 246,1). */
async function correctedWorkbook(dir: string): Promise<string> {
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

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null>; logs: () => string }> {
  const args = ['store', 'serve', '--data', dataDir, '--port', '0', '--origin', 'https://localhost:3000'];
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

describe('a report through the CLI and the store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sverka-cli-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('template from the stored version, push refused without explanations, accepted with them', async () => {
    const dataDir = join(dir, 'data');
    const token = (await cli(['store', 'token', 'create', '--department', 'Управление информационных технологий', '--role', 'submitter', '--data', dataDir])).stdout.trim();
    const store = await serve(dataDir);
    try {
      const corrected = await correctedWorkbook(dir);
      const validated = await cli(['validate', corrected, '--format', 'json']);
      const keys = (JSON.parse(validated.stdout) as { findings: { severity: string; key: string }[] }).findings.filter((f) => f.severity === 'warning').map((f) => f.key);
      const programFile = join(dir, 'program-explanations.json');
      writeFileSync(programFile, JSON.stringify(Object.fromEntries(keys.map((k) => [k, 'Согласовано']))));
      const pushed = await cli(['push', corrected, '--store', store.url, '--token', token, '--explanations', programFile]);
      expect(pushed.code).toBe(0);
      const programId: string = JSON.parse(pushed.stdout).programId;

      const template = join(dir, 'R-2021-Q1.xlsx');
      const made = await cli(['report', 'template', '--store', store.url, '--token', token, '--program-id', programId, '--period', '2021-Q1', '--out', template]);
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      const reading = readReportWorkbook(await loadWorkbookFile(template))!;
      expect(reading.report.period).toEqual({ year: 2021, quarters: 1 });
      expect(reading.report.funding!.total!.plan).toBe('98398.3');

      const unexplained = await cli(['push', Q1_REPORT, '--store', store.url, '--token', token, '--program-id', programId]);
      expect(unexplained.code).toBe(1);
      expect(JSON.parse(unexplained.stdout).error).toBe('unexplained_warnings');

      const reportKeys = (JSON.parse((await cli(['validate', Q1_REPORT, '--format', 'json'])).stdout) as { findings: { severity: string; key: string }[] }).findings
        .filter((f) => f.severity === 'warning')
        .map((f) => f.key);
      expect(reportKeys).toHaveLength(2);
      const reportFile = join(dir, 'report-explanations.json');
      writeFileSync(reportFile, JSON.stringify(Object.fromEntries(reportKeys.map((k) => [k, 'Оплата по контракту — во II квартале']))));
      const accepted = await cli(['push', Q1_REPORT, '--store', store.url, '--token', token, '--program-id', programId, '--explanations', reportFile]);
      expect(accepted.stderr).toContain('Принято: отчёт');
      expect(accepted.code).toBe(0);
      expect(JSON.parse(accepted.stdout)).toMatchObject({ programId, period: '2021-Q1', version: 1, programVersion: 1 });
    } finally {
      store.child.kill('SIGTERM');
      await store.exited;
    }
  }, 180_000);
});
