// Published report forms (test/corpus/reports): each kept verbatim with its address, pasted as a person pastes
// it, read as a report workbook — the form found by its header, its columns and rows as the form names them —
// and checked: a blank form as published gives no finding at all (no false error). The search corpus holds
// no filled-in report (report-fragment.ts); the filled shapes are test/sheets/report/*.test.ts.
import { readXlsxBuffer } from '../../src/cli/xlsx/read-xlsx';
import { checkReportWorkbook } from '../../src/sheets/check-report-workbook';
import { pasteWorkbook } from './paste-workbook';
import { REPORT_CORPUS } from './reports/reports';

const spaced = (t: string) => t.replace(/\s+/g, ' ').trim();

describe.each(REPORT_CORPUS.map((f) => [f.id, f] as const))('%s', (_id, fragment) => {
  it('is kept verbatim: every text pasted, every word listed, is in the stored excerpt; its source is named', () => {
    const verbatim = spaced(fragment.verbatim);
    const pasted = fragment.sheets.flatMap((s) => s.rows.flat()).map((c) => (c === null ? '' : typeof c === 'string' ? c : c.text)).filter((t) => t.trim() !== '' && !/^\d+\.?$/.test(t.trim()));
    expect(pasted.filter((t) => !verbatim.includes(spaced(t)))).toEqual([]);
    expect(fragment.words.filter((w) => !verbatim.includes(spaced(w)))).toEqual([]);
    expect(fragment.source.url).toMatch(/^https?:\/\//);
    if (fragment.source.date !== null) expect(fragment.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is read as the form it is: its columns, its plan, its rows', async () => {
    const grids = await readXlsxBuffer((await pasteWorkbook(fragment.sheets)).buffer);
    const checked = checkReportWorkbook(grids)!;
    expect(checked).not.toBeNull();
    const { report } = checked.reading;
    const { read } = fragment;
    if (read.form === 'funding') {
      const f = report.funding!;
      expect({ columns: f.columns, plan: f.plan, planHeader: f.planHeader }).toEqual(read.funding);
      if (read.rows) {
        expect({
          total: f.total !== null,
          bySource: f.totalBySource.map((l) => l.source),
          subprograms: f.subprograms.map((s) => ({ title: s.title, total: s.total !== null, sources: s.sources.map((l) => l.source), activities: s.activities.map((a) => a.title) })),
        }).toEqual(read.rows);
      }
    } else {
      expect(report.indicators!.columns).toEqual(read.indicators!.columns);
      expect(report.funding).toBeNull();
    }
  });

  it('gives one finding only, R008: the blank form names no period (its «за _______ год» left blank, or none); no false error', async () => {
    const grids = await readXlsxBuffer((await pasteWorkbook(fragment.sheets)).buffer);
    const checked = checkReportWorkbook(grids)!;
    expect(checked.reading.report.period).toBeNull();
    expect(checked.report.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['R008 error']);
    expect(checked.report.findings[0].sheet).toBe(fragment.sheets[0].name);
  });
});
