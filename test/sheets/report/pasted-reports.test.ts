// Report workbooks this project has never written: laid out as a finance officer pastes a published form
// into Excel (ExcelJS directly, test/corpus/paste-workbook.ts — not sverka's writers), for the worked example's
// program and for another program in other wordings. A clean report gives no error; each seeded R-defect is
// found at its cell (one defect, one finding).
import { readReportWorkbook } from '../../../src/sheets/read/report/report-reader';
import { readXlsxBuffer } from '../../../src/cli/xlsx/read-xlsx';
import type { CellSpec, PastedSheet } from '../../corpus/fragment';
import { pasteWorkbook } from '../../corpus/paste-workbook';
import { stupinoProgram } from '../../fixtures/report-builder';
import { cells, checkPasted as check, cultureProgram, cultureR1, OBLAST, row, TOWN, type Values } from './culture-report';

// ---- the worked example: Ступино, «Цифровое муниципальное образование» ----

const STUPINO = 'Бюджет городского округа Ступино';
const REGION = 'Бюджет Московской области';
const EXTRA = 'Внебюджетные источники';

/** Form R1 as published by a department: a two-line title, a header merged over the amounts, column numbers. */
function stupinoR1(period: string, values: Values): PastedSheet {
  const block = (n: string, title: string, sub: string): CellSpec[][] => [
    [{ text: n, down: 4 }, { text: title, down: 4 }, STUPINO, ...cells(`${sub}.mun`, values)],
    [null, null, REGION, ...cells(`${sub}.reg`, values)],
    [null, null, EXTRA, ...cells(`${sub}.ext`, values)],
    [null, null, 'Всего по подпрограмме', ...cells(`${sub}.all`, values)],
  ];
  return {
    name: 'Отчет',
    numbers: 'number',
    rows: [
      [{ text: 'ОТЧЕТ о реализации муниципальной программы «Цифровое муниципальное образование» на 2020-2024 годы', across: 8 }],
      [{ text: `городского округа Ступино Московской области ${period}`, across: 8 }],
      [{ text: 'Выполнение мероприятий муниципальной программы', across: 8 }],
      [],
      ['№ п/п', 'Наименование подпрограммы', 'Источник финансирования', { text: 'Объем финансирования, тыс. руб.', across: 3 }, null, null, 'Процент исполнения', 'Причины отклонения'],
      [null, null, null, 'План на 2021 год', 'Профинансировано с начала года', 'Освоено с начала года', null, null],
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      ...block('1.', 'Подпрограмма I «Снижение административных барьеров, повышение качества и доступности предоставления государственных и муниципальных услуг»', 'I'),
      ...block('2.', 'Подпрограмма II «Развитие информационной и технологической инфраструктуры»', 'II'),
      [{ text: 'ИТОГО по муниципальной программе', across: 3 }, null, null, ...cells('tot', values)],
      [{ text: 'в том числе:', across: 2, down: 3 }, null, STUPINO, ...cells('by.mun', values)],
      [null, null, REGION, ...cells('by.reg', values)],
      [null, null, EXTRA, ...cells('by.ext', values)],
      [],
      ['Руководитель', null, null, null, 'И.И. Иванов'],
    ],
  };
}


const Q1: Values = {
  ...row('I.mun', '82 348,0', '20 100,0', '19 875,4', '24,1'),
  ...row('I.reg', '0,0', '0,0', '0,0', '-'),
  ...row('I.ext', '0,0', '0,0', '0,0', '-'),
  ...row('I.all', '82 348,0', '20 100,0', '19 875,4', '24,1'),
  ...row('II.mun', '15 867,6', '3 500,0', '3 421,7', '21,6'),
  ...row('II.reg', '0,0', '0,0', '0,0', '-'),
  ...row('II.ext', '182,7', '45,6', '45,6', '25,0'),
  ...row('II.all', '16 050,3', '3 545,6', '3 467,3', '21,6'),
  ...row('tot', '98 398,3', '23 645,6', '23 342,7', '23,7'),
  ...row('by.mun', '98 215,6', '23 600,0', '23 297,1', '23,7'),
  ...row('by.reg', '0,0', '0,0', '0,0', '-'),
  ...row('by.ext', '182,7', '45,6', '45,6', '25,0'),
};

const YEAR: Values = {
  ...row('I.mun', '82 348,0', '82 348,0', '82 348,0', '100,0'),
  ...row('I.reg', '0,0', '0,0', '0,0', '-'),
  ...row('I.ext', '0,0', '0,0', '0,0', '-'),
  ...row('I.all', '82 348,0', '82 348,0', '82 348,0', '100,0'),
  ...row('II.mun', '15 867,6', '15 867,6', '15 867,6', '100,0'),
  ...row('II.reg', '0,0', '0,0', '0,0', '-'),
  ...row('II.ext', '182,7', '182,7', '170,0', '93,0', 'Поступления от платных услуг меньше ожидаемых'),
  ...row('II.all', '16 050,3', '16 050,3', '16 037,6', '99,9'),
  ...row('tot', '98 398,3', '98 398,3', '98 385,6', '100,0'),
  ...row('by.mun', '98 215,6', '98 215,6', '98 215,6', '100,0'),
  ...row('by.reg', '0,0', '0,0', '0,0', '-'),
  ...row('by.ext', '182,7', '182,7', '170,0', '93,0', 'Поступления от платных услуг меньше ожидаемых'),
};

describe('a report on the worked example\'s program, as pasted', () => {
  const program = stupinoProgram();
  const q1 = () => stupinoR1('за I квартал 2021 года', Q1);

  it('is read: the period, the program, every line', async () => {
    const { result } = await check([q1()], program);
    const { report } = result.reading;
    expect(report.period).toEqual({ year: 2021, quarters: 1 });
    expect(report.title).toBe('Цифровое муниципальное образование');
    expect(report.municipality).toBe('городского округа Ступино Московской области');
    expect(report.funding!.subprograms.map((s) => s.sources.length)).toEqual([3, 3]);
    expect(report.funding!.totalBySource).toHaveLength(3);
    expect(report.funding!.total!.spent).toBe('23342.7');
  });

  it('clean, the first quarter and the year: no finding at all', async () => {
    expect((await check([q1()], program)).findings).toEqual([]);
    expect((await check([stupinoR1('за 2021 год', YEAR)], program)).findings).toEqual([]);
  });

  it('a plan that differs from the program (15 876,6 for 15 867,6, totals as in the program): R001 at that cell only', async () => {
    const { findings, at } = await check([stupinoR1('за I квартал 2021 года', { ...Q1, 'II.mun.plan': '15 876,6' })], program);
    expect(findings).toEqual([`R001 error ${at('II.mun.plan')}`]);
  });

  it('a subprogram’s row off the program (its source and «Всего по подпрограмме» 9,0 more), ИТОГО and «в том числе» as in the program: R001 at the source only', async () => {
    const { result, findings, at } = await check([stupinoR1('за I квартал 2021 года', { ...Q1, 'II.mun.plan': '15 876,6', 'II.all.plan': '16 059,3' })], program);
    expect(findings).toEqual([`R001 error ${at('II.mun.plan')}`]);
    const [r001] = result.report.findings;
    expect([r001.data.expected, r001.fix]).toEqual(['15867.6', { kind: 'number', value: '15867.6' }]);
    expect((r001.affects ?? []).map((a) => `${a.sheet}!${a.cell}`)).toEqual([at('tot.plan'), at('by.mun.plan')]);
  });

  it('a total that does not add up: R002 at the total only', async () => {
    const { findings, at } = await check([stupinoR1('за I квартал 2021 года', { ...Q1, 'II.all.spent': '3 476,3' })], program);
    expect(findings).toEqual([`R002 error ${at('II.all.spent')}`]);
  });

  it('spent above financed (financed 3 400,0, spent 3 421,7; totals typed to match): R003 at the spent cell', async () => {
    const values = { ...Q1, 'II.mun.fin': '3 400,0', 'II.all.fin': '3 445,6', 'tot.fin': '23 545,6', 'by.mun.fin': '23 500,0' };
    const { findings, at } = await check([stupinoR1('за I квартал 2021 года', values)], program);
    expect(findings).toEqual([`R003 error ${at('II.mun.spent')}`]);
  });

  it('a percentage typed wrong (42,1 for 24,1): R007 at that cell', async () => {
    const { findings, at } = await check([stupinoR1('за I квартал 2021 года', { ...Q1, 'I.mun.pct': '42,1' })], program);
    expect(findings).toEqual([`R007 error ${at('I.mun.pct')}`]);
  });

  it('a fact falling between quarters (the half-year\'s 40,0 under the first quarter\'s 45,6): R005 at that cell', async () => {
    const previous = readReportWorkbook(await readXlsxBuffer((await pasteWorkbook([q1()])).buffer))!.report;
    const h1 = {
      ...Q1,
      'II.ext.spent': '40,0',
      'II.ext.pct': '21,9',
      'II.all.spent': '3 461,7',
      'tot.spent': '23 337,1',
      'by.ext.spent': '40,0',
      'by.ext.pct': '21,9',
    };
    const { result, at } = await check([stupinoR1('за I полугодие 2021 года', h1)], program, previous);
    const errors = result.report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(errors).toEqual([`R005 ${at('II.ext.spent')}`]);
  });

  it('the annual report: a deviation without a reason is an error at its reason cell', async () => {
    const { findings, at } = await check([stupinoR1('за 2021 год', { ...YEAR, 'II.ext.why': '', 'by.ext.why': '' })], program);
    expect(findings).toEqual([`R006 error ${at('II.ext.why')}`]);
  });

  it('the same deviation in a quarterly report behind the pace is a warning', async () => {
    const { findings, at } = await check([stupinoR1('за I квартал 2021 года', { ...Q1, 'II.ext.spent': '18,2', 'II.ext.pct': '10,0', 'II.all.spent': '3 439,9', 'II.all.pct': '21,4', 'tot.spent': '23 315,3', 'by.ext.spent': '18,2', 'by.ext.pct': '10,0' })], program);
    expect(findings).toEqual([`R006 warning ${at('II.ext.why')}`]);
  });
});

// ---- another program, in other words: «Развитие культуры», 2022–2026, a quarter «по состоянию на 01.10.2022» ----

const Q3: Values = {
  ...row('I.town', '5 000,0', '3 600,0', '3 550,0', '71,0'),
  ...row('I.obl', '1 200,0', '900,0', '900,0', '75,0'),
  ...row('I.all', '6 200,0', '4 500,0', '4 450,0', '71,8'),
  ...row('II.town', '3 000,0', '2 100,0', '2 050,5', '68,4'),
  ...row('II.all', '3 000,0', '2 100,0', '2 050,5', '68,4'),
  ...row('tot', '9 200,0', '6 600,0', '6 500,5', '70,7'),
  ...row('by.town', '8 000,0', '5 700,0', '5 600,5', '70,0'),
  ...row('by.obl', '1 200,0', '900,0', '900,0', '75,0'),
};

describe('a report on another program, in other wordings', () => {
  const program = cultureProgram();

  it('is read: 9 months of 2022 from «по состоянию на 01.10.2022», the columns by their words', async () => {
    const { result } = await check([cultureR1(Q3)], program);
    const { report } = result.reading;
    expect(report.period).toEqual({ year: 2022, quarters: 3 });
    expect(report.funding!.columns).toEqual({ financed: true, spent: true, percent: true, reason: true });
    expect(report.funding!.subprograms.map((s) => [s.sources.length, s.total?.spent])).toEqual([[2, '4450.0'], [1, '2050.5']]);
    expect(report.funding!.totalBySource.map((l) => l.source)).toEqual([TOWN, OBLAST]);
  });

  it('clean: no finding', async () => {
    expect((await check([cultureR1(Q3)], program)).findings).toEqual([]);
  });

  it.each([
    ['a plan that differs from the program', { 'II.town.plan': '3 100,0' }, 'R001', 'II.town.plan'],
    ['a program total that does not add up', { 'tot.spent': '6 550,5' }, 'R002', 'tot.spent'],
    ['spent above financed', { 'I.obl.fin': '850,0', 'I.all.fin': '4 450,0', 'tot.fin': '6 550,0', 'by.obl.fin': '850,0' }, 'R003', 'I.obl.spent'],
    ['a percentage typed wrong (68,3 where 68,35 rounds half away from zero to 68,4)', { 'II.town.pct': '68,3' }, 'R007', 'II.town.pct'],
  ])('%s: found at its cell', async (_, change, rule, id) => {
    const { findings, at } = await check([cultureR1({ ...Q3, ...change })], program);
    expect(findings).toEqual([`${rule} error ${at(id)}`]);
  });
});
