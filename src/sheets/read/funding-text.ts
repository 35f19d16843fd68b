// The funding section written as text rather than as a passport row — a program's section "Ресурсное
// обеспечение…" pasted one paragraph a row: read as the passport's funding paragraph, so that its own sums
// are checked (P006) and compared with the funding table (P001–P003).
import type { Passport } from '../../domain/model/passport';
import type { ReadLog } from './read-log';
import type { PassportReading } from './passport-reader';
import { readParagraph } from './passport-reader';
import { passportReading } from './table-reading';
import type { TextCell } from './read-cell';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';

/** Rows of a text are one or two filled cells; a blank row or two may stand between paragraphs. */
const MAX_BLANK_ROWS = 2;

export function readFundingText(view: SheetView, firstRow: number, col: number, limit: number, log: ReadLog, passport: PassportReading | null): PassportReading {
  const lines: TextCell[] = [];
  let blank = 0;
  for (let row = firstRow; row < limit; row++) {
    const filled = view.filledColumns(row);
    if (filled.length === 0) {
      if (++blank > MAX_BLANK_ROWS) break;
      continue;
    }
    if (filled.length > 2 || (row > firstRow && isTitleRow(view, row))) break;
    blank = 0;
    for (const c of filled) if (c >= col - 1) lines.push({ text: view.text(row, c), ref: view.ref(row, c) });
  }
  const paragraph = lines.length > 0 ? readParagraph(lines, log) : null;
  const funding = paragraph?.funding ?? null;
  log.read(passportReading(funding, lines.length, lines[0]?.ref ?? view.ref(firstRow, col), 'text', paragraph?.unread ?? 0, paragraph?.unitStated ?? false));
  const base: Passport = passport?.passport ?? { periodText: null, period: null, subprograms: [], funding: null, fields: [] };
  return { passport: { ...base, funding }, title: passport?.title ?? null, municipality: passport?.municipality ?? null };
}
