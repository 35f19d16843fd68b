// A report through the CLI and a real store (issue 13): \`sverka report template --store\` lays out the report
// from the stored program version; \`sverka push R.xlsx\` checks the report against that version and sends it
// as a report of its period — refused while its warnings are unexplained, accepted with the explanations
// written from \`sverka validate --format json\`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, correctedWorkbook, ROOT, serve } from './cli-store-fixture';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';

const Q1_REPORT = join(ROOT, 'examples/stupino-2021-Q1.report.xlsx');

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
