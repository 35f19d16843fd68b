// «Отчёт за период» in the pane: the store's programs and versions, «Создать листы отчёта» (asking before it
// replaces sheets), «Проверить отчёт» against the stored version or this workbook's annexes, «Исправить» that
// writes and checks again, «Отправить отчёт» with the store's answer and the period's deadline — over the
// real Excel adapter (in-memory stand-in) and the real store client talking to the real store (SQLite,
// app.inject), its clock set to the day before the first quarter's report is due.
import { checkProgram } from '../../../src/domain/check-program';
import { Program } from '../../../src/domain/model/program';
import { createExcelWorkbookHost } from '../../../src/excel/excel-workbook-host';
import { SEVERITY_FILL } from '../../../src/excel/severity-fill';
import { createExcelStandIn, type ExcelStandIn } from '../../../src/excel/stand-in/excel-stand-in';
import { parseA1 } from '../../../src/sheets/address';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { FUNDING_FORM_SHEET, INDICATOR_FORM_SHEET } from '../../../src/sheets/write/report/report-workbook';
import { StoreClient } from '../../../src/store/client';
import { MESSAGES, RETRYABLE } from '../../../src/taskpane/i18n/messages';
import { noticeText } from '../../../src/taskpane/state/notice-text';
import { PaneController } from '../../../src/taskpane/state/pane-controller';
import { initialPaneState, paneReducer, type PaneState } from '../../../src/taskpane/state/pane-state';
import { reportSendReadiness, type ReportChoice } from '../../../src/taskpane/state/period-report';
import { programTemplates } from '../../../src/taskpane/state/template-grids';
import example from '../../../examples/stupino-2020-2024.program.json';
import { startInProcessStore, STORE_URL, type InProcessStore } from './in-process-store';

type Fetch = typeof globalThis.fetch;

/** The store's day: 2 April 2021, before the first quarter's report is due (the 5th day after the quarter). */
const STORE_TODAY = new Date('2021-04-02T09:00:00Z');

let store: InProcessStore;
let programId: string;

/** The worked example with the passport's city budget total corrected (421 246,1): no errors, so the store keeps it. */
function correctedExample(): Program {
  const program = Program.parse(example);
  program.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!.total = '421246.1';
  return program;
}

beforeAll(async () => {
  store = await startInProcessStore({ now: () => STORE_TODAY });
  const program = correctedExample();
  const warnings = checkProgram({ program }).findings.filter((f) => f.severity === 'warning');
  const client = new StoreClient({ baseUrl: STORE_URL, token: store.tokens.submitter, fetch: store.fetch });
  const explanations = Object.fromEntries(warnings.map((f) => [f.key, 'Согласовано с министерством']));
  programId = (await client.submit({ program, explanations })).programId;
  // Version 2: the same plan, the passport's last line edited.
  const fields = program.passport!.fields;
  fields[fields.length - 1] = { ...fields[fields.length - 1], value: `${fields[fields.length - 1].value} Редакция 2.` };
  await client.submit({ program, explanations });
});

afterAll(async () => {
  await store.close();
});

interface PaneOptions {
  /** What the workbook holds first: the program's sheets (default) or nothing. */
  program?: Program | null;
  choice?: Partial<ReportChoice>;
  token?: string;
  network?: (next: Fetch) => Fetch;
}

function pane(options: PaneOptions = {}) {
  const standIn = createExcelStandIn(options.program === null ? [] : writeProgramWorkbook(options.program ?? correctedExample()));
  const host = createExcelWorkbookHost(standIn.run);
  let state: PaneState = initialPaneState('ru', { url: STORE_URL, token: options.token ?? store.tokens.submitter });
  state = paneReducer(state, { type: 'reportChoiceChanged', choice: { quarters: 1, year: 2021, ...options.choice } });
  const posts: string[] = [];
  const network = options.network ? options.network(store.fetch) : store.fetch;
  const recorded: Fetch = (input, init = {}) => {
    if (init.method === 'POST') posts.push(new URL(String(input)).pathname);
    return network(input, init);
  };
  const controller = new PaneController(
    host,
    programTemplates,
    (action) => void (state = paneReducer(state, action)),
    () => state,
    (settings) => new StoreClient({ baseUrl: settings.url, token: settings.token, fetch: recorded, retries: 1, retryDelayMs: 1 }),
    async () => false,
  );
  const choose = (choice: Partial<ReportChoice>) => void (state = paneReducer(state, { type: 'reportChoiceChanged', choice }));
  const explainAll = () => {
    for (const f of state.periodReport.report!.findings) if (f.severity === 'warning') state = paneReducer(state, { type: 'explanationChanged', key: f.key, text: `Причина согласована (${f.rule})` });
  };
  return { standIn, controller, state: () => state, choose, posts, explainAll };
}

function valueAt(standIn: ExcelStandIn, sheet: string, address: string): unknown {
  const grid = standIn.toGrids().find((g) => g.name === sheet)!;
  const { row, col } = parseA1(address);
  return grid.rows[row]?.[col]?.value ?? null;
}

function type(standIn: ExcelStandIn, sheet: string, address: string, value: number | string): void {
  const { row, col } = parseA1(address);
  const cell = standIn.book.sheet(sheet)!.touch(row, col);
  delete cell.formula;
  cell.value = value;
}

/** Form R1's source lines (a source under a subprogram, with its plan typed, not a formula): their rows (1-based). */
function sourceRows(standIn: ExcelStandIn): number[] {
  const grid = standIn.toGrids().find((g) => g.name === FUNDING_FORM_SHEET)!;
  const rows: number[] = [];
  grid.rows.forEach((row, r) => {
    const source = row?.[2]?.value;
    const plan = row?.[3];
    if (typeof source === 'string' && source !== 'Всего по подпрограмме' && typeof plan?.value === 'number' && !plan.formula && !/^ИТОГО|^в том числе/.test(String(grid.rows[r]?.[0]?.value ?? ''))) rows.push(r + 1);
  });
  return rows;
}

/** Rows of form R1 (1-based) found by their labels: the header, the city budget of subprograms I and II, subprogram I's total. */
function r1Rows(standIn: ExcelStandIn): { header: number; cityI: number; cityII: number; totalI: number } {
  const grid = standIn.toGrids().find((g) => g.name === FUNDING_FORM_SHEET)!;
  const rowsWith = (col: number, text: string) => grid.rows.flatMap((row, r) => (row?.[col]?.value === text ? [r + 1] : []));
  const city = rowsWith(2, 'Бюджет городского округа Ступино');
  return { header: rowsWith(0, '№ п/п')[0], cityI: city[0], cityII: city[1], totalI: rowsWith(2, 'Всего по подпрограмме')[0] };
}

/** A quarter of each source line's plan financed and spent (the pace of the first quarter): no R-finding. */
function typeQuarterFacts(standIn: ExcelStandIn): void {
  for (const r of sourceRows(standIn)) {
    const plan = valueAt(standIn, FUNDING_FORM_SHEET, `D${r}`) as number;
    if (plan === 0) continue;
    const fact = Math.round((plan / 4) * 10) / 10;
    type(standIn, FUNDING_FORM_SHEET, `E${r}`, fact);
    type(standIn, FUNDING_FORM_SHEET, `F${r}`, fact);
  }
}

const kinds = (state: PaneState) => state.problems.map((p) => p.failure.kind);

describe('choosing the program version from the store', () => {
  test('«Список программ» lists the store\'s programs; choosing one lists its versions and chooses the latest', async () => {
    const { controller, state } = pane();
    await controller.listReportPrograms();
    expect(state().programs!.map((p) => p.programId)).toEqual([programId]);
    await controller.chooseReportProgram(programId);
    expect(state().periodReport.choice).toMatchObject({ source: 'store', programId, version: 2 });
    expect(state().periodReport.versions!.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(noticeText(MESSAGES.ru, state().notice!, 'ru')).toBe('Версии программы получены: 2.');
  });

  test('a program the store does not have: the store\'s «not found», in Russian, with what to do', async () => {
    const { controller, state } = pane();
    await controller.chooseReportProgram('нет-такой-программы');
    expect(state().problems.at(-1)).toMatchObject({ task: 'reportPrograms', failure: { kind: 'storeNotFound' } });
    expect(MESSAGES.ru.failureHint.storeNotFound).toMatch(/нет такой программы или версии/);
  });
});

describe('«Создать листы отчёта»', () => {
  test('from the stored version: forms R1 and R2 with the year\'s plan, totals and percentages as formulas, the source drop-down', async () => {
    const real = pane({ program: null, choice: { programId, version: 1 } });
    await real.controller.createReportSheets();
    expect(real.state().problems).toEqual([]);
    // An empty workbook's own «Лист1» stays; the forms follow it.
    expect(real.standIn.toGrids().map((g) => g.name)).toEqual(['Лист1', FUNDING_FORM_SHEET, INDICATOR_FORM_SHEET]);
    expect(valueAt(real.standIn, FUNDING_FORM_SHEET, 'A4')).toBe('за I квартал 2021 года');
    // The title block names the stored version the sheets were laid out from.
    expect(valueAt(real.standIn, FUNDING_FORM_SHEET, 'A5')).toBe(`Программа: ${programId} — версия 1`);
    const { header, cityI, totalI } = r1Rows(real.standIn);
    expect(valueAt(real.standIn, FUNDING_FORM_SHEET, `D${header}`)).toBe('План на 2021 год');
    // Приложение 1's 2021 column: the city budget of subprogram I.
    expect(valueAt(real.standIn, FUNDING_FORM_SHEET, `D${cityI}`)).toBe(82348);
    expect(real.standIn.book.sheet(FUNDING_FORM_SHEET)!.cell(totalI - 1, 3)?.formula).toBe(`SUM(D${cityI}:D${totalI - 1})`);
    expect(real.standIn.book.sheet(FUNDING_FORM_SHEET)!.cell(cityI - 1, 6)?.formula).toBe(`IF(OR(D${cityI}="",D${cityI}=0),"-",ROUND(F${cityI}/D${cityI}*100,1))`);
    // Drop-downs: the sources (column C) and the one value of the program's line (column A).
    expect(real.standIn.book.sheet(FUNDING_FORM_SHEET)!.validations.map((v) => v.range.left).sort()).toEqual([0, 2]);
    expect(noticeText(MESSAGES.ru, real.state().notice!, 'ru')).toBe(
      'Листы отчёта за I квартал 2021 года записаны: «Форма R1», «Форма R2». Впишите факт и нажмите «Проверить отчёт».',
    );
  });

  test('a version the store does not have: «not found», nothing written', async () => {
    const { controller, state, standIn } = pane({ program: null, choice: { programId, version: 9 } });
    await controller.createReportSheets();
    expect(kinds(state())).toEqual(['storeNotFound']);
    expect(standIn.toGrids().map((g) => g.name)).toEqual(['Лист1']);
  });

  test('sheets of those names with content: nothing is written before «Заменить»; «Отмена» keeps the typed facts', async () => {
    const { controller, state, standIn } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    // The forms just made, untouched: made again without a question.
    await controller.createReportSheets();
    expect(state().question).toBeNull();
    expect(state().notice?.kind).toBe('reportSheetsWritten');
    const { cityI } = r1Rows(standIn);
    type(standIn, FUNDING_FORM_SHEET, `F${cityI}`, 20587);
    await controller.createReportSheets();
    // Only the form a fact was typed into is named: R2 is as it was made.
    expect(state().question).toEqual({ task: 'reportSheets', sheets: [FUNDING_FORM_SHEET] });
    expect(MESSAGES.ru.replace.body(state().question!.sheets, state().question!.task)).toContain('Лист «Форма R1» уже заполнен');
    controller.cancelReplace();
    expect(valueAt(standIn, FUNDING_FORM_SHEET, `F${cityI}`)).toBe(20587);
    expect(state().notice).toEqual({ kind: 'replaceCancelled' });
    await controller.createReportSheets();
    await controller.confirmReplace();
    expect(valueAt(standIn, FUNDING_FORM_SHEET, `F${cityI}`)).toBeNull();
    expect(state().notice?.kind).toBe('reportSheetsWritten');
  });

  test('from the annexes of this workbook; a year outside the program\'s period is refused, naming both', async () => {
    const { controller, state, standIn, choose } = pane({ choice: { source: 'workbook', year: 2019 } });
    await controller.createReportSheets();
    expect(state().problems.at(-1)!.failure).toMatchObject({ kind: 'reportPeriodOutside', detail: { ru: 'Выбран 2019 год; срок программы — 2020–2024 годы.' } });
    expect(standIn.toGrids().map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1', 'Приложение 2']);
    choose({ year: 2022, quarters: 3 });
    await controller.createReportSheets();
    expect(valueAt(standIn, FUNDING_FORM_SHEET, 'A4')).toBe('за 9 месяцев 2022 года');
    expect(valueAt(standIn, FUNDING_FORM_SHEET, `D${r1Rows(standIn).header}`)).toBe('План на 2022 год');
  });

  test('«Приложения в этой книге» in a workbook without annexes, and «Из хранилища» with no program chosen: each says what to do', async () => {
    const empty = pane({ program: null, choice: { source: 'workbook' } });
    await empty.controller.createReportSheets();
    expect(kinds(empty.state())).toEqual(['reportNoAnnexes']);
    const unchosen = pane();
    await unchosen.controller.createReportSheets();
    expect(kinds(unchosen.state())).toEqual(['reportNoProgram']);
    // Sheets laid out from the annexes name no stored version: checked «Из хранилища», a program must be chosen.
    unchosen.choose({ source: 'workbook' });
    await unchosen.controller.createReportSheets();
    unchosen.choose({ source: 'store' });
    await unchosen.controller.checkReport();
    expect(kinds(unchosen.state())).toEqual(['reportNoProgram']);
    expect(unchosen.state().problems[0].task).toBe('reportCheck');
    expect(MESSAGES.ru.failureHint.reportNoProgram).toContain('Не выбрана программа');
  });
});

describe('«Проверить отчёт» and «Исправить»', () => {
  test('a workbook without report sheets: «no report sheets», not a stack trace', async () => {
    const { controller, state } = pane({ choice: { programId, version: 1 } });
    await controller.checkReport();
    expect(state().problems.at(-1)).toMatchObject({ task: 'reportCheck', failure: { kind: 'noReportSheets', detail: null } });
    expect(MESSAGES.ru.failureHint.noReportSheets).toContain('Создать листы отчёта');
  });

  test('a plan typed wrong is found at its cell against the stored version, filled red; «Исправить» writes the plan and checks again', async () => {
    const { controller, state, standIn } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    await controller.checkReport();
    expect(state().periodReport.report!.summary).toEqual({ error: 0, warning: 0, info: 0 });
    expect(state().periodReport.against).toEqual({ from: 'store', programId, version: 1, title: correctedExample().title });
    expect(state().periodReport.period).toEqual({ year: 2021, quarters: 1 });
    const { cityI } = r1Rows(standIn);
    type(standIn, FUNDING_FORM_SHEET, `D${cityI}`, 82000);
    await controller.checkReport();
    const report = state().periodReport.report!;
    const planFinding = report.findings.find((f) => f.rule === 'R001')!;
    expect(planFinding).toMatchObject({ severity: 'error', sheet: FUNDING_FORM_SHEET, cell: `D${cityI}`, cellFix: { fix: { kind: 'number', value: '82348.0' } } });
    expect(report.findings.filter((f) => f.severity === 'error').every((f) => f.sheet === FUNDING_FORM_SHEET)).toBe(true);
    expect(state().highlighted).toBe(true);
    expect(standIn.book.sheet(FUNDING_FORM_SHEET)!.cell(cityI - 1, 3)?.fill).toBe(SEVERITY_FILL.error.toUpperCase());
    expect(state().notice).toEqual({ kind: 'reportValidated', summary: report.summary });
    await controller.selectFinding(planFinding);
    expect(state().selectedKey).toBe(planFinding.key);
    await controller.fixReportFinding(planFinding);
    expect(valueAt(standIn, FUNDING_FORM_SHEET, `D${cityI}`)).toBe(82348);
    expect(state().periodReport.report!.summary).toEqual({ error: 0, warning: 0, info: 0 });
    expect(state().notice).toMatchObject({ kind: 'reportFixed', count: 1 });
    expect(standIn.book.sheet(FUNDING_FORM_SHEET)!.cell(cityI - 1, 3)?.fill).toBeUndefined();
  });

  test('against this workbook\'s annexes: the same rules, and a percentage typed over its formula is found and fixed', async () => {
    const { controller, state, standIn } = pane({ choice: { source: 'workbook' } });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    const { cityI } = r1Rows(standIn);
    type(standIn, FUNDING_FORM_SHEET, `G${cityI}`, 30);
    await controller.checkReport();
    expect(state().periodReport.against).toMatchObject({ from: 'workbook', programId: null, version: null });
    const typed = state().periodReport.report!.findings.find((f) => f.rule === 'R007')!;
    expect(typed).toMatchObject({ sheet: FUNDING_FORM_SHEET, cell: `G${cityI}`, cellFix: { fix: { kind: 'number', value: '25.0' } } });
    await controller.fixReportFinding(typed);
    expect(valueAt(standIn, FUNDING_FORM_SHEET, `G${cityI}`)).toBe(25);
    expect(state().periodReport.report!.findings.filter((f) => f.rule === 'R007')).toEqual([]);
  });
});

test('form R2: facts typed for indicators; a percentage typed over its formula is R007 at its cell, fixed from the fact and the plan', async () => {
  const { controller, state, standIn } = pane({ choice: { source: 'workbook' } });
  await controller.createReportSheets();
  typeQuarterFacts(standIn);
  // The first indicators with a number as plan and the percentage as a formula: each fact typed equal to its plan.
  const grid = standIn.toGrids().find((g) => g.name === INDICATOR_FORM_SHEET)!;
  const rows = grid.rows.flatMap((row, r) => (typeof row?.[4]?.value === 'number' && row?.[6]?.formula ? [r + 1] : [])).slice(0, 3);
  expect(rows).toHaveLength(3);
  for (const r of rows) type(standIn, INDICATOR_FORM_SHEET, `F${r}`, valueAt(standIn, INDICATOR_FORM_SHEET, `E${r}`) as number);
  type(standIn, INDICATOR_FORM_SHEET, `G${rows[1]}`, 90);
  await controller.checkReport();
  const findings = state().periodReport.report!.findings.filter((f) => f.sheet === INDICATOR_FORM_SHEET && f.severity !== 'info');
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([['R007', `G${rows[1]}`]]);
  expect(findings[0].cellFix?.fix).toEqual({ kind: 'number', value: '100.0' });
  await controller.fixReportFinding(findings[0]);
  expect(valueAt(standIn, INDICATOR_FORM_SHEET, `G${rows[1]}`)).toBe(100);
  expect(state().periodReport.report!.findings.filter((f) => f.sheet === INDICATOR_FORM_SHEET && f.severity !== 'info')).toEqual([]);
});

describe('the stored version the sheets name («Программа: ID — версия N»)', () => {
  test('no program chosen: the sheets\' own version is checked against, and chosen', async () => {
    const { controller, state, standIn, choose } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    choose({ programId: null, version: null });
    await controller.checkReport();
    expect(state().problems).toEqual([]);
    expect(state().periodReport.choice).toMatchObject({ source: 'store', programId, version: 1 });
    expect(state().periodReport.against).toMatchObject({ from: 'store', programId, version: 1 });
    expect(state().periodReport.report!.summary).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test('another version chosen: refused with both named, nothing checked against the wrong plan', async () => {
    const { controller, state, choose } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    choose({ version: 2 });
    await controller.checkReport();
    expect(state().problems.at(-1)!.failure).toEqual({
      kind: 'reportOtherProgram',
      detail: {
        ru: `Листы отчёта составлены по программе ${programId}, версия 1 (Форма R1!A5); выбрана программа ${programId}, версия 2.`,
        en: `The report sheets were laid out from program ${programId}, version 1 (Форма R1!A5); the chosen one is program ${programId}, version 2.`,
      },
    });
    expect(state().periodReport.report).toBeNull();
  });

  test('a year typed half-way: check and send refuse and name it; nothing is read under the sheets\' period instead, nothing sent', async () => {
    const { controller, state, standIn, choose, posts } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    const year = state().periodReport.choice.year;
    choose({ year: 20 });
    for (const task of [() => controller.checkReport(), () => controller.sendReport(), () => controller.createReportSheets()]) {
      const before = posts.length;
      await task();
      expect(state().problems.at(-1)!.failure).toEqual({ kind: 'reportNotAYear', detail: { ru: 'Год «20» — не год.', en: '“20” is not a year.' } });
      expect(posts.slice(before)).toEqual([]);
    }
    expect(state().periodReport.report).toBeNull();
    choose({ year });
    await controller.checkReport();
    expect(state().periodReport.report).not.toBeNull();
  });

  test('another period chosen than the sheets name: refused with both named, nothing checked or sent under a period not chosen', async () => {
    const { controller, state, standIn, choose, posts } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    const chosen = state().periodReport.choice;
    choose({ quarters: chosen.quarters === 1 ? 2 : 1 });
    const other = chosen.quarters === 1 ? { ru: 'за I полугодие', en: 'for H1' } : { ru: 'за I квартал', en: 'for Q1' };
    await controller.checkReport();
    const refusal = state().problems.at(-1)!.failure;
    expect(refusal.kind).toBe('reportOtherPeriod');
    expect((refusal.detail as { ru: string }).ru).toMatch(new RegExp(`^Листы отчёта — за .+ ${chosen.year} года \\(Форма R1!A\\d+\\); выбран отчёт ${other.ru} ${chosen.year} года\\.$`));
    expect((refusal.detail as { en: string }).en).toMatch(new RegExp(`^The report sheets are for .+ ${chosen.year} \\(Форма R1!A\\d+\\); the report chosen is ${other.en} ${chosen.year}\\.$`));
    expect(state().periodReport.report).toBeNull();
    const before = posts.length;
    await controller.sendReport();
    expect(state().problems.at(-1)!.failure.kind).toBe('reportOtherPeriod');
    expect(posts.slice(before).filter((p) => p.includes('/api/v1/reports'))).toEqual([]);
    // The period of the sheets chosen back: checked, and nothing refused.
    choose({ quarters: chosen.quarters });
    await controller.checkReport();
    expect(state().periodReport.report).not.toBeNull();
    expect(state().periodReport.against).toMatchObject({ from: 'store', programId, version: 1 });
  });
});

test('the previous period\'s accepted report is asked for: a cumulative fact below it is R005, as the store will find it', async () => {
  // The first quarter of 2022 sent at half the year's plan, and accepted by the coordinator.
  const q1 = pane({ choice: { programId, version: 1, year: 2022, quarters: 1 } });
  await q1.controller.createReportSheets();
  for (const r of sourceRows(q1.standIn)) {
    const plan = valueAt(q1.standIn, FUNDING_FORM_SHEET, `D${r}`) as number;
    if (plan > 0) for (const c of ['E', 'F']) type(q1.standIn, FUNDING_FORM_SHEET, `${c}${r}`, Math.round(plan * 5) / 10);
  }
  await q1.controller.sendReport();
  expect(q1.state().periodReport.submission!.accepted).toMatchObject({ period: '2022-Q1', version: 1 });
  await new StoreClient({ baseUrl: STORE_URL, token: store.tokens.reviewer, fetch: store.fetch }).reviewReport(programId, '2022-Q1', 1, { decision: 'accepted' });
  // The half-year at a quarter of the plan: less than the first quarter already had.
  const h1 = pane({ choice: { programId, version: 1, year: 2022, quarters: 2 } });
  await h1.controller.createReportSheets();
  typeQuarterFacts(h1.standIn);
  await h1.controller.checkReport();
  const decreased = h1.state().periodReport.report!.findings.filter((f) => f.rule === 'R005');
  expect(decreased.length).toBeGreaterThan(0);
  expect(decreased.every((f) => f.sheet === FUNDING_FORM_SHEET && /^[EF]\d+$/.test(f.cell ?? ''))).toBe(true);
  // Checked against this workbook's annexes, the pane has no previous report: R005 is silent.
  h1.choose({ source: 'workbook' });
  await h1.controller.checkReport();
  expect(h1.state().periodReport.report!.findings.filter((f) => f.rule === 'R005')).toEqual([]);
});

describe('«Отправить отчёт»', () => {
  test('from the annexes of this workbook: refused before any request, the store checks against its own version', async () => {
    const { controller, state, posts } = pane({ choice: { source: 'workbook' } });
    await controller.createReportSheets();
    await controller.checkReport();
    expect(reportSendReadiness(state().storeSettings, state().periodReport, state().explanations)).toBe('program');
    await controller.sendReport();
    expect(kinds(state())).toEqual(['reportNeedsStoreProgram']);
    expect(posts).toEqual([]);
  });

  test('warnings are explained first; then the store accepts it as version 1, in time; sent again, it says it has it already', async () => {
    const { controller, state, standIn, posts, explainAll } = pane({ choice: { programId, version: 1 } });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    // Subprogram II's city budget spent at 5 % of the year's plan: below the quarter's pace, no reason given.
    const { cityII } = r1Rows(standIn);
    type(standIn, FUNDING_FORM_SHEET, `E${cityII}`, 793.4);
    type(standIn, FUNDING_FORM_SHEET, `F${cityII}`, 793.4);
    await controller.checkReport();
    const warnings = state().periodReport.report!.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.rule, f.cell])).toEqual([['R006', `H${cityII}`]]);
    expect(reportSendReadiness(state().storeSettings, state().periodReport, state().explanations)).toBe('explain');
    await controller.sendReport();
    expect(state().problems.at(-1)).toMatchObject({ task: 'reportSend', failure: { kind: 'unexplainedWarnings', keys: [warnings[0].key] } });
    expect(state().flaggedKeys).toEqual([warnings[0].key]);
    expect(posts).toEqual([]);
    explainAll();
    await controller.sendReport();
    expect(state().problems).toEqual([]);
    expect(posts).toEqual(['/api/v1/reports']);
    const submission = state().periodReport.submission!;
    expect(submission.accepted).toMatchObject({ programId, period: '2021-Q1', version: 1, programVersion: 1, existing: false, status: 'submitted' });
    expect(submission.deadline).toEqual({ status: { status: 'onTime', due: '2021-04-05', submitted: '2021-04-02' }, text: { ru: 'в срок', en: 'on time' } });
    expect(noticeText(MESSAGES.ru, state().notice!, 'ru')).toBe('Хранилище приняло отчёт за I квартал 2021 года: версия 1.');
    expect(noticeText(MESSAGES.en, state().notice!, 'en')).toBe('The store accepted the report for Q1 2021: version 1.');
    // The store keeps the explanation with the version.
    const stored = await new StoreClient({ baseUrl: STORE_URL, token: store.tokens.submitter, fetch: store.fetch }).getReportVersion(programId, '2021-Q1', 1);
    expect(stored.explanations).toEqual({ [warnings[0].key]: 'Причина согласована (R006)' });
    await controller.sendReport();
    expect(state().periodReport.submission!.accepted).toMatchObject({ version: 1, existing: true });
    expect(noticeText(MESSAGES.ru, state().notice!, 'ru')).toMatch(/^Этот отчёт уже в хранилище: версия 1 от .+\. Новая версия не создана\.$/);
  });

  test('the store unreachable: a message with the address and «Повторить»; retried, the same key makes one version', async () => {
    let down = true;
    const keys: string[] = [];
    const { controller, state, standIn } = pane({
      choice: { programId, version: 1, quarters: 2 },
      network: (next) => async (input, init = {}) => {
        if (init.method === 'POST') keys.push((init.headers as Record<string, string>)['idempotency-key']);
        if (down && init.method === 'POST') throw new TypeError('Failed to fetch');
        return next(input, init);
      },
    });
    await controller.createReportSheets();
    for (const r of sourceRows(standIn)) {
      const plan = valueAt(standIn, FUNDING_FORM_SHEET, `D${r}`) as number;
      if (plan > 0) for (const c of ['E', 'F']) type(standIn, FUNDING_FORM_SHEET, `${c}${r}`, Math.round(plan * 5) / 10);
    }
    await controller.checkReport();
    expect(state().periodReport.report!.summary.error).toBe(0);
    await controller.sendReport();
    const problem = state().problems.at(-1)!;
    expect(problem).toMatchObject({ task: 'reportSend', failure: { kind: 'storeNetwork', detail: { ru: `Адрес хранилища: ${STORE_URL}` } } });
    expect(RETRYABLE.has(problem.failure.kind)).toBe(true);
    down = false;
    await controller.retry('reportSend');
    expect(state().periodReport.submission!.accepted).toMatchObject({ period: '2021-Q2', version: 1, existing: false });
    expect(new Set(keys).size).toBe(1);
    expect(keys.length).toBeGreaterThan(2);
  });

  test('a token of another department: the store\'s refusal says whom to ask', async () => {
    const { controller, state, standIn } = pane({ choice: { programId, version: 1, quarters: 3 }, token: store.tokens.otherSubmitter });
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    for (const r of sourceRows(standIn)) {
      const plan = valueAt(standIn, FUNDING_FORM_SHEET, `D${r}`) as number;
      if (plan > 0) for (const c of ['E', 'F']) type(standIn, FUNDING_FORM_SHEET, `${c}${r}`, Math.round(plan * 7.5) / 10);
    }
    await controller.sendReport();
    expect(state().problems.at(-1)).toMatchObject({ task: 'reportSend', failure: { kind: 'storeForbidden' } });
    expect(state().periodReport.submission).toBeNull();
  });
});

test('the report\'s English words have no Cyrillic; every report task and failure is worded in both languages', () => {
  const en = MESSAGES.en;
  const texts = [
    ...Object.values(en.report).flatMap((v) => (typeof v === 'function' ? [] : [v])),
    en.report.periodOption(1),
    en.report.periodOption(3),
    en.report.versionOption(2, '2021-04-02T09:00:00Z', 'accepted'),
    en.report.sendNeedsExplanations(2),
    en.report.deadline('05/04/2021', 'on time'),
    en.done.reportValidated({ error: 1, warning: 2, info: 0 }),
    en.failureHint.noReportSheets,
    en.failureHint.reportNoProgram,
    en.failureHint.reportNoAnnexes,
    en.failureHint.reportPeriodOutside,
    en.failureHint.reportNeedsStoreProgram,
    en.failureHint.reportNoPeriod,
    en.failureHint.reportOtherProgram,
    en.failureHint.reportOtherPeriod,
    en.failureHint.reportNotAYear,
    en.report.otherProgramDetail({ programId: 'stupino-2020-2024', version: 1 }, '', { programId: 'stupino-2020-2024', version: 2 }),
    en.report.otherPeriodDetail('for Q1 2021', '', 'for H1 2021'),
    en.report.outsideProgramDetail(2019, 2020, 2024),
    en.report.notAYearDetail('20'),
    ...(['reportPrograms', 'reportSheets', 'reportCheck', 'reportFix', 'reportSend'] as const).flatMap((task) => [en.working[task], en.failureTitle[task]]),
  ];
  for (const text of texts) expect(text).not.toMatch(/[А-Яа-яЁё]/);
  expect(MESSAGES.ru.report.periodOption(3)).toBe('9 месяцев');
  // The annual period is told apart from the «Год» field beside it.
  expect(MESSAGES.ru.report.periodOption(4)).toBe('Год (годовой отчёт)');
});

describe('a report sent after its deadline', () => {
  let late: InProcessStore;
  let lateId: string;

  beforeAll(async () => {
    // The store's day: 12 April 2021, a week after the first quarter's report was due.
    late = await startInProcessStore({ now: () => new Date('2021-04-12T09:00:00Z') });
    const program = correctedExample();
    const warnings = checkProgram({ program }).findings.filter((f) => f.severity === 'warning');
    const client = new StoreClient({ baseUrl: STORE_URL, token: late.tokens.submitter, fetch: late.fetch });
    lateId = (await client.submit({ program, explanations: Object.fromEntries(warnings.map((f) => [f.key, 'Согласовано'])) })).programId;
  });

  afterAll(async () => {
    await late.close();
  });

  test('is accepted, and the answer says by how many days it is late, as the store counts them', async () => {
    const standIn = createExcelStandIn(writeProgramWorkbook(correctedExample()));
    let state: PaneState = initialPaneState('ru', { url: STORE_URL, token: late.tokens.submitter });
    state = paneReducer(state, { type: 'reportChoiceChanged', choice: { quarters: 1, year: 2021, programId: lateId, version: 1 } });
    const controller = new PaneController(
      createExcelWorkbookHost(standIn.run),
      programTemplates,
      (action) => void (state = paneReducer(state, action)),
      () => state,
      (settings) => new StoreClient({ baseUrl: settings.url, token: settings.token, fetch: late.fetch }),
      async () => false,
    );
    await controller.createReportSheets();
    typeQuarterFacts(standIn);
    await controller.sendReport();
    expect(state.problems).toEqual([]);
    const { deadline } = state.periodReport.submission!;
    expect(deadline).toEqual({ status: { status: 'late', due: '2021-04-05', submitted: '2021-04-12', daysLate: 7 }, text: { ru: 'с опозданием на 7 дней', en: 'late by 7 days' } });
    expect(MESSAGES.ru.report.deadline('05.04.2021', deadline!.text.ru)).toBe('Срок сдачи — 05.04.2021: с опозданием на 7 дней.');
  });
});
