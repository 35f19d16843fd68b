// checkReport: the R-rules on a report and its program (the entry point the server, the CLI and the pane call).
import { checkReport } from '../../../src/domain/reporting/check-report';
import { checkProgram } from '../../../src/domain/check-program';
import { RulesConfig } from '../../../src/domain/config-schema';
import { change, stupinoProgram, stupinoQ1 } from '../../fixtures/report-builder';

describe('checkReport', () => {
  const program = stupinoProgram();
  const q1 = stupinoQ1();

  it('finds nothing in a clean report of the worked example\'s program', () => {
    expect(checkReport(q1, program)).toEqual({ valid: true, summary: { error: 0, warning: 0, info: 0 }, findings: [] });
  });

  it('gives one finding per seeded defect, each at its path, with R005 against the previous report', () => {
    const h1 = change(q1, (r) => {
      r.period = { year: 2021, quarters: 2 };
      r.periodText = 'за I полугодие 2021 года';
      const sp = r.funding!.subprograms;
      sp[0].sources[0].financed = '41000.0';
      sp[0].sources[0].spent = '40210.5';
      sp[0].total!.financed = '41000.0';
      sp[0].total!.spent = '40210.5';
      r.funding!.total!.financed = '44545.6';
      r.funding!.total!.spent = '43677.8';
      r.funding!.totalBySource[0].financed = '44500.0';
      r.funding!.totalBySource[0].spent = '43632.2';
      sp[0].sources[0].percent = '48.8';
      sp[0].total!.percent = '48.8';
      r.funding!.total!.percent = '44.4';
      r.funding!.totalBySource[0].percent = '44.4';
      sp[1].sources[0].plan = '15876.6'; // R001 (its totals as copied from the program)
      sp[1].sources[2].spent = '40.0'; // R005: 45,6 in the first quarter
      sp[1].sources[2].percent = '21.9';
      sp[1].total!.spent = '3461.7';
      r.funding!.totalBySource[2].spent = '40.0';
      r.funding!.totalBySource[2].percent = '21.9';
      r.funding!.total!.spent = '43672.2';
      sp[1].sources[0].percent = '12.3'; // R007
    });
    const report = checkReport(h1, program, { previous: q1 });
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['R001', 'error', 'report/funding/sub/2/src/municipal/plan'],
      ['R005', 'error', 'report/funding/sub/2/src/extrabudgetary/spent'],
      ['R007', 'error', 'report/funding/sub/2/src/municipal/percent'],
      // (no cells here: errors first.) The half-year's pace is 25 %: 3 421,7 of 15 876,6 (21,6 %) and 40,0 of 182,7 (21,9 %) need reasons.
      ['R006', 'warning', 'report/funding/sub/2/src/municipal/reason'],
      ['R006', 'warning', 'report/funding/sub/2/src/extrabudgetary/reason'],
    ]);
  });

  it('R006 is a warning in a quarterly report and an error in the annual one; severities come from the config', () => {
    const behind = change(q1, (r) => { r.funding!.subprograms[1].sources[0].spent = '1000.0'; r.funding!.subprograms[1].sources[0].financed = '1000.0'; });
    const quarterly = checkReport(behind, program).findings.filter((f) => f.rule === 'R006');
    expect(quarterly.map((f) => f.severity)).toEqual(['warning']);
    const annual = change(behind, (r) => { r.period = { year: 2021, quarters: 4 }; });
    const errors = checkReport(annual, program).findings.filter((f) => f.rule === 'R006' && f.severity === 'error');
    expect(errors.map((f) => f.path)).toContain('report/funding/sub/2/src/municipal/reason');
    const off = checkReport(behind, program, { config: RulesConfig.parse({ severity: { R006: 'off' } }) });
    expect(off.findings.filter((f) => f.rule === 'R006')).toEqual([]);
  });

  it('the R-rules are silent when a program alone is checked', () => {
    expect(checkProgram({ program }).findings.filter((f) => f.rule.startsWith('R'))).toEqual([]);
  });
});
