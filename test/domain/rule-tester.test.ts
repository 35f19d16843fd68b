// The rule tester refuses tables that would let a rule drift: unknown message ids, unexpected fixes,
// missing or extra findings.
import { paths } from '../../src/domain/paths';
import { rowTotal } from '../../src/domain/rules/funding/F001-row-total';
import { buildProgram, edit } from '../fixtures/program-builder';
import { invalidCaseProblems, validCaseProblems } from './rule-tester';

const broken = edit(buildProgram(), (p) => { p.funding!.subprograms[0].sources[0].total = '224840.1'; });
const path = paths.fundingSourceCell(0, 'municipal', 'total');
const fix = { kind: 'number' as const, value: '224840.0' };

describe('the rule tester', () => {
  it('accepts a case that lists the finding and its fix', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'ok', program: broken, errors: [{ messageId: 'rowTotal', path }], fix })).toEqual([]);
  });

  it('refuses a message id the rule does not have', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'typo', program: broken, errors: [{ messageId: 'rowTotals', path }], fix })).toEqual([
      'F001 has no message id "rowTotals" (it has: rowTotal)',
    ]);
  });

  it('refuses a finding with a fix the case does not expect', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'no fix', program: broken, errors: [{ messageId: 'rowTotal', path }] })).toEqual([
      'finding 1: the rule gives the fix {"kind":"number","value":"224840.0"}, the case does not say which fix it expects',
    ]);
  });

  it('reports a different fix, path or amount', () => {
    expect(invalidCaseProblems(rowTotal, {
      name: 'wrong', program: broken, errors: [{ messageId: 'rowTotal', path: paths.fundingTotalCell('total'), expected: '1,0' }], fix: { kind: 'number', value: '1.0' },
    })).toEqual([
      `finding 1: path ${path}, expected funding/total/total`,
      'finding 1: expected "224 840,0", expected "1,0"',
      'finding 1: fix {"kind":"number","value":"224840.0"}, expected {"kind":"number","value":"1.0"}',
    ]);
  });

  it('reports a missing finding and an unexpected one in a valid case', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'none', program: buildProgram(), errors: [{ messageId: 'rowTotal', path }] })).toEqual(['expected 1 finding(s), got 0: ']);
    expect(validCaseProblems(rowTotal, { name: 'broken', program: broken })).toHaveLength(1);
  });
});
