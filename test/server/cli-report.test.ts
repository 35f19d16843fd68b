// A report through the CLI and a real store (issue 13): \`sverka report template --store\` lays out the report
// from the stored program version; \`sverka push R.xlsx\` checks the report against that version and sends it
// as a report of its period — refused while its warnings are unexplained, accepted with the explanations
// written from \`sverka validate --format json\`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, correctedWorkbook, ROOT, serve } from './cli-store-fixture';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';
import { writeReportWorkbook } from '../../src/sheets/write/report/report-workbook';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';

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

      // The template names the stored version in its title block; a report with that line is pushed without --program-id.
      expect(made.stdout).toContain(`Программа: ${programId} — версия 1`);
      expect(readReportWorkbook(await loadWorkbookFile(template))!.report.program).toEqual({ programId, version: 1, file: null });
      const q1 = readReportWorkbook(await loadWorkbookFile(Q1_REPORT))!.report;
      const withLine = join(dir, 'R-2021-Q1-with-line.xlsx');
      writeFileSync(withLine, await writeXlsxBuffer(writeReportWorkbook({ ...q1, program: { programId, version: 1, file: null } })));
      const byLine = await cli(['push', withLine, '--store', store.url, '--token', token, '--explanations', reportFile]);
      expect(byLine.stderr).toContain(`Отчёт относится к программе ${programId}, версия 1 (строка «Программа: …» в шапке отчёта).`);
      expect(byLine.code).toBe(0);
      expect(JSON.parse(byLine.stdout)).toMatchObject({ programId, period: '2021-Q1', programVersion: 1 });
      // The line and an option that disagree: refused, both named, nothing sent.
      const otherId = await cli(['push', withLine, '--store', store.url, '--token', token, '--program-id', 'drugaya-programma-2020-2024', '--explanations', reportFile]);
      expect([otherId.code, otherId.stdout]).toEqual([2, '']);
      expect(otherId.stderr).toContain(`книга отчёта составлена по программе ${programId} (Форма R1!A5), а --program-id — drugaya-programma-2020-2024: не совпадают`);
      const otherVersion = await cli(['push', withLine, '--store', store.url, '--token', token, '--program-version', '2', '--explanations', reportFile]);
      expect([otherVersion.code, otherVersion.stdout]).toEqual([2, '']);
      expect(otherVersion.stderr).toContain(`книга отчёта составлена по версии 1 программы ${programId} (Форма R1!A5), а --program-version — 2: не совпадают`);
      // validate --store checks against the version the line names, and says which.
      const againstStore = await cli(['validate', withLine, '--store', store.url, '--token', token]);
      expect(againstStore.stderr).toContain(`Отчёт составлен по программе ${programId} версии 1 из хранилища (Форма R1!A5).`);
      expect(againstStore.stderr).toContain(`Отчёт проверен против программы ${programId} версии 1 из хранилища ${store.url}.`);
      expect(againstStore.code).toBe(0);
      // --program FILE of another program than the line's: refused.
      const sameProgram = await cli(['validate', withLine, '--program', join(ROOT, 'examples/stupino-2020-2024.program.json')]);
      expect(sameProgram.stderr).toContain('Отчёт проверен против программы');
      const another = JSON.parse(readFileSync(join(ROOT, 'examples/stupino-2020-2024.program.json'), 'utf8'));
      another.title = 'Развитие образования';
      const anotherFile = join(dir, 'another.program.json');
      writeFileSync(anotherFile, JSON.stringify(another));
      const wrongFile = await cli(['validate', withLine, '--program', anotherFile]);
      expect(wrongFile.code).toBe(2);
      expect(wrongFile.stderr).toMatch(new RegExp(`книга отчёта составлена по программе ${programId} \\(Форма R1!A5\\), а --program — программа \\S*razvitie-obrazovaniya\\S*: другая программа`));
    } finally {
      store.child.kill('SIGTERM');
      await store.exited;
    }
  }, 180_000);
});
