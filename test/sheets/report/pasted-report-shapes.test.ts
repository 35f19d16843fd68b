// Report workbooks as pasted in shapes other than a row per source under each subprogram (docs/design/REPORTS.md):
// activity rows (мероприятия) under a subprogram, numbered 1.1, 1.2 and named as the program names them, with
// their sources on the activity's row and under it, with or without «Итого по мероприятию»; and the funding
// form with its sources as columns (under «План» and «Освоено» a column per source and «Всего»). ExcelJS
// directly (test/corpus/paste-workbook.ts), not sverka's writers. Clean: no finding; a seeded defect at its cell.
import type { Program } from '../../../src/domain/model/program';
import { renderMessage } from '../../../src/domain/messages/render-message';
import type { CellSpec, PastedSheet } from '../../corpus/fragment';
import { cells, checkPasted, cultureProgram, OBLAST, row, TOWN, type Values } from './culture-report';

const culture = () => cultureProgram();
const check = (sheet: PastedSheet, program: Program) => checkPasted([sheet], program);

const HEADER = ['№ п/п', 'Наименование подпрограммы, мероприятия', 'Источник финансирования', 'Предусмотрено программой на 2022 год, тыс. руб.', 'Профинансировано с начала года, тыс. руб.', 'Освоено с начала года, тыс. руб.', '% исполнения', 'Причины отклонения'];
const TITLE = 'Отчет о выполнении муниципальной программы «Развитие культуры» городского поселения Лесной за 9 месяцев 2022 года';

// ---- activity rows ----

/** Activities: the first source on the activity's row (its name merged down over its sources), «Итого по мероприятию» under 1.1 only. */
/** `again`: rows after the row of that id (`header`: under the header, ИТОГО printed first as some forms do). */
function withActivities(values: Values, again: Record<string, CellSpec[][]> = {}): PastedSheet {
  const at = (id: string, line: CellSpec[]): CellSpec[][] => [line, ...(again[id] ?? [])];
  return {
    name: 'Лист1',
    numbers: 'number',
    rows: [
      [{ text: TITLE, across: 8 }],
      [],
      ...at('header', HEADER),
      ['1', { text: 'Подпрограмма I «Библиотеки»', across: 7 }],
      [{ text: '1.1', down: 2 }, { text: 'Комплектование книжных фондов библиотек', down: 2 }, TOWN, ...cells('a11.town', values)],
      [null, null, OBLAST, ...cells('a11.obl', values)],
      ...at('a11.all', [null, 'Итого по мероприятию 1.1', null, ...cells('a11.all', values)]),
      ['1.2', 'Обеспечение деятельности муниципальных библиотек', TOWN, ...cells('a12.town', values)],
      [null, 'Итого по подпрограмме I', null, ...cells('I.all', values)],
      ['2', { text: 'Подпрограмма II «Музеи»', across: 7 }],
      ['2.1', 'Мероприятие 2.1. Реставрация музейных предметов', TOWN, ...cells('a21.town', values)],
      ['2.2', 'Проведение выставок', TOWN, ...cells('a22.town', values)],
      [null, 'Итого по подпрограмме II', null, ...cells('II.all', values)],
      [null, 'Всего по программе:', null, ...cells('tot', values)],
      [null, 'в т.ч.:', TOWN, ...cells('by.town', values)],
      [null, null, OBLAST, ...cells('by.obl', values)],
    ],
  };
}

// By hand: 1.1 = 3 000,0 + 1 200,0 = 4 200,0; I = 4 200,0 + 2 000,0 = 6 200,0 (the program's); II = 1 800,0 + 1 200,0 = 3 000,0;
// ИТОГО 9 200,0; по источникам: поселение 3 000,0 + 2 000,0 + 1 800,0 + 1 200,0 = 8 000,0, область 1 200,0.
// Spent: 1.1 2 100,0 + 900,0 = 3 000,0; I 3 000,0 + 1 450,0 = 4 450,0; II 1 250,5 + 800,0 = 2 050,5; ИТОГО 6 500,5;
// поселение 2 100,0 + 1 450,0 + 1 250,5 + 800,0 = 5 600,5. Percentages spent / plan, one decimal.
const ACTIVITIES: Values = {
  ...row('a11.town', '3 000,0', '2 150,0', '2 100,0', '70,0'),
  ...row('a11.obl', '1 200,0', '900,0', '900,0', '75,0'),
  ...row('a11.all', '4 200,0', '3 050,0', '3 000,0', '71,4'),
  ...row('a12.town', '2 000,0', '1 450,0', '1 450,0', '72,5'),
  ...row('I.all', '6 200,0', '4 500,0', '4 450,0', '71,8'),
  ...row('a21.town', '1 800,0', '1 300,0', '1 250,5', '69,5'),
  ...row('a22.town', '1 200,0', '800,0', '800,0', '66,7'),
  ...row('II.all', '3 000,0', '2 100,0', '2 050,5', '68,4'),
  ...row('tot', '9 200,0', '6 600,0', '6 500,5', '70,7'),
  ...row('by.town', '8 000,0', '5 700,0', '5 600,5', '70,0'),
  ...row('by.obl', '1 200,0', '900,0', '900,0', '75,0'),
};

describe('activity rows under a subprogram', () => {
  it('are read: each activity with its sources and total, named and numbered as written', async () => {
    const { result } = await check(withActivities(ACTIVITIES), culture());
    const funding = result.reading.report.funding!;
    expect(funding.subprograms.map((s) => [s.title, s.sources.length, s.total?.plan])).toEqual([
      ['Подпрограмма I «Библиотеки»', 0, '6200.0'],
      ['Подпрограмма II «Музеи»', 0, '3000.0'],
    ]);
    expect(funding.subprograms.map((s) => s.activities.map((a) => [a.title, a.sources.map((l) => `${l.source}: ${l.spent}`), a.total?.spent ?? null]))).toEqual([
      [
        ['Комплектование книжных фондов библиотек', [`${TOWN}: 2100.0`, `${OBLAST}: 900.0`], '3000.0'],
        ['Обеспечение деятельности муниципальных библиотек', [`${TOWN}: 1450.0`], null],
      ],
      [
        ['Мероприятие 2.1. Реставрация музейных предметов', [`${TOWN}: 1250.5`], null],
        ['Проведение выставок', [`${TOWN}: 800.0`], null],
      ],
    ]);
    expect(result.reading.readIssues).toEqual([]);
  });

  it('clean: no finding', async () => {
    expect((await check(withActivities(ACTIVITIES), culture())).findings).toEqual([]);
  });

  it.each([
    ['an activity’s total that does not add up', { 'a11.all.spent': '3 100,0' }, 'R002', 'a11.all.spent'],
    ['a subprogram’s total that is not the sum of its activities', { 'II.all.spent': '2 060,5' }, 'R002', 'II.all.spent'],
    ['spent above financed on an activity’s source', { 'a22.town.fin': '700,0', 'II.all.fin': '2 000,0', 'tot.fin': '6 500,0', 'by.town.fin': '5 600,0' }, 'R003', 'a22.town.spent'],
    ['a percentage typed wrong on an activity', { 'a21.town.pct': '59,5' }, 'R007', 'a21.town.pct'],
    ['an activity’s plan off by 100,0 (its subprogram’s total as in the program)', { 'a12.town.plan': '2 100,0' }, 'R002', 'a12.town.plan'],
    // Was R001 there too (the program's 6 200,0 typed, against the sum): one cell, two findings, two fixes.
    ['a subprogram’s «План» typed over (5,0), ИТОГО following it', { 'I.all.plan': '5,0', 'I.all.pct': '89000,0', 'tot.plan': '3 005,0', 'tot.pct': '216,3' }, 'R002', 'I.all.plan'],
  ])('%s: found at its cell', async (_, change, rule, id) => {
    const { findings, at } = await check(withActivities({ ...ACTIVITIES, ...change }), culture());
    expect(findings).toEqual([`${rule} error ${at(id)}`]);
  });

  // Приложение 1 has no activity lines: the subprogram's total is where their plan meets the program. Was no finding at
  // all (a total that adds up its lines was left to them). ИТОГО, adding the subprograms' totals, and «в том числе»,
  // which the same change throws off, are not more findings.
  it('an activity’s plan off by 100,0 with every total above it following (formulas): R001 at its subprogram’s total, no fix', async () => {
    const following = { 'a12.town.plan': '2 100,0', 'a12.town.pct': '69,0', 'I.all.plan': '6 300,0', 'I.all.pct': '70,6', 'tot.plan': '9 300,0', 'tot.pct': '69,9', 'by.town.plan': '8 100,0', 'by.town.pct': '69,1' };
    const { result, findings, at } = await check(withActivities({ ...ACTIVITIES, ...following }), culture());
    expect(findings).toEqual([`R001 error ${at('I.all.plan')}`]);
    const [finding] = result.report.findings;
    expect(finding.fix).toBeNull();
    expect(renderMessage(finding, 'ru')).toBe('Форма R1, Подпрограмма I, строка «Всего по подпрограмме», «План на год»: в отчёте 6 300,0, а в программе на этот год 6 200,0');
  });

  // The subprogram's total still matches the program, so the «в том числе» lines are the only place where the split by
  // source meets it. Was no finding at all (a «в том числе» line that adds up its lines was always left to them).
  it('100,0 moved from one activity source to the other, every total following (formulas): R001 at each «в том числе» line, no fix', async () => {
    const moved = { 'a11.town.plan': '3 100,0', 'a11.town.pct': '67,7', 'a11.obl.plan': '1 100,0', 'a11.obl.pct': '81,8', 'by.town.plan': '8 100,0', 'by.town.pct': '69,1', 'by.obl.plan': '1 100,0', 'by.obl.pct': '81,8' };
    const { result, findings, at } = await check(withActivities({ ...ACTIVITIES, ...moved }), culture());
    expect(findings).toEqual([`R001 error ${at('by.town.plan')}`, `R001 error ${at('by.obl.plan')}`]);
    expect(result.report.findings.map((f) => f.fix)).toEqual([null, null]);
    expect(result.report.findings.map((f) => renderMessage(f, 'ru'))).toEqual([
      `Форма R1, ИТОГО, в том числе: ${TOWN}, «План на год»: в отчёте 8 100,0, а в программе на этот год 8 000,0`,
      `Форма R1, ИТОГО, в том числе: ${OBLAST}, «План на год»: в отчёте 1 100,0, а в программе на этот год 1 200,0`,
    ]);
  });
});

describe('activity rows: a total stated twice', () => {
  // [what, the row the second statement follows, the first's id, the second's id and label, the message]
  const cases: [string, string, string, string, string, string][] = [
    ['ИТОГО printed under the header and again under the table', 'header', 'tot', 'tot0', 'Итого по муниципальной программе', 'programStatedTwice'],
    ['an activity’s «Итого по мероприятию» twice', 'a11.all', 'a11.all', 'a11.all2', 'Итого по мероприятию 1.1', 'activityStatedTwice'],
  ];
  const copy = (from: string, to: string, change: Values = {}): Values =>
    Object.fromEntries(['plan', 'fin', 'spent', 'pct'].map((k) => [`${to}.${k}`, change[`${to}.${k}`] ?? ACTIVITIES[`${from}.${k}`]]));

  it.each(cases)('%s, agreeing: read once, no finding', async (_, after, first, second, label) => {
    const values = { ...ACTIVITIES, ...copy(first, second) };
    expect((await check(withActivities(values, { [after]: [[null, label, null, ...cells(second, values)]] }), culture())).findings).toEqual([]);
  });

  it.each(cases)('%s, disagreeing in «Профинансировано»: R002 at the second, naming the first; the first read', async (_, after, first, second, label, messageId) => {
    // Under the header, ИТОГО printed there is the first statement and the row «Всего по программе:» the second.
    const [firstId, secondId] = after === 'header' ? [second, first] : [first, second];
    const financed = ACTIVITIES[`${first}.fin`].replace(/\d$/, '9');
    const values = { ...ACTIVITIES, ...copy(first, second), [`${secondId}.fin`]: financed };
    const { findings, at, result } = await check(withActivities(values, { [after]: [[null, label, null, ...cells(second, values)]] }), culture());
    expect(findings).toEqual([`R002 error ${at(`${secondId}.fin`)}`]);
    const f = result.report.findings[0];
    expect([f.messageId, f.data.first]).toEqual([messageId, at(`${firstId}.fin`).split('!')[1]]);
    const funding = result.reading.report.funding!;
    const read = after === 'header' ? funding.total : funding.subprograms[0].activities[0].total;
    expect(read!.financed).toBe(ACTIVITIES[`${first}.fin`].replace(/\s/g, '').replace(',', '.'));
  });
});

// ---- sources as columns ----

const SETTLEMENT = 'Бюджет поселения';
const REGION_BUDGET = 'Бюджет Московской области';

/** Under «План на 2022 год» and «Освоено с начала года»: «Всего» and a column per source; a row per subprogram; the % over the totals. */
function bySourceColumns(values: Values): PastedSheet {
  return sourceColumnsForm(values, 'Наименование подпрограммы', (amounts) => [
    ['1.', 'Подпрограмма I «Библиотеки»', ...amounts('I')],
    ['2.', 'Подпрограмма II «Музеи»', ...amounts('II')],
  ]);
}

/** The form with sources as columns: its title, unit and two-row header over `body`, then ИТОГО; `amounts(p)` a row's cells after its name. */
function sourceColumnsForm(values: Values, nameHeader: string, body: (amounts: (p: string) => CellSpec[]) => CellSpec[][]): PastedSheet {
  const amounts = (p: string): CellSpec[] => ['plan.all', 'plan.town', 'plan.obl', 'spent.all', 'spent.town', 'spent.obl', 'pct', 'why'].map((k) => ({ text: values[`${p}.${k}`] ?? '', id: `${p}.${k}` }));
  return {
    name: 'Отчет',
    numbers: 'text',
    rows: [
      [{ text: TITLE, across: 10 }],
      [{ text: '(тыс. рублей)', across: 10 }],
      [{ text: '№ п/п', down: 2 }, { text: nameHeader, down: 2 }, { text: 'План на 2022 год', across: 3 }, null, null, { text: 'Освоено с начала года', across: 3 }, null, null, { text: '% исполнения', down: 2 }, { text: 'Причины отклонения', down: 2 }],
      [null, null, 'Всего', SETTLEMENT, REGION_BUDGET, 'Всего', SETTLEMENT, REGION_BUDGET, null, null],
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      ...body(amounts),
      [null, 'Итого по муниципальной программе', ...amounts('tot')],
    ],
  };
}

const cols = (p: string, plan: [string, string, string], spent: [string, string, string], pct: string): Values => ({
  [`${p}.plan.all`]: plan[0],
  [`${p}.plan.town`]: plan[1],
  [`${p}.plan.obl`]: plan[2],
  [`${p}.spent.all`]: spent[0],
  [`${p}.spent.town`]: spent[1],
  [`${p}.spent.obl`]: spent[2],
  [`${p}.pct`]: pct,
});

// By hand: I 5 000,0 + 1 200,0 = 6 200,0, spent 3 550,0 + 900,0 = 4 450,0 (71,8 %); II 3 000,0 + – = 3 000,0, spent 2 050,5 (68,4 %);
// ИТОГО 9 200,0 = 6 200,0 + 3 000,0; by source 8 000,0 and 1 200,0; spent 6 500,5 = 4 450,0 + 2 050,5, by source 5 600,5 and 900,0 (70,7 %).
const COLUMNS: Values = {
  ...cols('I', ['6 200,0', '5 000,0', '1 200,0'], ['4 450,0', '3 550,0', '900,0'], '71,8'),
  ...cols('II', ['3 000,0', '3 000,0', '-'], ['2 050,5', '2 050,5', '-'], '68,4'),
  ...cols('tot', ['9 200,0', '8 000,0', '1 200,0'], ['6 500,5', '5 600,5', '900,0'], '70,7'),
};

describe('the funding form with its sources as columns', () => {
  it('is read: a line per source column under each subprogram and under ИТОГО, «Всего» as the totals', async () => {
    const { result } = await check(bySourceColumns(COLUMNS), culture());
    const funding = result.reading.report.funding!;
    expect(funding.columns).toEqual({ financed: false, spent: true, percent: true, reason: true });
    expect(funding.subprograms.map((s) => [s.title, s.sources.map((l) => [l.source, l.plan, l.spent]), s.total && [s.total.plan, s.total.spent, s.total.percent]])).toEqual([
      ['Подпрограмма I «Библиотеки»', [[SETTLEMENT, '5000.0', '3550.0'], [REGION_BUDGET, '1200.0', '900.0']], ['6200.0', '4450.0', '71.8']],
      // A dash in a source's columns: the subprogram has no line of that source.
      ['Подпрограмма II «Музеи»', [[SETTLEMENT, '3000.0', '2050.5']], ['3000.0', '2050.5', '68.4']],
    ]);
    expect([funding.total!.plan, funding.total!.spent]).toEqual(['9200.0', '6500.5']);
    expect(funding.totalBySource.map((l) => [l.source, l.plan, l.spent])).toEqual([[SETTLEMENT, '8000.0', '5600.5'], [REGION_BUDGET, '1200.0', '900.0']]);
    expect(result.reading.readIssues).toEqual([]);
  });

  it('clean: no finding', async () => {
    expect((await check(bySourceColumns(COLUMNS), culture())).findings).toEqual([]);
  });

  it.each([
    ['a source’s plan that differs from the program (its «Всего» as in the program)', { 'I.plan.obl': '1 300,0' }, 'R001', 'I.plan.obl'],
    ['a source’s plan and its «Всего» both off the program', { 'II.plan.town': '3 100,0', 'II.plan.all': '3 100,0', 'tot.plan.all': '9 300,0', 'tot.plan.town': '8 100,0', 'II.pct': '66,1', 'tot.pct': '69,9' }, 'R001', 'II.plan.town'],
    ['a subprogram’s row off the program (its source and its «Всего»), ИТОГО as in the program', { 'II.plan.town': '3 100,0', 'II.plan.all': '3 100,0', 'II.pct': '66,1' }, 'R001', 'II.plan.town'],
    ['a «Всего» that is not the sum of its source columns', { 'I.spent.all': '4 460,0', 'I.pct': '71,9', 'tot.spent.all': '6 510,5', 'tot.pct': '70,8' }, 'R002', 'I.spent.all'],
    ['a percentage typed wrong', { 'II.pct': '86,4' }, 'R007', 'II.pct'],
  ])('%s: found at its cell', async (_, change, rule, id) => {
    const { findings, at } = await check(bySourceColumns({ ...COLUMNS, ...change }), culture());
    expect(findings).toEqual([`${rule} error ${at(id)}`]);
  });
});

// ---- a «Статус» column: the row's owner named in its own column (the form of a Порядок, test/corpus/reports) ----

/** «Информация о расходах … за счет всех источников финансирования»: Статус | Наименование | Источники | Оценка расходов | Фактические расходы | %. */
/** `again`: rows stating a total a second time, after the row of that id («всего» or «итого» of the same owner, «Итого по программе» under the last block). */
function withStatus(values: Values, again: Record<string, CellSpec[][]> = {}): PastedSheet {
  const amounts = (p: string): CellSpec[] => ['plan', 'spent', 'pct'].map((k) => ({ text: values[`${p}.${k}`] ?? '', id: `${p}.${k}` }));
  const at = (id: string, line: CellSpec[]): CellSpec[][] => [line, ...(again[id] ?? [])];
  return {
    name: 'Форма 3',
    numbers: 'number',
    rows: [
      [{ text: 'Информация о расходах на реализацию муниципальной программы за счет всех источников финансирования за 2022 год «Развитие культуры» городского поселения Лесной', across: 6 }],
      ['Статус', 'Наименование муниципальной программы, отдельного мероприятия,', 'Источники финансирования', 'Оценка расходов <*>', 'Фактические расходы', 'Отношение фактических расходов к оценке расходов, %'],
      ['Муниципальная программа', '«Развитие культуры»', 'всего', ...amounts('tot')],
      [null, null, 'бюджет поселения', ...amounts('by.town')],
      [null, null, 'областной бюджет', ...amounts('by.obl')],
      ['Подпрограмма', '«Библиотеки»', 'всего', ...amounts('I.all')],
      [null, null, 'бюджет поселения', ...amounts('I.town')],
      ...at('I.obl', [null, null, 'областной бюджет', ...amounts('I.obl')]),
      ['Основное мероприятие', 'Комплектование книжных фондов', 'всего', ...amounts('a11.all')],
      ...at('a11.obl', [null, null, 'областной бюджет', ...amounts('a11.obl')]),
      ['Подпрограмма', '«Музеи»', 'всего', ...amounts('II.all')],
      ...at('II.town', [null, null, 'бюджет поселения', ...amounts('II.town')]),
    ],
  };
}

const triple = (p: string, plan: string, spent: string, pct: string): Values => ({ [`${p}.plan`]: plan, [`${p}.spent`]: spent, [`${p}.pct`]: pct });
// By hand: I 5 000,0 + 1 200,0 = 6 200,0 (spent 3 550,0 + 900,0 = 4 450,0, 71,8 %); its activity 1 200,0 of the region's;
// II 3 000,0 (2 050,5, 68,4 %); the program 9 200,0 = 6 200,0 + 3 000,0 (6 500,5, 70,7 %), by source 8 000,0 (5 600,5) and 1 200,0 (900,0).
const STATUS_VALUES: Values = {
  ...triple('tot', '9 200,0', '6 500,5', '70,7'),
  ...triple('by.town', '8 000,0', '5 600,5', '70,0'),
  ...triple('by.obl', '1 200,0', '900,0', '75,0'),
  ...triple('I.all', '6 200,0', '4 450,0', '71,8'),
  ...triple('I.town', '5 000,0', '3 550,0', '71,0'),
  ...triple('I.obl', '1 200,0', '900,0', '75,0'),
  ...triple('a11.all', '1 200,0', '900,0', '75,0'),
  ...triple('a11.obl', '1 200,0', '900,0', '75,0'),
  ...triple('II.all', '3 000,0', '2 050,5', '68,4'),
  ...triple('II.town', '3 000,0', '2 050,5', '68,4'),
};

describe('a form with a «Статус» column', () => {
  it('is read: the program’s «всего» and sources, each subprogram’s, an activity’s; the plan is the budget’s estimate', async () => {
    const { result } = await check(withStatus(STATUS_VALUES), culture());
    const funding = result.reading.report.funding!;
    expect([funding.plan, funding.columns]).toEqual(['budget', { financed: false, spent: true, percent: true, reason: false }]);
    expect([funding.total?.plan, funding.totalBySource.map((l) => [l.source, l.spent])]).toEqual(['9200.0', [['бюджет поселения', '5600.5'], ['областной бюджет', '900.0']]]);
    expect(funding.subprograms.map((s) => [s.title, s.total?.spent, s.sources.map((l) => l.source), s.activities.map((a) => [a.title, a.total?.plan, a.sources.length])])).toEqual([
      ['«Библиотеки»', '4450.0', ['бюджет поселения', 'областной бюджет'], [['Комплектование книжных фондов', '1200.0', 1]]],
      ['«Музеи»', '2050.5', ['бюджет поселения'], []],
    ]);
  });

  // The form has no column of reasons and the year's report is annual: each leaf line spent below its plan is R006
  // (every deviation of the year needs its reason), and nothing else.
  const R006 = ['I.town', 'a11.obl', 'II.town'];
  it('clean arithmetic: no error but R006 at the three lines spent below plan (the form has no reason column)', async () => {
    const { findings, at } = await check(withStatus(STATUS_VALUES), culture());
    expect(findings.filter((f) => f.includes(' error '))).toEqual(R006.map((id) => `R006 error ${at(`${id}.plan`).replace(/![A-Z]+/, '!C')}`));
  });

  it.each([
    ['a subprogram’s «всего» that is not the sum of its sources', { 'I.all.spent': '4 460,0', 'I.all.pct': '71,9', 'tot.spent': '6 510,5', 'tot.pct': '70,8' }, 'R002', 'I.all.spent'],
    ['a percentage typed wrong', { 'II.town.pct': '86,4' }, 'R007', 'II.town.pct'],
  ])('%s: found at its cell', async (_, change, rule, id) => {
    const { findings, at } = await check(withStatus({ ...STATUS_VALUES, ...change }), culture());
    expect(findings.filter((f) => f.includes(' error ') && !f.startsWith('R006'))).toEqual([`${rule} error ${at(id)}`]);
  });
});

describe('a form with a «Статус» column: a total stated twice', () => {
  const amounts = (p: string, values: Values): CellSpec[] => ['plan', 'spent', 'pct'].map((k) => ({ text: values[`${p}.${k}`] ?? '', id: `${p}.${k}` }));
  /** The findings that are not the three R006 of the clean form (its lines spent below plan, no reason column). */
  const beyondR006 = (findings: string[]) => findings.filter((f) => !f.startsWith('R006'));
  const cases: [string, string, string, string, string, CellSpec[][]][] = [
    // [what, the row it follows, the first statement's id, the second's id, the message, the second row (values from `v`)]
    ['the program’s total («Итого по программе» under the last block)', 'II.town', 'tot', 'tot2', 'programStatedTwice', [[null, 'Итого по программе', 'всего']]],
    ['a subprogram’s total (a second «итого» in its block)', 'I.obl', 'I.all', 'I.all2', 'statedTwice', [[null, null, 'итого']]],
    ['an activity’s total (a second «итого» under it)', 'a11.obl', 'a11.all', 'a11.all2', 'activityStatedTwice', [[null, null, 'итого']]],
  ];

  it.each(cases)('%s, agreeing: read once, no finding', async (_, after, first, second, _m, rows) => {
    const v = { ...STATUS_VALUES, ...triple(second, values(first, 'plan'), values(first, 'spent'), values(first, 'pct')) };
    const { findings } = await check(withStatus(v, { [after]: rows.map((r) => [...r, ...amounts(second, v)]) }), culture());
    expect(beyondR006(findings)).toEqual([]);
  });

  it.each(cases)('%s, disagreeing in «Фактические расходы»: R002 at the second, naming the first; the first is read', async (_, after, first, second, messageId, rows) => {
    const spent = values(first, 'spent').replace(/\d$/, '9');
    const v = { ...STATUS_VALUES, ...triple(second, values(first, 'plan'), spent, values(first, 'pct')) };
    const { findings, at, result } = await check(withStatus(v, { [after]: rows.map((r) => [...r, ...amounts(second, v)]) }), culture());
    expect(beyondR006(findings)).toEqual([`R002 error ${at(`${second}.spent`)}`]);
    const f = result.report.findings.find((x) => x.rule === 'R002')!;
    expect([f.messageId, f.data.first, f.data.expected, f.data.actual]).toEqual([messageId, at(`${first}.spent`).split('!')[1], number(values(first, 'spent')), number(spent)]);
    // The words (spaces of any kind as one: a decimal is grouped by a narrow space).
    const words = (text: string) => text.replace(/\s/g, ' ');
    expect(words(renderMessage(f, 'ru'))).toBe(`Лист «Форма 3», ${f.cell}: ${WHOSE[messageId]} указан дважды и не совпадает — здесь ${spent}, а в ${f.data.first} ${values(first, 'spent')}; оставьте одно значение`);
    const funding = result.reading.report.funding!;
    const read = { tot: funding.total, 'I.all': funding.subprograms[0].total, 'a11.all': funding.subprograms[0].activities[0].total }[first]!;
    expect(read.spent).toBe(number(values(first, 'spent')));
  });
});

describe('a form with a «Статус» column: the program\'s block stated again with its sources', () => {
  const amounts = (p: string, values: Values): CellSpec[] => ['plan', 'spent', 'pct'].map((k) => ({ text: values[`${p}.${k}`] ?? '', id: `${p}.${k}` }));
  /** «Итого по программе» under the last block, its «всего» and a line per source, as the program's block at the top. */
  const again = (v: Values) => ({
    'II.town': [
      [null, 'Итого по программе', 'всего', ...amounts('tot2', v)],
      [null, null, 'бюджет поселения', ...amounts('by2.town', v)],
      [null, null, 'областной бюджет', ...amounts('by2.obl', v)],
    ],
  });
  const stated = { ...triple('tot2', '9 200,0', '6 500,5', '70,7'), ...triple('by2.town', '8 000,0', '5 600,5', '70,0'), ...triple('by2.obl', '1 200,0', '900,0', '75,0') };

  it('agreeing: each source read once (not a second «в том числе» line of it), no finding', async () => {
    const v = { ...STATUS_VALUES, ...stated };
    const { findings, result } = await check(withStatus(v, again(v)), culture());
    expect(findings.filter((f) => !f.startsWith('R006'))).toEqual([]);
    expect(result.reading.report.funding!.totalBySource.map((l) => [l.source, l.spent])).toEqual([['бюджет поселения', '5600.5'], ['областной бюджет', '900.0']]);
  });

  it('a source disagreeing with its first statement: R002 at the second, naming the first; the first read', async () => {
    const v = { ...STATUS_VALUES, ...stated, ...triple('by2.obl', '1 200,0', '909,0', '75,8') };
    const { findings, at, result } = await check(withStatus(v, again(v)), culture());
    expect(findings.filter((f) => !f.startsWith('R006') && !f.startsWith('R007'))).toEqual([`R002 error ${at('by2.obl.spent')}`]);
    const f = result.report.findings.find((x) => x.rule === 'R002')!;
    expect([f.messageId, f.data.first]).toEqual(['programStatedTwice', at('by.obl.spent').split('!')[1]]);
    expect(result.reading.report.funding!.totalBySource.map((l) => l.spent)).toEqual(['5600.5', '900.0']);
  });
});

const WHOSE: Record<string, string> = { programStatedTwice: 'итог программы', statedTwice: 'итог подпрограммы', activityStatedTwice: 'итог мероприятия' };
const values = (id: string, column: 'plan' | 'spent' | 'pct') => STATUS_VALUES[`${id}.${column}`];
const number = (typed: string) => typed.replace(/\s/g, '').replace(',', '.');

// ---- sources as columns, with activities and «Итого по подпрограмме» ----

/** Subprogram I as a heading, its activities 1.1 and 1.2 and «Итого по подпрограмме I» with its source columns; II on one row. */
function bySourceActivities(values: Values): PastedSheet {
  return sourceColumnsForm(values, 'Наименование подпрограммы, мероприятия', (amounts) => [
    ['1.', 'Подпрограмма I «Библиотеки»'],
    ['1.1', 'Комплектование книжных фондов библиотек', ...amounts('a11')],
    ['1.2', 'Обеспечение деятельности муниципальных библиотек', ...amounts('a12')],
    [null, 'Итого по подпрограмме I', ...amounts('I')],
    ['2.', 'Подпрограмма II «Музеи»', ...amounts('II')],
    ...(values['IIsum.plan.all'] ? [[null, 'Итого по подпрограмме II', ...amounts('IIsum')]] : []),
  ]);
}

// By hand: 1.1 plan 3 000,0 + 1 000,0 = 4 000,0, spent 2 500,0 + 700,0 = 3 200,0 (80,0 %); 1.2 plan 2 000,0 + 200,0 = 2 200,0,
// spent 1 050,0 + 200,0 = 1 250,0 (56,8 %); I by source: plan 5 000,0 and 1 200,0 (6 200,0), spent 3 550,0 and 900,0 (4 450,0, 71,8 %).
const ACTIVITY_COLUMNS: Values = {
  ...cols('a11', ['4 000,0', '3 000,0', '1 000,0'], ['3 200,0', '2 500,0', '700,0'], '80,0'),
  ...cols('a12', ['2 200,0', '2 000,0', '200,0'], ['1 250,0', '1 050,0', '200,0'], '56,8'),
  ...cols('I', ['6 200,0', '5 000,0', '1 200,0'], ['4 450,0', '3 550,0', '900,0'], '71,8'),
  ...cols('II', ['3 000,0', '3 000,0', '-'], ['2 050,5', '2 050,5', '-'], '68,4'),
  ...cols('tot', ['9 200,0', '8 000,0', '1 200,0'], ['6 500,5', '5 600,5', '900,0'], '70,7'),
};

describe('sources as columns with activities and «Итого по подпрограмме»', () => {
  it('keeps the subtotal’s amounts per source as the subprogram’s lines', async () => {
    const { result } = await check(bySourceActivities(ACTIVITY_COLUMNS), culture());
    const lib = result.reading.report.funding!.subprograms[0];
    expect(lib.activities.map((a) => a.sources.map((l) => [l.source, l.plan, l.spent]))).toEqual([
      [[SETTLEMENT, '3000.0', '2500.0'], [REGION_BUDGET, '1000.0', '700.0']],
      [[SETTLEMENT, '2000.0', '1050.0'], [REGION_BUDGET, '200.0', '200.0']],
    ]);
    expect(lib.sources.map((l) => [l.source, l.plan, l.spent])).toEqual([[SETTLEMENT, '5000.0', '3550.0'], [REGION_BUDGET, '1200.0', '900.0']]);
    expect([lib.total!.plan, lib.total!.spent]).toEqual(['6200.0', '4450.0']);
  });

  it('clean: no finding', async () => {
    expect((await check(bySourceActivities(ACTIVITY_COLUMNS), culture())).findings).toEqual([]);
  });

  it('a subtotal’s source column that is not the sum of the activities’: R002 at that cell, one finding', async () => {
    const { findings, at } = await check(bySourceActivities({ ...ACTIVITY_COLUMNS, 'I.spent.town': '3 650,0' }), culture());
    expect(findings).toEqual([`R002 error ${at('I.spent.town')}`]);
  });

  it('a subprogram’s total stated twice (its row and «Итого по подпрограмме») that disagrees: R002 at the second, naming the first; agreeing, none', async () => {
    const twice = (spent: string) => ({ ...ACTIVITY_COLUMNS, ...cols('IIsum', ['3 000,0', '3 000,0', '-'], [spent, spent, '-'], '68,4') });
    expect((await check(bySourceActivities(twice('2 050,5')), culture())).findings).toEqual([]);
    const { result, findings, at } = await check(bySourceActivities(twice('2 060,5')), culture());
    expect(findings).toEqual([`R002 error ${at('IIsum.spent.all')}`, `R002 error ${at('IIsum.spent.town')}`]);
    const first = result.report.findings[0];
    expect([first.messageId, first.data.first, first.data.expected, first.data.actual]).toEqual(['statedTwice', at('II.spent.all').split('!')[1], '2050.5', '2060.5']);
    // The first statement is kept: the subprogram's total is the one on its row.
    expect(result.reading.report.funding!.subprograms[1].total!.spent).toBe('2050.5');
  });
});
