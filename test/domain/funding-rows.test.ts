// A row's place with a column is its place without one, plus that column last (what the spread of `{ column }`
// made before the places were written out per case): the same object, the same key order in a report's JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fundingRows, tableColumns } from '../../src/domain/funding-rows';
import { Program } from '../../src/domain/model/program';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/stupino-2020-2024.program.json'), 'utf8'));
// Every kind of row: the example's, plus "из них" parts and a repeated ИТОГО.
example.funding.ofWhich = [{ ...example.funding.totalBySource[0], source: 'из них:  капитальные вложения', parent: example.funding.totalBySource[0].source }];
example.funding.totalRepeats = [{ ...example.funding.total, source: 'Всего по программе' }];
const funding = Program.parse(example).funding!;

describe('fundingRows: places', () => {
  const rows = fundingRows(funding);
  it('covers every kind of row', () => {
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['source', 'subtotal', 'total', 'bySource', 'part', 'repeat']));
  });
  it.each(rows.map((r) => [r.kind, r.path, r] as const))('%s %s: the row place without a column, a cell place with it last', (_kind, _path, r) => {
    const row = r.place();
    expect(Object.keys(row)).not.toContain('column');
    for (const c of tableColumns(funding)) {
      expect(JSON.stringify(r.place(c.column))).toBe(JSON.stringify({ ...row, column: c.column }));
    }
  });
});
