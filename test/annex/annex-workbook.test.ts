import { checkProgram } from '../../src/domain/check-program';
import type { Program } from '../../src/domain/model/program';
import { passportFundingFromAnnex, passportParagraphFromAnnex } from '../../src/domain/passport-funding-from-annex';
import { keepDigitGroups } from '../../src/domain/text/keep-digit-groups';
import { parseA1 } from '../../src/sheets/address';
import { checkWorkbook } from '../../src/sheets/check-workbook';
import { cellText, type Grid } from '../../src/sheets/grid';
import { readWorkbook } from '../../src/sheets/read/read-workbook';
import { ANNEX_PRINT_SHEET_NAMES, ANNEX_SHEET_NAMES, writeAnnexWorkbook, type AnnexGrid } from '../../src/sheets/write/annex-workbook';
import { printRowHeights } from '../../src/sheets/write/row-heights';
import { planPassportParagraph } from '../../src/sheets/write/passport-paragraph-plan';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { fundingValues, indicatorValues, passportFundingValues } from './table-values';
import { workedExampleProgram } from './worked-example';

const program = workedExampleProgram();

function sheet(grids: readonly AnnexGrid[], name: string): AnnexGrid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet «${name}» among ${grids.map((g) => g.name).join(', ')}`);
  return grid;
}

/** Rows (0-based) where a cell reads exactly `text`. */
function rowsWith(grid: Grid, text: string): number[] {
  return grid.rows.flatMap((row, r) => ((row ?? []).some((c) => cellText(c) === text) ? [r] : []));
}

describe('writeAnnexWorkbook: the annexes read back as the program', () => {
  const grids = writeAnnexWorkbook(program);
  const reading = readWorkbook(grids);

  it('gives Приложение 1 with the same subprograms, sources and amounts', () => {
    expect(reading.sheets.funding).toBe(ANNEX_SHEET_NAMES.funding);
    expect(fundingValues(reading.program.funding)).toEqual(fundingValues(program.funding));
  });

  it('gives Приложение 2 with the same subprograms, activities, indicators and values', () => {
    expect(reading.sheets.indicators).toBe(ANNEX_SHEET_NAMES.indicators);
    expect(indicatorValues(reading.program.indicators)).toEqual(indicatorValues(program.indicators));
  });

  it('reads without any reading issue', () => {
    expect(reading.readIssues).toEqual([]);
  });
});

describe('writeAnnexWorkbook: what print needs', () => {
  const grids = writeAnnexWorkbook(program, { paragraph: true });

  it('makes the two annex sheets and the paragraph sheet, in that order', () => {
    expect(grids.map((g) => g.name)).toEqual([ANNEX_SHEET_NAMES.funding, ANNEX_SHEET_NAMES.indicators, ANNEX_SHEET_NAMES.paragraph]);
  });

  it.each([
    { name: ANNEX_SHEET_NAMES.funding, firstHeader: 'Наименование подпрограммы', lastHeader: '2024 год' },
    { name: ANNEX_SHEET_NAMES.indicators, firstHeader: '№ п/п', lastHeader: '11' },
  ])('$name: A4 landscape, fitted to the width, header rows "$firstHeader" … "$lastHeader" repeated, no drop-downs', ({ name, firstHeader, lastHeader }) => {
    const grid = sheet(grids, name);
    expect(grid.layout).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
    const top = rowsWith(grid, firstHeader)[0];
    const bottom = Math.max(...rowsWith(grid, lastHeader).filter((r) => r >= top && r <= top + 2));
    expect(grid.layout.printTitleRows).toEqual([top, bottom]);
    expect(grid.validations ?? []).toEqual([]);
  });

  it('keeps every total of Приложение 1 a live formula: Всего по подпрограмме, ИТОГО and the "в том числе" rows', () => {
    const grid = sheet(grids, ANNEX_SHEET_NAMES.funding);
    const totalRows = [...rowsWith(grid, 'Всего по подпрограмме I'), ...rowsWith(grid, 'Всего по подпрограмме II'), ...rowsWith(grid, 'ИТОГО по муниципальной программе')];
    expect(totalRows).toHaveLength(3);
    for (const r of totalRows) {
      const amounts = (grid.rows[r] ?? []).slice(2, 8);
      expect(amounts.every((c) => typeof c?.formula === 'string' && c.formula !== '')).toBe(true);
    }
  });

  it('gives a merged, wrapped cell rows tall enough for its text: Подпрограмма I over its three source rows', () => {
    const grid = sheet(grids, ANNEX_SHEET_NAMES.funding);
    const top = grid.rows.findIndex((row) => cellText(row?.[0]).startsWith('Подпрограмма I «'));
    const merge = grid.merges.find((m) => m.top === top && m.left === 0);
    expect(merge).toBeDefined();
    const text = cellText(grid.rows[top]?.[0]);
    const width = grid.layout.columnWidths?.[0] ?? 0;
    // At most one letter per unit of column width: the text needs at least this many 11-pt lines of ~12 pt.
    const minimumLines = Math.ceil(text.length / width);
    const height = grid.layout.rowHeights.slice(top, (merge?.bottom ?? top) + 1).reduce<number>((sum, h) => sum + (h ?? 15), 0);
    expect(height).toBeGreaterThanOrEqual(minimumLines * 12);
  });

  it('leaves a row of short single-line cells at the default height', () => {
    const grid: Grid = { name: 'x', rows: [[{ value: '2020 год', style: { wrap: true } }, { value: 345128, numberFormat: '#,##0.0' }]], merges: [] };
    expect(printRowHeights(grid, [13, 13])).toEqual([null]);
  });

  it('puts the passport paragraph on its own sheet, a document paragraph per row', () => {
    const lines = sheet(grids, ANNEX_SHEET_NAMES.paragraph).rows.slice(1).map((row) => cellText(row?.[0]));
    // For printing, the amounts' digit groups are joined by no-break spaces.
    expect(lines).toEqual(passportParagraphFromAnnex(program, 1)?.split('\n').map(keepDigitGroups));
  });

  it('adds print sheets to a workbook of input tables without changing what a check of it reads and finds', () => {
    const input = writeProgramWorkbook(program);
    const print = writeAnnexWorkbook(program, { paragraph: true, sheetNames: ANNEX_PRINT_SHEET_NAMES });
    expect(print.map((g) => g.name)).toEqual(Object.values(ANNEX_PRINT_SHEET_NAMES));
    expect(print.every((g) => g.name.length <= 31)).toBe(true); // Excel's limit on a sheet name
    const alone = checkWorkbook(input);
    const withPrint = checkWorkbook([...input, ...print]);
    expect(withPrint.sheets).toEqual(alone.sheets);
    expect(withPrint.report.findings.map((f) => f.key)).toEqual(alone.report.findings.map((f) => f.key));
  });
});

describe('the generated paragraph read by the passport reader equals Приложение 1', () => {
  /** The worked example's workbook as published: the passport says 421 246,4 for the city budget. */
  const grids = writeProgramWorkbook(program);
  const published = readWorkbook(grids);
  const planned = planPassportParagraph(published.program, published.provenance, grids, 1);

  /** The grids with the plan written, as the task pane's applyFixes would. */
  function applied(input: Grid[]): Grid[] {
    return input.map((g) => {
      if (g.name !== planned?.sheet) return g;
      const rows = g.rows.map((row) => [...(row ?? [])]);
      for (const change of planned.changes) {
        const { row, col } = parseA1(change.cell);
        rows[row][col] = { ...rows[row][col], value: change.after };
      }
      return { ...g, rows };
    });
  }

  it('writes into the passport cells that hold the funding section', () => {
    expect(planned?.sheet).toBe('Паспорт');
    expect(planned?.changes.map((c) => c.cell)).toEqual([published.provenance.get('passport/funding/src/municipal')?.cell]);
    expect(published.program.passport?.funding?.sources.map((s) => s.total)).toContain('421246.4');
  });

  it('reads back as the funding Приложение 1 gives, and the passport rules find nothing to say', () => {
    const rewritten = readWorkbook(applied(writeProgramWorkbook(program)));
    const funding = program.funding;
    if (!funding) throw new Error('the worked example has Приложение 1');
    expect(passportFundingValues(rewritten.program.passport?.funding ?? null)).toEqual(
      passportFundingValues(passportFundingFromAnnex(funding, { precision: 1, municipality: program.municipality })),
    );
    const report = checkProgram({ program: rewritten.program, provenance: rewritten.provenance, readIssues: rewritten.readIssues });
    expect(report.findings.filter((f) => ['P001', 'P002', 'P003', 'P006'].includes(f.rule)).map((f) => [f.rule, f.cell])).toEqual([]);
  });

  it('plans nothing for a program whose passport has no funding paragraph', () => {
    const noPassport: Program = { ...published.program, passport: null };
    expect(planPassportParagraph(noPassport, new Map(), grids, 1)).toBeNull();
  });
});
