// checkReport: the R-rules on a report and its program (the entry point the server, the CLI and the pane call).
import { fromScaled, toScaled } from '../../../src/domain/amount';
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

  it('a plan typed off the program is one finding, R001: no R004, R006, R007 derived from the typed plan', () => {
    // Form R1: «План на год» 20 000 typed for the program's 82 348,0 under 20 100 financed (its totals follow it).
    const line = change(q1, (r) => {
      r.funding!.subprograms[0].sources[0].plan = '20000.0';
      r.funding!.subprograms[0].total!.plan = '20000.0';
      const less = (d: string | null) => fromScaled(toScaled(d!, 1) - toScaled('62348.0', 1), 1);
      r.funding!.total!.plan = less(r.funding!.total!.plan);
      r.funding!.totalBySource[0].plan = less(r.funding!.totalBySource[0].plan);
    });
    // Form R2: 96,68 typed for the program's 94,8, the fact 94,8 and its percentage 100,0 as against the program.
    const indicator = change(q1, (r) => {
      const i = r.indicators!.subprograms[0].activities[0].indicators[0];
      i.plan = { value: '96.68', bound: null };
      i.percent = '100.0';
    });
    expect(checkReport(line, program).findings.map((f) => [f.rule, f.path])).toEqual([['R001', 'report/funding/sub/1/src/municipal/plan']]);
    expect(checkReport(indicator, program).findings.map((f) => [f.rule, f.path])).toEqual([['R001', 'report/indicators/sub/1/act/1/ind/1/plan']]);
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
