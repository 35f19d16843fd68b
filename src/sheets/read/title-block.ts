// The title block above a table: "Приложение №1 / к муниципальной программе / «Цифровое муниципальное
// образование» / Объем финансовых ресурсов…", or the passport's "МУНИЦИПАЛЬНАЯ ПРОГРАММА / городского
// округа … / «…»". Read upwards from the header until a row that belongs to a table (3+ filled cells).
import type { TextCell } from './read-cell';
import type { SheetView } from './sheet-view';

const MAX_TITLE_ROWS = 15;

/** The title lines above `row`, top to bottom, each with its cell. */
export function titleBlockAbove(view: SheetView, row: number): TextCell[] {
  const lines: TextCell[] = [];
  for (let r = row - 1; r >= 0 && r >= row - MAX_TITLE_ROWS; r--) {
    const filled = view.filledColumns(r);
    if (filled.length === 0) continue;
    if (filled.length > 2) break;
    for (let i = filled.length - 1; i >= 0; i--) {
      // A merged title line reported in every cell of its merge is one line.
      if (i > 0 && view.text(r, filled[i]) === view.text(r, filled[i - 1])) continue;
      lines.push({ text: view.text(r, filled[i]), ref: view.ref(r, filled[i]) });
    }
  }
  return lines.reverse();
}

/** The text inside the outermost «…» (nested quotes kept), starting at `from`; null when there is none. */
export function quoted(text: string, from = 0): { inner: string; start: number; end: number } | null {
  const start = text.indexOf('«', from);
  if (start < 0) {
    const m = /"([^"]+)"/.exec(text.slice(from));
    return m ? { inner: m[1].trim(), start: from + m.index, end: from + m.index + m[0].length } : null;
  }
  // By character codes: `text[i]` of a Cyrillic letter makes a string of it (only Latin-1 ones are shared), one
  // per letter of every subprogram's name in a passport's list.
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab /* « */) depth++;
    else if (c === 0xbb /* » */ && --depth === 0) return { inner: text.slice(start + 1, i).trim(), start, end: i + 1 };
  }
  return { inner: text.slice(start + 1).trim(), start, end: text.length };
}

/** The program's title named in an annex title block: "к муниципальной программе «…»", else the first «…». */
export function annexProgramTitle(lines: readonly TextCell[]): TextCell | null {
  const joined = joinLines(lines);
  const anchor = /к\s+муниципальной\s+программе/i.exec(joined.text);
  const q = quoted(joined.text, anchor ? anchor.index : 0) ?? (anchor ? quoted(joined.text) : null);
  if (!q || q.inner === '') return null;
  return { text: q.inner, ref: joined.refAt(q.start) };
}

/** Lines joined by spaces (or `separator`), with a way back from a position in the joined text to its cell. */
export function joinLines(lines: readonly TextCell[], separator = ' '): { text: string; refAt: (pos: number) => TextCell['ref'] } {
  let text = '';
  const starts: number[] = [];
  for (const line of lines) {
    if (text !== '') text += separator;
    starts.push(text.length);
    text += line.text;
  }
  return {
    text,
    refAt(pos) {
      let i = 0;
      while (i + 1 < starts.length && starts[i + 1] <= pos) i++;
      return lines[i].ref;
    },
  };
}
