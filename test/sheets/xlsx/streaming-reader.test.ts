// The streaming reader (fflate + saxes) gives the grids the ExcelJS reader gave, on every workbook both
// can read: the worked example, the templates, generated "pasted from Word" workbooks of every layout,
// scaled programs and random grids; and it reads what ExcelJS never wrote (inline strings, phonetic runs,
// prefixed namespaces, cells without addresses, 1904 dates, ISO dates).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { writeXlsxBuffer } from '../../../src/cli/xlsx/write-xlsx';
import { Program } from '../../../src/domain/model/program';
import type { Grid, GridCell } from '../../../src/sheets/grid';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { scaleProgram } from '../../../bench/scaled-program';
import { DEFECTS, pastedWorkbook, pastedWorkbookXlsx } from '../../fixtures/pasted-workbook';
import { xlsxToGrids as exceljsGrids } from './exceljs-reference';
import { rawXlsx, sheetData } from './raw-xlsx';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

async function expectSameAsExcelJS(data: Uint8Array): Promise<void> {
  for (const styles of [false, true]) {
    // JSON: the same keys in the same order, as a report made from them would be.
    expect(JSON.stringify(readXlsxGrids(data, { styles }))).toBe(JSON.stringify(await exceljsGrids(data, { styles })));
  }
}

describe('the streaming reader gives the grids the ExcelJS reader gave', () => {
  it('on the worked example as published in the repository', async () => {
    await expectSameAsExcelJS(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.xlsx')));
  });

  it('on the blank templates and the worked example ×10', async () => {
    await expectSameAsExcelJS(await writeXlsxBuffer(writeProgramWorkbook(null, { period: { from: 2025, to: 2029 } })));
    await expectSameAsExcelJS(await writeXlsxBuffer(writeProgramWorkbook(scaleProgram(example, 10))));
  });

  it('on workbooks pasted from Word, of every layout and seeded defect', async () => {
    for (let seed = 1; seed <= 70; seed++) {
      const defect = seed % 3 === 0 ? null : DEFECTS[seed % DEFECTS.length];
      await expectSameAsExcelJS(await pastedWorkbookXlsx(pastedWorkbook(seed, defect)));
    }
  }, 120_000);

  it('on random grids: values, formulas, errors, number formats, merges and lists', async () => {
    // Characters XML 1.0 can carry (ExcelJS escapes no control character).
    const xmlChar = (c: string) => { const n = c.charCodeAt(0); return (n >= 0x20 || n === 9 || n === 10 || n === 13) && n !== 0xfffe && n !== 0xffff; };
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && [...s].every(xmlChar));
    const cell: fc.Arbitrary<GridCell | null> = fc.oneof(
      fc.constant(null),
      text.map((value) => ({ value })),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((value) => ({ value, numberFormat: '#,##0.0' })),
      fc.integer({ min: -1000, max: 1000 }).map((value) => ({ value })),
      fc.boolean().map((value) => ({ value })),
      fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((value) => ({ value, error: true })),
      fc.integer({ min: 0, max: 100 }).map((value) => ({ value, formula: `A1+${value}` })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.boolean(), async (rows, merge) => {
        const grid: Grid = { name: 'Лист', rows, merges: merge && rows.length > 1 ? [{ top: 0, left: 0, bottom: 1, right: 1 }] : [] };
        await expectSameAsExcelJS(await writeXlsxBuffer([grid]));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('the streaming reader on what other writers put in a workbook', () => {
  it('reads inline strings, rich text, phonetic runs left out, booleans, errors and string results of formulas', () => {
    const data = rawXlsx([{ name: 'Лист1', body: sheetData([
      '<c r="A1" t="inlineStr"><is><t>Паспорт</t></is></c><c r="B1" t="inlineStr"><is><r><t>Подпрограмма </t></r><r><rPr><b/></rPr><t>I</t></r></is></c>',
      '<c r="A2" t="s"><v>0</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" t="str"><f>A2&amp;"!"</f><v>итого!</v></c>',
    ]) }], { sharedStrings: '<si><r><t>Цифровое </t></r><r><t>образование</t></r><rPh sb="0" eb="1"><t>ФОНЕТИКА</t></rPh></si>' });
    const [grid] = readXlsxGrids(data);
    expect(grid.rows).toEqual([
      [{ value: 'Паспорт' }, { value: 'Подпрограмма I' }],
      [{ value: 'Цифровое образование' }, { value: true }, { value: '#DIV/0!', error: true }, { value: 'итого!', formula: 'A2&"!"' }],
    ]);
  });

  it('reads a main namespace with a prefix and cells without addresses', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const data = rawXlsx([{ name: 'Лист1', body: '' }], {
      extra: {
        'xl/worksheets/sheet1.xml': new TextEncoder().encode(`<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>три</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`),
      },
    });
    expect(readXlsxGrids(data)[0].rows).toEqual([[{ value: 1 }, { value: 2 }], [{ value: 'три' }]]);
  });

  it('reads formulas and merged areas under a prefixed main namespace («x:f», «x:mergeCell»: the reader tells the unprefixed ones by name)', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheet =
      `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>2</x:v></x:c><x:c r="B1"><x:f>A1*3</x:f><x:v>6</x:v></x:c></x:row>` +
      `<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>итого</x:t></x:is></x:c></x:row></x:sheetData>` +
      `<x:mergeCells count="1"><x:mergeCell ref="A2:B2"/></x:mergeCells></x:worksheet>`;
    const [grid] = readXlsxGrids(rawXlsx([{ name: 'Лист1', body: '' }], { extra: { 'xl/worksheets/sheet1.xml': new TextEncoder().encode(sheet) } }));
    expect(grid.rows).toEqual([[{ value: 2 }, { value: 6, formula: 'A1*3' }], [{ value: 'итого' }]]);
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
  });

  it('gives dates as text in the 1900 and 1904 systems, and ISO dates (t="d")', () => {
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const body = sheetData(['<c r="A1" s="1"><v>45657</v></c><c r="B1" t="d"><v>2024-12-31T10:30:00</v></c>']);
    expect(readXlsxGrids(rawXlsx([{ name: 'Д', body }], { styles }))[0].rows[0]).toEqual([
      { value: '31.12.2024', numberFormat: 'mm-dd-yy' },
      { value: '31.12.2024 10:30' },
    ]);
    expect(readXlsxGrids(rawXlsx([{ name: 'Д', body }], { styles, date1904: true }))[0].rows[0][0]).toEqual({ value: '01.01.2029', numberFormat: 'mm-dd-yy' });
  });

  it('gives shared formulas in full and keeps the value of a merge in its top-left cell only', () => {
    const body =
      sheetData(['<c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c>', '<c r="A2"><v>5</v></c><c r="B2"><f t="shared" si="0"/><v>11</v></c>', '<c r="B3"><f t="shared" si="0"/><v>1</v></c><c r="C3"><v>7</v></c>']) +
      '<mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells>';
    const [grid] = readXlsxGrids(rawXlsx([{ name: 'Ф', body }]));
    expect(grid.rows.map((r) => r.map((c) => c?.formula ?? c?.value ?? null))).toEqual([[1, 'A1*2+$A$1'], [5, 'A2*2+$A$1'], [null, 'A3*2+$A$1']]);
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
  });

  it('leaves hidden sheets out but reads a drop-down list that refers to one', () => {
    const data = rawXlsx(
      [
        { name: 'Приложение 2', body: sheetData(['<c r="A1" t="inlineStr"><is><t>Единица</t></is></c>', '<c r="A2" t="inlineStr"><is><t>%</t></is></c>']) + `<dataValidations count="1"><dataValidation type="list" sqref="A2:A1048576"><formula1>'Списки'!$A$1:$A$1048576</formula1></dataValidation></dataValidations>` },
        { name: 'Списки', state: 'hidden', body: sheetData(['<c r="A1" t="inlineStr"><is><t>%</t></is></c>', '<c r="A2" t="inlineStr"><is><t>человек</t></is></c>']) },
      ],
      {},
    );
    const grids = readXlsxGrids(data);
    expect(grids.map((g) => g.name)).toEqual(['Приложение 2']);
    // The list over the whole column is clamped to the table.
    expect(grids[0].validations).toEqual([{ range: { top: 1, left: 0, bottom: 1, right: 0 }, values: ['%', 'человек'] }]);
  });
});
