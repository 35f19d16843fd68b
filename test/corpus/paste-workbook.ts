// Builds a fragment's workbook the way a person gets it by pasting the published table (or text) into
// Excel — with ExcelJS directly, not with sverka's writers: the value of a merge in its top-left cell only,
// numbers converted the way Excel in a Russian locale converts "1234,5" and "5 894,0" (the decimals shown as
// printed), or left as text when the sheet says so (grouped with NBSP, or the table pasted as text).
import ExcelJS from 'exceljs';
import type { CellSpec, PastedSheet } from './fragment';

export interface PastedWorkbook {
  buffer: Buffer;
  /** The A1 address (with its sheet) of every named cell. */
  cells: Map<string, { sheet: string; cell: string }>;
}

/** "1234,5", "5 894,0", " 815,0 ", "2019": what Excel (ru-RU) turns into a number on paste. */
const RUSSIAN_NUMBER = /^\s*(-?\d{1,3}(?: \d{3})+|-?\d+)(?:,(\d+))?\s*$/;

export async function pasteWorkbook(sheets: readonly PastedSheet[]): Promise<PastedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const cells = new Map<string, { sheet: string; cell: string }>();
  for (const spec of sheets) {
    checkMerges(spec);
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const text = textOf(cell);
        if (text === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        const number = spec.numbers === 'number' ? RUSSIAN_NUMBER.exec(text) : null;
        if (number) {
          target.value = Number(number[1].replace(/ /g, '') + (number[2] ? '.' + number[2] : ''));
          const decimals = number[2]?.length ?? 0;
          const grouped = number[1].includes(' ');
          if (decimals > 0 || grouped) target.numFmt = (grouped ? '#,##0' : '0') + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
        } else {
          target.value = text;
        }
        if (text.includes('\n')) target.alignment = { wrapText: true };
        if (cell !== null && typeof cell === 'object') {
          const across = cell.across ?? 1;
          const down = cell.down ?? 1;
          if (across > 1 || down > 1) sheet.mergeCells(r + 1, c + 1, r + down, c + across);
          if (cell.id) cells.set(cell.id, { sheet: spec.name, cell: target.address });
        }
      });
    });
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, cells };
}

/** A merge covers empty cells only: a value under a merge is a mistake of the layout (Excel would drop it). */
export function checkMerges(spec: PastedSheet): void {
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || typeof cell !== 'object') return;
      for (let dr = 0; dr < (cell.down ?? 1); dr++) {
        for (let dc = 0; dc < (cell.across ?? 1); dc++) {
          if (dr === 0 && dc === 0) continue;
          const covered = spec.rows[r + dr]?.[c + dc];
          if (covered !== null && covered !== undefined) throw new Error(`${spec.name}: the merge at row ${r + 1}, column ${c + 1} covers «${textOf(covered)}» at row ${r + dr + 1}, column ${c + dc + 1}`);
        }
      }
    });
  });
}

function textOf(cell: CellSpec): string | null {
  if (cell === null || cell === undefined) return null;
  return typeof cell === 'string' ? cell : cell.text;
}

/** The words of a pasted layout, in reading order (row by row): what the verbatim text must give too. */
export function layoutWords(sheets: readonly PastedSheet[]): string[] {
  const words: string[] = [];
  for (const sheet of sheets) for (const row of sheet.rows) for (const cell of row) words.push(...wordsOf(textOf(cell) ?? ''));
  return words;
}

/** Words of a text: split at spaces and table rules ("|"); rule lines ("-----") and quotes are no words. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[\s|]+/)
    .filter((w) => w !== '' && !/^-{3,}$/.test(w));
}
