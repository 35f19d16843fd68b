// The report template and the report reader: what the writer lays out, the reader reads back as it was,
// every value at its cell.
import { checkReport } from '../../../src/domain/reporting/check-report';
import { readReportWorkbook, isReportWorkbook } from '../../../src/sheets/read/report/report-reader';
import { writeReportTemplate, writeReportWorkbook } from '../../../src/sheets/write/report/report-workbook';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { change, stupinoProgram, stupinoQ1 } from '../../fixtures/report-builder';

/** Decimals compared by value: "0.0" and "0" are the same amount. */
function sameNumbers(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_, v: unknown) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v));
}

describe('report workbook: written, then read', () => {
  const program = stupinoProgram();

  it('reads back a filled report as it was written', () => {
    const q1 = stupinoQ1();
    const reading = readReportWorkbook(writeReportWorkbook(q1))!;
    expect(reading.sheets).toEqual({ funding: 'Форма R1', indicators: 'Форма R2' });
    const { report } = reading;
    expect(report.period).toEqual({ year: 2021, quarters: 1 });
    expect(report.periodText).toBe('за I квартал 2021 года');
    expect(report.title).toBe('Цифровое муниципальное образование');
    expect(report.municipality).toBe(q1.municipality);
    expect(report.programPeriod).toEqual({ from: 2020, to: 2024 });
    // A zero written in the amount format shows as "0" (the format's zero section), so it reads back as "0".
    expect(sameNumbers(report.funding)).toEqual(sameNumbers({ ...q1.funding, title: null, planHeader: 'План на 2021 год' }));
    expect(report.indicators!.subprograms).toEqual(q1.indicators!.subprograms);
    expect(reading.readIssues).toEqual([]);
    expect(checkReport(report, program, { provenance: reading.provenance }).findings).toEqual([]);
  });

  it('the template pre-fills the plan from Приложение 1/2 and sums by formulas', () => {
    const grids = writeReportTemplate(program, { year: 2021, quarters: 1 });
    const reading = readReportWorkbook(grids)!;
    const f = reading.report.funding!;
    expect(f.subprograms.map((s) => s.sources.map((l) => l.plan))).toEqual([['82348.0', '0', '0'], ['15867.6', '0', '182.7']]);
    expect(f.total!.plan).toBe('98398.3');
    const r1 = grids[0];
    const formulas = r1.rows.flat().filter((c) => c?.formula).map((c) => c!.formula);
    expect(formulas).toContain('SUM(D10:D12)');
    expect(formulas.some((x) => /^IF\(OR\(D\d+="",D\d+=0\),"-",ROUND\(F\d+\/D\d+\*100,1\)\)$/.test(x!))).toBe(true);
    expect(r1.validations?.[0].values).toContain('Бюджет городского округа Ступино');
    expect(r1.layout).toMatchObject({ orientation: 'landscape', fitToWidth: true });
    expect(reading.report.indicators!.subprograms[0].activities[0].indicators[0].plan).toEqual({ value: '94.8', bound: null });
  });

  it('a program workbook is not a report workbook', () => {
    expect(isReportWorkbook(writeProgramWorkbook(program))).toBe(false);
    expect(isReportWorkbook(writeReportTemplate(program, { year: 2021, quarters: 4 }))).toBe(true);
  });

  // One defect, one finding (docs/findings.md): a subprogram's row off the program is found at that row, not also at the totals.
  const findingsOf = (report: ReturnType<typeof stupinoQ1>) => {
    const reading = readReportWorkbook(writeReportWorkbook(report))!;
    return checkReport(reading.report, program, { provenance: reading.provenance }).findings.map((f) => ({ rule: f.rule, cell: f.cell, affects: (f.affects ?? []).map((a) => a.cell) }));
  };

  it('a subprogram’s row off the program (its source and «Всего» 9,0 more) under ИТОГО and «в том числе» as in the program: R001 at the source, the two totals folded under it', () => {
    const bad = change(stupinoQ1(), (r) => {
      r.funding!.subprograms[1].sources[0].plan = '15876.6';
      r.funding!.subprograms[1].total!.plan = '16059.3';
    });
    expect(findingsOf(bad)).toEqual([{ rule: 'R001', cell: 'D14', affects: ['D18', 'D19'] }]);
  });

  it('a subprogram’s «Всего» typed over, ИТОГО following it: one finding at the «Всего», R002 with its sum (not also R001 with the program’s amount)', () => {
    const bad = change(stupinoQ1(), (r) => {
      r.funding!.subprograms[1].total!.plan = '16060.3';
      r.funding!.total!.plan = '98408.3';
    });
    expect(findingsOf(bad)).toEqual([{ rule: 'R002', cell: 'D17', affects: [] }]);
  });

  // The tester's pane: D10 (a line) typed 20 000, D13 (its «Всего», a formula) typed over with 5; Excel recomputes ИТОГО and
  // «в том числе». Was R001 and R002 both at D13, fixes 82 348,0 and =СУММ(D10:D12).
  it('a line typed off the program and its «Всего» typed over: R001 at the line, R002 at the «Всего» with the sum, no second finding there', () => {
    const bad = change(stupinoQ1(), (r) => {
      r.funding!.subprograms[0].sources[0].plan = '20000.0';
      r.funding!.subprograms[0].total!.plan = '5.0';
      r.funding!.total!.plan = '16055.3';
      r.funding!.totalBySource[0].plan = '35867.6';
    });
    const reading = readReportWorkbook(writeReportWorkbook(bad))!;
    const { findings } = checkReport(reading.report, program, { provenance: reading.provenance });
    expect(findings.filter((f) => f.rule === 'R001' || f.rule === 'R002').map((f) => ({ rule: f.rule, cell: f.cell, fix: f.fix }))).toEqual([
      { rule: 'R001', cell: 'D10', fix: { kind: 'number', value: '82348.0' } },
      { rule: 'R002', cell: 'D13', fix: { kind: 'sum', addends: ['report/funding/sub/1/src/municipal/plan', 'report/funding/sub/1/src/regional/plan', 'report/funding/sub/1/src/extrabudgetary/plan'], value: '20000.0' } },
    ]);
  });

  it('a seeded defect is found at its cell', () => {
    const bad = change(stupinoQ1(), (r) => { r.funding!.subprograms[1].sources[0].percent = '12.3'; });
    const reading = readReportWorkbook(writeReportWorkbook(bad))!;
    const [finding] = checkReport(reading.report, program, { provenance: reading.provenance }).findings;
    expect(finding).toMatchObject({ rule: 'R007', sheet: 'Форма R1', cell: 'G14' });
  });
});
