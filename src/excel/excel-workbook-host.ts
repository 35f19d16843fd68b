// The WorkbookHost over the Excel JavaScript API: the only place where the task pane's requests turn
// into Excel batches. `run` is Excel.run inside Office, the stand-in's run in the preview and tests.
import { parseRange, rangeToA1 } from '../sheets/address';
import type { Grid } from '../sheets/grid';
import { CellHighlights } from './cell-highlights';
import type { ExcelRun } from './excel-api';
import { learnWorkbookSheets, readWorkbookGrids } from './read-workbook-grids';
import { actionsSize } from './request-size';
import { SheetCatalog } from './sheet-catalog';
import { runPlanned, type PlannedStep } from './sync-plan';
import type { CellFix, CellHighlight, WorkbookHost } from './workbook-host';
import { entryOf, writeWorkbookGrids } from './write-workbook-grids';
import { explainExcelError, WorkbookHostError } from './workbook-host-error';

export type { ExcelRun } from './excel-api';

/** The host, plus how many syncs its last call made (for the tests and the benchmark). */
export interface ExcelWorkbookHost extends WorkbookHost {
  readonly lastSyncs: number;
}

export function createExcelWorkbookHost(run: ExcelRun): ExcelWorkbookHost {
  const catalog = new SheetCatalog();
  const highlights = new CellHighlights(run);
  let lastSyncs = 0;

  const counted = async <T extends { syncs: number }>(work: Promise<T>, doing: { ru: string; en: string }): Promise<T> => {
    try {
      const outcome = await work;
      lastSyncs = outcome.syncs;
      return outcome;
    } catch (error) {
      throw explainExcelError(error, doing);
    }
  };

  return {
    get lastSyncs() {
      return lastSyncs;
    },

    async prepare(): Promise<void> {
      await counted(learnWorkbookSheets(run, catalog), { ru: 'Не удалось прочитать список листов книги', en: 'Could not read the list of sheets' });
    },

    async readGrids(): Promise<Grid[]> {
      const { grids } = await counted(readWorkbookGrids(run, catalog), { ru: 'Не удалось прочитать книгу', en: 'Could not read the workbook' });
      return grids;
    },

    async writeGrids(grids: readonly Grid[]): Promise<void> {
      await counted(writeWorkbookGrids(run, catalog, grids), { ru: 'Не удалось записать листы', en: 'Could not write the sheets' });
    },

    async highlight(cells: readonly CellHighlight[]): Promise<void> {
      await counted(highlights.highlight(cells), { ru: 'Не удалось подсветить ячейки', en: 'Could not highlight the cells' });
    },

    async clearHighlights(): Promise<void> {
      await counted(highlights.clear(), { ru: 'Не удалось снять подсветку', en: 'Could not clear the highlights' });
    },

    async select(sheet: string, cell: string): Promise<void> {
      const address = checkedRange(cell);
      await counted(
        run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(address).select();
          await context.sync();
          return { syncs: 1 };
        }),
        { ru: `Не удалось перейти к ячейке ${address} на листе «${sheet}»`, en: `Could not go to cell ${address} on sheet "${sheet}"` },
      );
    },

    async activate(sheet: string): Promise<void> {
      await counted(
        run(async (context) => {
          context.workbook.worksheets.getItem(sheet).activate();
          await context.sync();
          return { syncs: 1 };
        }),
        { ru: `Не удалось открыть лист «${sheet}»`, en: `Could not show sheet "${sheet}"` },
      );
    },

    async applyFixes(fixes: readonly CellFix[]): Promise<void> {
      const steps: PlannedStep[] = fixes.map(({ sheet, cell, fix }) => {
        const address = checkedCell(cell);
        const entry =
          fix.kind === 'formula' ? `=${fix.formula}` : fix.kind === 'number' ? Number(fix.value) : entryOf({ value: fix.value });
        return {
          bytes: actionsSize(3, sheet, address, entry),
          enqueue: (context) => void (context.workbook.worksheets.getItem(sheet).getRange(address).formulas = [[entry ?? '']]),
        };
      });
      await counted(
        run(async (context) => ({ syncs: await runPlanned(context, steps) })),
        { ru: 'Не удалось исправить ячейки', en: 'Could not write the fixes' },
      );
    },
  };
}

/** A cell ("D12", "$D$12"), as a fix is written. */
function checkedCell(cell: string): string {
  const range = checkedRange(cell);
  if (range.includes(':')) throw new WorkbookHostError({ ru: `«${cell}» — диапазон, а не одна ячейка`, en: `"${cell}" is a range, not one cell` });
  return range;
}

/** A cell or a range of cells ("B30:B35"), as Excel selects it. */
function checkedRange(address: string): string {
  try {
    return rangeToA1(parseRange(address));
  } catch (error) {
    throw new WorkbookHostError({ ru: `«${address}» — не адрес ячейки (ожидается, например, D12)`, en: `"${address}" is not a cell address (expected e.g. D12)` }, { cause: error });
  }
}
