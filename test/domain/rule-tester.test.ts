// The rule tester refuses tables that would let a rule drift: unknown message ids, unexpected fixes,
// missing or extra findings.
import { paths } from '../../src/domain/paths';
import { rowTotal } from '../../src/domain/rules/funding/F001-row-total';
import { buildProgram, edit } from '../fixtures/program-builder';
import { coverageProblems, invalidCaseProblems, validCaseProblems } from './rule-tester';

const broken = edit(buildProgram(), (p) => { p.funding!.subprograms[0].sources[0].total = '224840.1'; });
const path = paths.fundingSourceCell(0, 'municipal', 'total');
const fix = { kind: 'sum' as const, addends: ['funding/sub/1/src/municipal/y/2020', 'funding/sub/1/src/municipal/y/2021', 'funding/sub/1/src/municipal/y/2022'], value: '224840.0' };

describe('the rule tester', () => {
  it('accepts a case that lists the finding and its fix', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'ok', program: broken, errors: [{ messageId: 'rowTotal', path }], fix })).toEqual([]);
  });

  it('refuses a message id the rule does not have', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'typo', program: broken, errors: [{ messageId: 'rowTotals', path }], fix })).toEqual([
      'F001 has no message id "rowTotals" (it has: rowTotal, yearAmount)',
    ]);
  });

  it('refuses a finding with a fix the case does not expect', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'no fix', program: broken, errors: [{ messageId: 'rowTotal', path }] })).toEqual([
      `finding 1: F001 is fixable, so the case must state the fix (null for none); the rule gives ${JSON.stringify(fix)}`,
    ]);
  });

  it('reports a different fix, path or amount', () => {
    expect(invalidCaseProblems(rowTotal, {
      name: 'wrong', program: broken, errors: [{ messageId: 'rowTotal', path: paths.fundingTotalCell('total'), data: { expected: '1.0' } }], fix: { kind: 'number', value: '1.0' },
    })).toEqual([
      `finding 1: path ${path}, expected funding/total/total`,
      'finding 1: data.expected "224840.0", expected "1.0"',
      `finding 1: fix ${JSON.stringify(fix)}, expected {"kind":"number","value":"1.0"}`,
    ]);
  });

  it('reports what a finding explains when it is not what the case expects', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'affects', program: broken, errors: [{ messageId: 'rowTotal', path, affects: [paths.fundingTotalCell('total')] }], fix })).toEqual([
      'finding 1: affects [], expected ["funding/total/total"]',
    ]);
  });

  it('reports a missing finding and an unexpected one in a valid case', () => {
    expect(invalidCaseProblems(rowTotal, { name: 'none', program: buildProgram(), errors: [{ messageId: 'rowTotal', path }] })).toEqual(['expected 1 finding(s), got 0: ']);
    expect(validCaseProblems(rowTotal, { name: 'broken', program: broken })).toHaveLength(1);
  });
});

describe('the rule tester on meta.fixable, as ESLint checks it', () => {
  const unfixable = { ...rowTotal, meta: { ...rowTotal.meta, fixable: false } };
  it('refuses a rule that reports a fix without declaring fixable', () => {
    expect(invalidCaseProblems(unfixable, { name: 'undeclared', program: broken, errors: [{ messageId: 'rowTotal', path }] })).toEqual([
      'F001 reports a fix but its meta says fixable: false',
    ]);
  });

  it('refuses a case that expects a fix of a rule that is not fixable', () => {
    expect(invalidCaseProblems(unfixable, { name: 'expects', program: broken, errors: [{ messageId: 'rowTotal', path }], fix })).toEqual([
      `F001 is not fixable (meta.fixable is false), yet the case expects the fix ${JSON.stringify(fix)}`,
    ]);
  });

  it('wants a case and a rendered message for each message id', () => {
    expect(coverageProblems(rowTotal, [{ name: 'no message', program: broken, errors: [{ messageId: 'rowTotal', path }], fix }])).toEqual([
      'F001: no case checks the rendered message of "rowTotal" (add message: {ru, en} to one)',
      'F001: no invalid case gives the message id "yearAmount"',
    ]);
    expect(coverageProblems(rowTotal, [])).toEqual(['F001: no invalid case gives the message id "rowTotal"', 'F001: no invalid case gives the message id "yearAmount"']);
  });

  it('refuses data a message does not declare', () => {
    const sloppy = { ...rowTotal, check: (ctx: Parameters<typeof rowTotal.check>[0]) => ctx.report({ messageId: 'rowTotal', path, data: { row: { kind: 'totalRow' }, expected: '1.0', actual: '2.0', whereEn: 'x' } as never }) };
    expect(invalidCaseProblems(sloppy, { name: 'extra field', program: broken, errors: [{ messageId: 'rowTotal', path }], fix: null })).toEqual(['F001 rowTotal: the field "whereEn" is not declared']);
  });
});
