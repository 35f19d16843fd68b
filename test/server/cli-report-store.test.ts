// `sverka validate R.xlsx --store` and `sverka push R.xlsx` check a report as the store will (issue: the CLI
// and the pane disagreed on R005): against the stored version its line names and the previous period's
// accepted report, both from the store — a cumulative fact below the accepted first quarter is R005 in
// validate (exit 1) and push refuses it before sending. SVERKA_STORE_URL stands for --store in validate and
// in `report template`, as in push and diff. A real store over HTTP (SQLite).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, storeWithTokens } from './cli-store-fixture';
import { executedReport, reportBody, withShortfall } from './report-fixture';
import { acceptableBody } from './store-fixture';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import type { ProgramReport } from '../../src/domain/reporting/model';
import type { RunningStore } from '../../src/server/server';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';
import { writeReportWorkbook } from '../../src/sheets/write/report/report-workbook';
import { StoreClient } from '../../src/store/client';

const dir = mkdtempSync(join(tmpdir(), 'sverka-cli-report-store-'));
let running: RunningStore;
let submitter: string;
let reviewer: string;
let programId: string;
/** The half-year report with the first subprogram's city budget 1 000,0 below the plan (the first quarter had it all). */
let lower: string;

interface Findings {
  valid: boolean;
  findings: { rule: string; severity: string; path: string; key: string }[];
}

/** The report as a workbook; its title block names the stored version 1 unless `line` is null. */
async function reportFile(name: string, report: ProgramReport, line: 'stored' | null = 'stored'): Promise<string> {
  const file = join(dir, name);
  const program = line ? { programId, version: 1, file: null } : { programId: null, version: null, file: null };
  writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook({ ...report, program })));
  return file;
}

beforeAll(async () => {
  ({ running, submitter, reviewer } = await storeWithTokens(dir));
  const client = new StoreClient({ baseUrl: running.url, token: submitter });
  programId = (await client.submit(acceptableBody())).programId;
  lower = await reportFile('R-2021-Q2.xlsx', withShortfall(executedReport('2021-Q2'), '1000.0'));
}, 60_000);

afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

const r005 = (out: string): Findings['findings'] => (JSON.parse(out) as Findings).findings.filter((f) => f.rule === 'R005');

test('before the first quarter is accepted there is nothing to compare with: validate --store finds no R005', async () => {
  const client = new StoreClient({ baseUrl: running.url, token: submitter });
  expect((await client.pushReport(reportBody(programId))).version).toBe(1);
  const checked = await cli(['validate', lower, '--store', running.url, '--token', submitter, '--format', 'json']);
  expect(checked.stderr).toContain(`Отчёт проверен против программы ${programId} версии 1 из хранилища ${running.url}.`);
  expect(r005(checked.stdout)).toEqual([]);
  expect(checked.code).toBe(0);
});

test('the first quarter accepted: validate --store reports R005 for a cumulative fact below it (exit 1), push refuses before sending', async () => {
  await new StoreClient({ baseUrl: running.url, token: reviewer }).reviewReport(programId, '2021-Q1', 1, { decision: 'accepted' });
  const checked = await cli(['validate', lower, '--store', running.url, '--token', submitter, '--format', 'json']);
  expect(checked.code).toBe(1);
  const decreased = r005(checked.stdout);
  expect(decreased.length).toBeGreaterThan(0);
  expect(decreased.every((f) => f.severity === 'error' && f.path.startsWith('report/funding/'))).toBe(true);
  // The text names the rule as well.
  expect((await cli(['validate', lower, '--store', running.url, '--token', submitter])).stdout).toContain('R005');

  const pushed = await cli(['push', lower, '--store', running.url, '--token', submitter]);
  expect(pushed.code).toBe(1);
  const refusal = JSON.parse(pushed.stdout) as { error: string; details: { report: { findings: { rule: string; key: string }[] } } };
  expect(refusal.error).toBe('validation_failed');
  const keys = (list: { rule: string; key: string }[]) => list.filter((f) => f.rule === 'R005').map((f) => f.key);
  expect(keys(refusal.details.report.findings)).toEqual(keys(decreased));
  expect(pushed.stderr).toContain('sverka push: отчёт не отправлен');
  // Nothing reached the store: no half-year report there.
  expect((await new StoreClient({ baseUrl: running.url, token: submitter }).listReportVersions(programId, '2021-Q2')).versions).toEqual([]);

  // --previous given: that file is the previous period's report, in place of the store's (here: the same Q1, so the same R005).
  const q1 = await reportFile('R-2021-Q1.xlsx', executedReport('2021-Q1'));
  expect(readReportWorkbook(await loadWorkbookFile(q1))!.report.period).toEqual({ year: 2021, quarters: 1 });
  const withFile = await cli(['validate', lower, '--store', running.url, '--token', submitter, '--previous', q1, '--format', 'json']);
  expect([withFile.code, r005(withFile.stdout)]).toEqual([1, decreased]);
}, 60_000);

test('SVERKA_STORE_URL / SVERKA_STORE_TOKEN stand for --store / --token in validate and report template', async () => {
  const env = { SVERKA_STORE_URL: running.url, SVERKA_STORE_TOKEN: submitter };
  const checked = await cli(['validate', lower, '--format', 'json'], env);
  expect(checked.stderr).toContain(`Отчёт проверен против программы ${programId} версии 1 из хранилища ${running.url}.`);
  expect(checked.code).toBe(1);
  expect(r005(checked.stdout).length).toBeGreaterThan(0);
  // Without the store the same report has no previous one: R005 is silent.
  const alone = await cli(['validate', lower, '--format', 'json']);
  expect(r005(alone.stdout)).toEqual([]);

  // A report without the line «Программа: …» is no stored one's: the variable alone changes nothing for it.
  const unnamed = await reportFile('R-2021-Q2-unnamed.xlsx', withShortfall(executedReport('2021-Q2'), '1000.0'), null);
  const byEnv = await cli(['validate', unnamed, '--format', 'json'], env);
  expect(byEnv).toEqual(await cli(['validate', unnamed, '--format', 'json']));
  expect(byEnv.stderr).not.toContain('хранилищ');

  const out = join(dir, 'template-2021-Q3.xlsx');
  const made = await cli(['report', 'template', '--program-id', programId, '--period', '2021-Q3', '--out', out], env);
  expect([made.code, made.stderr]).toEqual([0, '']);
  expect(made.stdout).toContain(`Программа: ${programId} — версия 1`);
  expect(readReportWorkbook(await loadWorkbookFile(out))!.report.program).toEqual({ programId, version: 1, file: null });
  // A bad address in the variable is refused as the option is.
  const bad = await cli(['report', 'template', '--program-id', programId, '--period', '2021-Q3', '--out', out], { SVERKA_STORE_URL: 'ftp://x' });
  expect([bad.code, bad.stderr]).toEqual([2, 'sverka report: --store: «ftp://x» — ожидается http://… или https://…\n']);
}, 60_000);

test('an unreachable store: validate --store, push and report template say so in one Russian line, exit 2', async () => {
  const down = 'http://127.0.0.1:1';
  const runs = [
    await cli(['validate', lower, '--store', down, '--token', submitter]),
    await cli(['push', lower, '--store', down, '--token', submitter]),
    await cli(['report', 'template', '--store', down, '--program-id', programId, '--period', '2021-Q3', '--out', join(dir, 'never.xlsx')]),
  ];
  expect(runs.map((r) => [r.code, r.stdout])).toEqual([
    [2, ''],
    [2, ''],
    [2, ''],
  ]);
  // (push names the program of the report's line first: it knows it before asking the store.)
  for (const r of runs) expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^sverka (validate|push|report): Хранилище недоступно \(http:\/\/127\.0\.0\.1:1\)/);
}, 60_000);
