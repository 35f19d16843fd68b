// The annexes for print (writeAnnexWorkbook) written through the adapter: the page setup that the
// writers ask for lands on each worksheet's pageLayout, the row heights on the rows — in the same one sync.
import { Program } from '../../src/domain/model/program';
import { createExcelWorkbookHost } from '../../src/excel/excel-workbook-host';
import { createExcelStandIn } from '../../src/excel/stand-in/excel-stand-in';
import { POINTS_PER_INCH } from '../../src/excel/write-workbook-grids';
import { ANNEX_PRINT_SHEET_NAMES, writeAnnexWorkbook } from '../../src/sheets/write/annex-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import example from '../../examples/stupino-2020-2024.program.json';

async function writtenAnnexes() {
  const program = Program.parse(example);
  const excel = createExcelStandIn(writeProgramWorkbook(program));
  const host = createExcelWorkbookHost(excel.run);
  await host.readGrids();
  excel.resetCounters();
  const annexes = writeAnnexWorkbook(program, { paragraph: true, sheetNames: ANNEX_PRINT_SHEET_NAMES });
  await host.writeGrids(annexes);
  return { excel, annexes };
}

describe('the annexes for print, written into the workbook', () => {
  test('all three print sheets are added in one sync, the input sheets kept', async () => {
    const { excel, annexes } = await writtenAnnexes();
    expect(annexes.map((g) => g.name)).toEqual(Object.values(ANNEX_PRINT_SHEET_NAMES));
    expect(excel.syncCount).toBe(1);
    const names = excel.book.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Паспорт', 'Приложение 1', 'Приложение 2', ...Object.values(ANNEX_PRINT_SHEET_NAMES)]));
  });

  test.each(Object.values(ANNEX_PRINT_SHEET_NAMES))('«%s»: A4 landscape, margins in points, centred, fitted to the width', async (name) => {
    const { excel, annexes } = await writtenAnnexes();
    const layout = annexes.find((g) => g.name === name)!.layout;
    const page = excel.book.sheet(name)!.pageLayout;
    expect(page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: layout.margins.left * POINTS_PER_INCH,
      rightMargin: layout.margins.right * POINTS_PER_INCH,
      topMargin: layout.margins.top * POINTS_PER_INCH,
      bottomMargin: layout.margins.bottom * POINTS_PER_INCH,
      headerMargin: layout.margins.header * POINTS_PER_INCH,
      footerMargin: layout.margins.footer * POINTS_PER_INCH,
    });
    // 20 mm at the binding: 0.79 in ≈ 56.9 pt.
    expect(page.leftMargin).toBeCloseTo(56.88, 2);
  });

  test('the header rows of both annexes repeat on every page', async () => {
    const { excel, annexes } = await writtenAnnexes();
    for (const name of [ANNEX_PRINT_SHEET_NAMES.funding, ANNEX_PRINT_SHEET_NAMES.indicators]) {
      const [top, bottom] = annexes.find((g) => g.name === name)!.layout.printTitleRows!;
      expect(excel.book.sheet(name)!.pageLayout.printTitleRows).toBe(`$${top + 1}:$${bottom + 1}`);
    }
  });

  test('every row the layout sizes gets its height in points; the others keep the default', async () => {
    const { excel, annexes } = await writtenAnnexes();
    for (const grid of annexes) {
      const sheet = excel.book.sheet(grid.name)!;
      const sized = grid.layout.rowHeights.flatMap((h, row) => (h === null ? [] : [[row, h] as const]));
      expect(sized.length).toBeGreaterThan(0);
      for (const [row, height] of sized) expect(sheet.rowHeights.get(row)).toBe(Math.min(409, height));
      grid.layout.rowHeights.forEach((h, row) => {
        if (h === null) expect(sheet.rowHeights.has(row)).toBe(false);
      });
    }
  });
});

describe('the stand-in refuses page setup Excel refuses', () => {
  test.each([
    ['a negative margin', (page: Excel.PageLayout) => void (page.leftMargin = -1)],
    ['an unknown paper size', (page: Excel.PageLayout) => void (page.paperSize = 'Folio' as Excel.PaperType)],
  ])('%s', async (_, set) => {
    const excel = createExcelStandIn([{ name: 'Лист', rows: [[{ value: 1 }]], merges: [] }]);
    await expect(
      excel.run(async (context) => {
        set(context.workbook.worksheets.getItem('Лист').pageLayout as unknown as Excel.PageLayout);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a row height over 409 points is refused', async () => {
    const excel = createExcelStandIn([{ name: 'Лист', rows: [[{ value: 1 }]], merges: [] }]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Лист').getRange('A1').format.rowHeight = 500;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
