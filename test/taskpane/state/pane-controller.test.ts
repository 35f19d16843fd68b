// The pane's actions against the real Excel adapter over the in-memory stand-in, on the worked example.
import { Program } from '../../../src/domain/model/program';
import { createExcelWorkbookHost } from '../../../src/excel/excel-workbook-host';
import { createExcelStandIn, type ExcelStandIn } from '../../../src/excel/stand-in/excel-stand-in';
import { SEVERITY_FILL } from '../../../src/excel/severity-fill';
import type { WorkbookHost } from '../../../src/excel/workbook-host';
import { parseA1, toA1 } from '../../../src/sheets/address';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { paths } from '../../../src/domain/paths';
import { locate } from '../../../src/domain/provenance';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { connectStore, PaneController } from '../../../src/taskpane/state/pane-controller';
import { initialPaneState, paneReducer, type PaneAction } from '../../../src/taskpane/state/pane-state';
import { programTemplates } from '../../../src/taskpane/state/template-grids';
import example from '../../../examples/stupino-2020-2024.program.json';

const TOTAL_RULES = ['F001', 'F002', 'F003', 'F004'];

/** Shaped like OfficeExtension.Error. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function pane(options: { grids?: boolean; host?: (real: WorkbookHost) => WorkbookHost } = {}) {
  const standIn = createExcelStandIn(options.grids === false ? [] : writeProgramWorkbook(Program.parse(example)));
  const real = createExcelWorkbookHost(standIn.run);
  const host = options.host ? options.host(real) : real;
  let state = initialPaneState();
  const actions: PaneAction['type'][] = [];
  const controller = new PaneController(
    host,
    programTemplates,
    (action) => {
      actions.push(action.type);
      state = paneReducer(state, action);
    },
    () => state,
  );
  return { standIn, controller, state: () => state, actions };
}

function fillOf(standIn: ExcelStandIn, sheet: string, cell: string): string | undefined {
  const { row, col } = parseA1(cell);
  return standIn.book.sheet(sheet)?.cell(row, col)?.fill;
}

/** Types a number over a cell (its formula gone), as a person does. */
function type(standIn: ExcelStandIn, sheet: string, cell: string, value: number): void {
  const { row, col } = parseA1(cell);
  const target = standIn.book.sheet(sheet)!.touch(row, col);
  delete target.formula;
  target.value = value;
}

describe('the pane over the Excel adapter', () => {
  test('«Проверить» on the worked example lists the published errors and fills their cells red', async () => {
    const { standIn, controller, state } = pane();
    await controller.validate();
    const report = state().report!;
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['P003', 'P006']);
    for (const f of report.findings.filter((x) => x.severity === 'error')) {
      expect(fillOf(standIn, f.sheet!, f.cell!)).toBe(SEVERITY_FILL.error.toUpperCase());
    }
    expect(state()).toMatchObject({ busy: null, highlighted: true, problems: [] });
  });

  test('«Исправить все итоги» repairs a wrong ИТОГО typed over its formula', async () => {
    const { standIn, controller, state } = pane();
    // A wrong number typed over the program total (ИТОГО, «Общий объем»).
    const itogo = locate(checkWorkbook(standIn.toGrids()).provenance, paths.fundingTotalCell('total'))!;
    type(standIn, itogo.sheet, itogo.cell, 500000);
    await controller.validate();
    expect(state().report!.findings.some((f) => TOTAL_RULES.includes(f.rule))).toBe(true);
    await controller.fixAllTotals();
    expect(state().report!.findings.filter((f) => TOTAL_RULES.includes(f.rule))).toEqual([]);
    expect(state().notice).toMatchObject({ kind: 'fixed' });
    expect(state().problems).toEqual([]);
  });

  test('«Исправить» on one finding writes its fix, and the finding is gone after the check that follows', async () => {
    const { controller, state } = pane();
    await controller.validate();
    const finding = state().report!.findings.find((f) => f.fix && f.cell)!;
    await controller.fixFinding(finding);
    expect(state().report!.findings.map((f) => f.key)).not.toContain(finding.key);
    expect(state().notice).toMatchObject({ kind: 'fixed', count: 1 });
  });

  test('a finding selects its cell; «Снять выделение» puts the cells’ own fills back', async () => {
    const { standIn, controller, state } = pane();
    await controller.validate();
    const finding = state().report!.findings.find((f) => f.severity === 'error')!;
    await controller.selectFinding(finding);
    expect(standIn.book.selection).toEqual({ sheet: finding.sheet, address: finding.cell });
    expect(state().selectedKey).toBe(finding.key);
    await controller.clearHighlights();
    expect(fillOf(standIn, finding.sheet!, finding.cell!)).toBeUndefined();
    expect(state().highlighted).toBe(false);
  });

  test('a template written into an empty workbook replaces the old report and shows the passport', async () => {
    const { standIn, controller, state } = pane({ grids: false });
    standIn.book.addSheet();
    standIn.book.activeSheet = standIn.book.sheets[0].name;
    await controller.loadTemplate('example');
    expect(standIn.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Паспорт', 'Приложение 1', 'Приложение 2']));
    // Not the empty sheet the workbook was on: the first sheet of the program.
    expect(standIn.book.activeSheet).toBe('Паспорт');
    expect(state()).toMatchObject({ report: null, question: null, notice: { kind: 'templateExample' } });
  });

  test('target sheets that exist but are empty are replaced without a question', async () => {
    const standIn = createExcelStandIn([
      { name: 'Паспорт', rows: [], merges: [] },
      { name: 'Приложение 1', rows: [[null, { value: '' }]], merges: [] },
    ]);
    let state = initialPaneState();
    const controller = new PaneController(createExcelWorkbookHost(standIn.run), programTemplates, (a) => void (state = paneReducer(state, a)), () => state);
    await controller.loadTemplate('example');
    expect(state).toMatchObject({ question: null, notice: { kind: 'templateExample' } });
    expect(checkWorkbook(standIn.toGrids()).program).not.toBeNull();
  });

  test('an untouched blank template, or what the pane itself wrote, is replaced without a question', async () => {
    const { standIn, controller, state } = pane({ grids: false });
    standIn.book.addSheet();
    await controller.loadTemplate('blank');
    expect(state()).toMatchObject({ question: null, notice: { kind: 'templateBlank' } });
    // The blank template as it is: nothing entered, nothing to lose.
    await controller.loadTemplate('example');
    expect(state()).toMatchObject({ question: null, notice: { kind: 'templateExample' } });
    // The example the pane has just written, untouched: the same.
    await controller.loadTemplate('blank');
    expect(state()).toMatchObject({ question: null, notice: { kind: 'templateBlank' } });
    // A number typed into the blank template: now it is asked, naming only that sheet.
    const sheet = standIn.book.sheet('Приложение 1')!;
    const target = sheet.touch(12, 3);
    target.value = 1234.5;
    await controller.loadTemplate('example');
    expect(state().question).toEqual({ task: 'template', sheets: ['Приложение 1'] });
  });

  describe('loading a template over sheets a person has filled in', () => {
    /** The worked example with a number typed into «Приложение 1», as a person does. */
    function filledPane() {
      const filled = pane();
      const itogo = locate(checkWorkbook(filled.standIn.toGrids()).provenance, paths.fundingTotalCell('total'))!;
      type(filled.standIn, itogo.sheet, itogo.cell, 123456.7);
      return { ...filled, itogo };
    }

    test('asks first, naming the filled sheets, and writes nothing until answered', async () => {
      const { standIn, controller, state } = filledPane();
      const before = standIn.toGrids();
      await controller.loadTemplate('blank');
      expect(state().question).toEqual({ task: 'template', sheets: ['Паспорт', 'Приложение 1', 'Приложение 2'] });
      expect(state().busy).toBeNull();
      expect(standIn.toGrids()).toEqual(before);
    });

    test('«Отмена» writes nothing and says so', async () => {
      const { standIn, controller, state, itogo } = filledPane();
      const before = standIn.toGrids();
      await controller.loadTemplate('blank');
      const syncs = standIn.syncCount;
      controller.cancelReplace();
      expect(state()).toMatchObject({ question: null, busy: null, notice: { kind: 'replaceCancelled' } });
      expect(standIn.syncCount).toBe(syncs);
      expect(standIn.toGrids()).toEqual(before);
      const { row, col } = parseA1(itogo.cell);
      expect(standIn.book.sheet(itogo.sheet)!.cell(row, col)!.value).toBe(123456.7);
      // An answer given twice changes nothing either.
      await controller.confirmReplace();
      expect(standIn.toGrids()).toEqual(before);
    });

    test('«Заменить» writes the template over the sheets', async () => {
      const { standIn, controller, state, itogo } = filledPane();
      await controller.loadTemplate('blank');
      await controller.confirmReplace();
      expect(state()).toMatchObject({ question: null, busy: null, notice: { kind: 'templateBlank' } });
      expect(standIn.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Паспорт', 'Приложение 1', 'Приложение 2']));
      expect(standIn.book.sheets.some((s) => s.name.includes('прежний'))).toBe(false);
      expect(JSON.stringify(standIn.book.sheet(itogo.sheet)!.cell(parseA1(itogo.cell).row, parseA1(itogo.cell).col) ?? null)).not.toContain('123456.7');
    });

    test('another task started instead of answering drops the question', async () => {
      const { standIn, controller, state } = filledPane();
      const before = standIn.toGrids();
      await controller.loadTemplate('blank');
      await controller.validate();
      expect(state().question).toBeNull();
      await controller.confirmReplace();
      expect(standIn.toGrids().map((g) => g.name)).toEqual(before.map((g) => g.name));
      expect(state().notice).toMatchObject({ kind: 'validated' });
    });

    test('a workbook swapped while the question is open is asked about afresh', async () => {
      const { controller, state } = filledPane();
      await controller.loadTemplate('blank');
      const other = createExcelStandIn(writeProgramWorkbook(Program.parse(example)));
      controller.rebind({ host: createExcelWorkbookHost(other.run), templates: programTemplates, connect: connectStore, clipboard: async () => false });
      const before = other.toGrids();
      await controller.confirmReplace();
      expect(state().question).toEqual({ task: 'template', sheets: ['Паспорт', 'Приложение 1', 'Приложение 2'] });
      expect(other.toGrids()).toEqual(before);
    });
  });

  test('Excel refusing a read becomes a message with advice, and «Повторить» runs the check again', async () => {
    let editing = true;
    const { controller, state } = pane({
      host: (real) => ({
        ...real,
        readGrids: () => (editing ? Promise.reject(officeError('InvalidOperationInCellEditMode', 'The operation is not allowed in cell edit mode')) : real.readGrids()),
      }),
    });
    await controller.validate();
    expect(state().busy).toBeNull();
    expect(state().problems).toEqual([
      { id: 1, task: 'validate', failure: { kind: 'cellEditing', detail: { ru: 'The operation is not allowed in cell edit mode', en: 'The operation is not allowed in cell edit mode' } } },
    ]);
    editing = false;
    await controller.retry('validate');
    expect(state().problems).toEqual([]);
    expect(state().report).not.toBeNull();
  });

  test('a sheet renamed since the last check: its old highlights are cleared under the new name, the check runs', async () => {
    const { standIn, controller, state } = pane();
    await controller.validate();
    const sheet = standIn.book.sheet('Приложение 2')!;
    sheet.name = 'Показатели';
    await controller.validate();
    expect(state().notice).toMatchObject({ kind: 'validated' });
    expect(state().problems).toEqual([]);
    const reported = new Set(state().report!.findings.filter((f) => f.sheet === 'Показатели').map((f) => f.cell));
    expect(reported.size).toBeGreaterThan(0);
    // Only the cells of the findings now are filled: no colour left over from before the rename.
    const filled = [...sheet.entries()].filter(([, , c]) => Object.values(SEVERITY_FILL).some((f) => f.toUpperCase() === c.fill?.toUpperCase()));
    expect(new Set(filled.map(([row, col]) => toA1(row, col)))).toEqual(reported);
  });

  test('when the old highlights cannot be cleared, the check still runs and the failure is shown beside it', async () => {
    let refuse = false;
    const { controller, state } = pane({
      host: (real) => ({
        ...real,
        clearHighlights: () => (refuse ? Promise.reject(officeError('ItemNotFound', 'The requested resource doesn\'t exist.')) : real.clearHighlights()),
      }),
    });
    await controller.validate();
    refuse = true;
    await controller.validate();
    expect(state().notice).toMatchObject({ kind: 'validated' });
    expect(state().problems.map((p) => [p.task, p.failure.kind])).toEqual([['clear', 'sheetMissing']]);
  });

  test('a second click while a task runs is ignored', async () => {
    let reads = 0;
    const { controller } = pane({ host: (real) => ({ ...real, readGrids: () => (reads++, real.readGrids()) }) });
    await Promise.all([controller.validate(), controller.validate()]);
    expect(reads).toBe(1);
  });
});
