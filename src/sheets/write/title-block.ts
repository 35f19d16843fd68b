// The lines above a table: "Приложение №1 / к муниципальной программе / «…»", then the table's heading.
import { ANNEX_NOTE_STYLE, TITLE_STYLE } from './cell-styles';
import type { GridBuilder } from './grid-builder';

/** «Цифровое муниципальное образование»; empty for a blank template. */
export function quotedTitle(title: string): string {
  return title.trim() === '' ? '' : `«${title.trim()}»`;
}

/** Writes lines from row 0, each merged across `width` columns; `null` leaves a blank row. Returns the next row. */
export function writeTitleLines(sheet: GridBuilder, lines: readonly (string | null)[], width: number, kind: 'note' | 'title'): number {
  for (const line of lines) {
    const row = sheet.height;
    if (line === null) {
      sheet.skipRow();
      continue;
    }
    sheet.setMerged({ top: row, left: 0, bottom: row, right: width - 1 }, { value: line === '' ? null : line, style: kind === 'note' ? ANNEX_NOTE_STYLE : TITLE_STYLE });
  }
  return sheet.height;
}

/** "Приложение №1" / "к муниципальной программе" / «title» / blank / heading / «title» / blank. */
export function writeAnnexTitleBlock(sheet: GridBuilder, annex: string, heading: string, programTitle: string, width: number): number {
  writeTitleLines(sheet, [annex, 'к муниципальной программе', quotedTitle(programTitle), null], width, 'note');
  return writeTitleLines(sheet, [heading, quotedTitle(programTitle), null], width, 'title');
}
