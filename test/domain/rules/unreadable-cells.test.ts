// One defect, one finding: a cell the reader could not read (S004 text, S005 error value) is null in the
// model, and the sums that include it are not checked — S004/S005 at that cell is the one finding.
import { collectFindings } from '../../../src/domain/check-program';
import { paths } from '../../../src/domain/paths';
import type { ReadIssue } from '../../../src/domain/rules/define-rule';
import { buildProgram, edit } from '../../fixtures/program-builder';

const Y2021 = { from: 2021, to: 2021 };

function notANumber(path: string, cell: string): ReadIssue {
  return { rule: 'S004', messageId: 'notANumber', path, sheet: 'Приложение 1', cell, data: { text: '12,3 тыс', column: '2021 год' } };
}

describe('an unreadable cell', () => {
  it('in a source row gives S004 only, not F001, F002 or F004 for the sums it belongs to', () => {
    const path = paths.fundingSourceCell(0, 'municipal', Y2021);
    const program = edit(buildProgram(), (p) => { p.funding!.subprograms[0].sources[0].years[1] = null; });
    const findings = collectFindings({ program, readIssues: [notANumber(path, 'E10')] });
    expect(findings.map((f) => f.rule)).toEqual(['S004']);
  });

  it('still lets the other columns and rows be checked', () => {
    const path = paths.fundingSourceCell(0, 'municipal', Y2021);
    const program = edit(buildProgram(), (p) => {
      p.funding!.subprograms[0].sources[0].years[1] = null;
      p.funding!.subprograms[1].total!.years[0] = '1.0'; // a real defect elsewhere
    });
    const rules = collectFindings({ program, readIssues: [notANumber(path, 'E10')] }).map((f) => f.rule);
    expect(rules).toContain('S004');
    expect(rules).toContain('F002');
  });

  it('as a planned value gives S004, not I001 (missing value)', () => {
    const program = buildProgram({ subprograms: [{ name: 'Развитие архивного дела', sources: [{ name: 'Федеральный бюджет', years: ['1.0', '1.0', '1.0'] }], activities: [{ title: 'Основное мероприятие 01. Архив', indicators: [{ name: 'Доля описей', base: '50', plan: ['50', null, '50'] }] }] }] });
    const path = paths.indicatorPlan(0, 0, 0, Y2021);
    const issue: ReadIssue = { rule: 'S005', messageId: 'errorValue', path, sheet: 'Приложение 2', cell: 'H12', data: { value: '#REF!' } };
    const rules = collectFindings({ program, readIssues: [issue] }).map((f) => f.rule);
    expect(rules).toContain('S005');
    expect(rules).not.toContain('I001');
  });
});
