// Report workbooks as pasted, amounts in руб. or млн руб. (docs/design/REPORTS.md): the unit read where the form prints
// it (its title block, «(руб.)», or its header, «Предусмотрено программой на 2022 год, млн руб.»), the
// report checked in its own unit at that unit's precision (руб.: kopecks), and its plan compared with the
// program converted exactly into the program's unit, at the program's precision; R001's fix is written in
// the report's unit. ExcelJS directly (test/corpus/paste-workbook.ts), not sverka's writers.
import type { Program } from '../../../src/domain/model/program';
import type { PastedSheet } from '../../corpus/fragment';
import { checkPasted, cultureProgram, cultureR1, row, type Values } from './culture-report';

const IN_THOUSANDS = cultureProgram('тыс. руб.', { libTown: '5000.0', libObl: '1200.0', lib: '6200.0', museum: '3000.0', total: '9200.0', town: '8000.0' });
const IN_MILLIONS = cultureProgram('млн руб.', { libTown: '5.000', libObl: '1.200', lib: '6.200', museum: '3.000', total: '9.200', town: '8.000' });


/** The form with the unit in its title block (`title`) or in its header (`header`), its numbers pasted as text. */
const form = (values: Values, unit: { title?: string; header?: string }): PastedSheet => cultureR1(values, { numbers: 'text', unit });

// In rubles, with kopecks: each line's plan is the program's (5 000,0 тыс. = 5 000 000,00 руб.); the facts add
// up to the kopeck: spent 3 550 000,55 + 900 000,00 = 4 450 000,55; + 2 050 500,45 = 6 500 501,00;
// 3 550 000,55 + 2 050 500,45 = 5 600 501,00. Percentages: 2 050 500,45 / 3 000 000,00 = 68,35015 % → 68,4;
// 6 500 501,00 / 9 200 000,00 = 70,657 % → 70,7; 5 600 501,00 / 8 000 000,00 = 70,006 % → 70,0; 4 450 000,55 / 6 200 000,00 = 71,774 % → 71,8.
const RUBLES: Values = {
  ...row('I.town', '5 000 000,00', '3 600 000,00', '3 550 000,55', '71,0'),
  ...row('I.obl', '1 200 000,00', '900 000,00', '900 000,00', '75,0'),
  ...row('I.all', '6 200 000,00', '4 500 000,00', '4 450 000,55', '71,8'),
  ...row('II.town', '3 000 000,00', '2 100 000,00', '2 050 500,45', '68,4'),
  ...row('II.all', '3 000 000,00', '2 100 000,00', '2 050 500,45', '68,4'),
  ...row('tot', '9 200 000,00', '6 600 000,00', '6 500 501,00', '70,7'),
  ...row('by.town', '8 000 000,00', '5 700 000,00', '5 600 501,00', '70,0'),
  ...row('by.obl', '1 200 000,00', '900 000,00', '900 000,00', '75,0'),
};

// In millions, three decimals: 5,000 + 1,200 = 6,200; + 3,000 = 9,200. Spent 3,550 + 0,900 = 4,450; + 2,051 = 6,501; 3,550 + 2,051 = 5,601.
const MILLIONS: Values = {
  ...row('I.town', '5,000', '3,600', '3,550', '71,0'),
  ...row('I.obl', '1,200', '0,900', '0,900', '75,0'),
  ...row('I.all', '6,200', '4,500', '4,450', '71,8'),
  ...row('II.town', '3,000', '2,100', '2,051', '68,4'),
  ...row('II.all', '3,000', '2,100', '2,051', '68,4'),
  ...row('tot', '9,200', '6,600', '6,501', '70,7'),
  ...row('by.town', '8,000', '5,700', '5,601', '70,0'),
  ...row('by.obl', '1,200', '0,900', '0,900', '75,0'),
};

const check = (sheet: PastedSheet, program: Program) => checkPasted([sheet], program);

describe.each([
  ['руб. in the title block «(руб.)»', RUBLES, { title: '(руб.)' }, 'руб.'],
  ['руб. in the header «…, рублей»', RUBLES, { header: 'рублей' }, 'руб.'],
  ['млн руб. in the header', MILLIONS, { header: 'млн руб.' }, 'млн руб.'],
  ['млн руб. in the title block «Единица измерения: млн рублей»', MILLIONS, { title: 'Единица измерения: млн рублей' }, 'млн руб.'],
] as const)('a report in %s', (_name, values, unitWords, unit) => {
  it('is read in its unit, exactly as printed', async () => {
    const { result } = await check(form(values, unitWords), IN_THOUSANDS);
    const { report } = result.reading;
    expect(report.unit).toBe(unit);
    expect(report.funding!.total!.plan).toBe(unit === 'руб.' ? '9200000.00' : '9.200');
    expect(report.funding!.subprograms[1].sources[0].spent).toBe(unit === 'руб.' ? '2050500.45' : '2.051');
  });

  it.each([
    ['a program in тыс. руб.', IN_THOUSANDS],
    ['a program in млн руб.', IN_MILLIONS],
  ])('clean against %s: no finding', async (_p, program) => {
    expect((await check(form(values, unitWords), program)).findings).toEqual([]);
  });

  it('a plan that differs from the program by 100 000 руб. (0,1 тыс.): R001 at its cell, the fix in the report’s unit', async () => {
    // The line alone is off (its totals are the program's): one finding, at the line (as in pasted-reports.test.ts).
    const changed = unit === 'руб.' ? { 'I.obl.plan': '1 100 000,00' } : { 'I.obl.plan': '1,100' };
    const { findings, at, result } = await check(form({ ...values, ...changed }, unitWords), IN_THOUSANDS);
    expect(findings).toEqual([`R001 error ${at('I.obl.plan')}`]);
    const r001 = result.report.findings.filter((f) => f.rule === 'R001' && `${f.sheet}!${f.cell}` === at('I.obl.plan'));
    expect(r001).toHaveLength(1);
    // Said and fixed in the report's unit: the program's 1 200,0 тыс. руб. is 1 200 000,00 руб., 1,200 млн руб.
    expect(r001[0].data).toMatchObject(unit === 'руб.' ? { expected: '1200000.00', actual: '1100000.00' } : { expected: '1.200', actual: '1.100' });
    expect(r001[0].fix).toEqual({ kind: 'number', value: unit === 'руб.' ? '1200000.00' : '1.200' });
  });

  it('a total that does not add up (one kopeck or one thousand rubles off): R002 at the total, in the report’s unit', async () => {
    const changed = unit === 'руб.' ? { 'tot.spent': '6 500 501,01' } : { 'tot.spent': '6,502' };
    const { findings, at, result } = await check(form({ ...values, ...changed }, unitWords), IN_THOUSANDS);
    expect(findings).toEqual([`R002 error ${at('tot.spent')}`]);
    expect(result.report.findings[0].data).toMatchObject(unit === 'руб.' ? { expected: '6500501.00', actual: '6500501.01' } : { expected: '6.501', actual: '6.502' });
  });
});

test('a plan in rubles the program does not have to the ruble (3 000 012,34 for 3 000,0 тыс.): R001 — the plan column is the program’s amount', async () => {
  const changed = { 'II.town.plan': '3 000 012,34', 'II.all.plan': '3 000 012,34', 'tot.plan': '9 200 012,34', 'by.town.plan': '8 000 012,34' };
  const { findings, at } = await check(form({ ...RUBLES, ...changed }, { title: '(руб.)' }), IN_THOUSANDS);
  expect(findings).toEqual([`R001 error ${at('II.town.plan')}`]);
});

describe('a unit over the form that its header contradicts', () => {
  it('«(руб.)» over columns «…, тыс. руб.»: read in руб. (the title block), R009 at the first header cell naming the title’s cell — one finding', async () => {
    const { result, findings, at } = await check(form(RUBLES, { title: '(руб.)', header: 'тыс. руб.' }), IN_THOUSANDS);
    expect(result.reading.report.unit).toBe('руб.');
    const header = at('I.town.plan').replace(/\d+$/, '3');
    expect(findings).toEqual([`R009 error ${header}`]);
    expect(result.report.findings[0].data).toMatchObject({ unit: 'тыс. руб.', firstCell: 'A2', firstUnit: 'руб.' });
  });

  it('«(тыс. рублей)» over columns «…, руб.»: R009 at the header naming A2', async () => {
    const { findings } = await check(form(RUBLES, { title: '(тыс. рублей)', header: 'руб.' }), IN_THOUSANDS);
    expect(findings.filter((f) => f.startsWith('R009'))).toEqual(['R009 error Лист1!D3']);
  });

  it('the same unit over the form and in its header («(руб.)», «…, рублей»): no finding', async () => {
    expect((await check(form(RUBLES, { title: '(руб.)', header: 'рублей' }), IN_THOUSANDS)).findings).toEqual([]);
  });
});
