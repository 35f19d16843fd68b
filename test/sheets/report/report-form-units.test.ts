// The money unit is stated above the money form (R1) only: the indicators of R2 have their own units (column
// «Единица измерения»), so a «(тыс. руб.)» over R2 — and over R2 of `sverka report template` — would misstate them.
import { cellText, type Grid } from '../../../src/sheets/grid';
import { FUNDING_FORM_SHEET, INDICATOR_FORM_SHEET, writeReportTemplate, writeReportWorkbook } from '../../../src/sheets/write/report/report-workbook';
import { stupinoProgram, stupinoQ1 } from '../../fixtures/report-builder';

/** The texts above the form's header row («№ п/п»). */
function titleTexts(grid: Grid): string[] {
  const header = grid.rows.findIndex((row) => cellText(row?.[0]) === '№ п/п');
  expect(header).toBeGreaterThan(0);
  return grid.rows.slice(0, header).flatMap((row) => (row ?? []).map((c) => cellText(c)).filter((t) => t !== ''));
}

const sheet = (grids: Grid[], name: string): Grid => grids.find((g) => g.name === name)!;

test.each([
  ['a filled report', () => writeReportWorkbook(stupinoQ1())],
  ['the report template', () => writeReportTemplate(stupinoProgram(), { year: 2021, quarters: 1 })],
])('%s: R1 states «(тыс. руб.)», R2 states no money unit', (_, write) => {
  const grids = write();
  expect(titleTexts(sheet(grids, FUNDING_FORM_SHEET))).toContain('(тыс. руб.)');
  expect(titleTexts(sheet(grids, INDICATOR_FORM_SHEET)).filter((t) => /руб/.test(t))).toEqual([]);
});
