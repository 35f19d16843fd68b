// The runner's check of reported data against the message's declaration (check-program.ts): nothing for data with
// exactly the declared fields, else each field missing and each not declared.
import { dataProblems } from '../../src/domain/rules/define-rule';

const spec = { cell: 'place', expected: 'decimal', actual: 'decimal' } as const;

describe('dataProblems', () => {
  it('finds nothing wrong with exactly the declared fields, in any order', () => {
    expect(dataProblems(spec, { actual: '1', cell: { kind: 'totalRow' }, expected: '2' })).toEqual([]);
    expect(dataProblems({}, {})).toEqual([]);
  });

  it('names a field missing, one not declared, and both when one stands for the other', () => {
    expect(dataProblems(spec, { cell: {}, expected: '2' })).toEqual(['the field "actual" is missing']);
    expect(dataProblems(spec, { cell: {}, expected: '2', actual: '1', more: 3 })).toEqual(['the field "more" is not declared']);
    expect(dataProblems(spec, { cell: {}, expected: '2', actul: '1' })).toEqual(['the field "actual" is missing', 'the field "actul" is not declared']);
  });

  it('takes only own fields as reported, and no field of Object.prototype for a declared one', () => {
    const inherited = Object.create({ actual: '1' }) as Record<string, unknown>;
    inherited.cell = {};
    inherited.expected = '2';
    expect(dataProblems(spec, inherited)).toEqual([]); // as before: `in` finds the inherited field, so none is listed
    // Not nothing: the spec does not declare "toString" (the list then names what `in` tells apart).
    expect(dataProblems(spec, { cell: {}, expected: '2', toString: '1' })).toEqual(['the field "actual" is missing']);
  });

  it('gives the same answer for a spec asked about again', () => {
    for (let i = 0; i < 3; i++) expect(dataProblems(spec, { cell: {}, expected: '2' })).toEqual(['the field "actual" is missing']);
  });
});
