// What changed between two stored versions, in a line a finance officer reads: where (table, subprogram,
// source, indicator, year), then the old and the new value. From the store's folded diff: one changed
// amount is one line, the totals it moved are counted under it, not listed.
import type { Lang } from '../../domain/finding';
import { formatDecimalRu } from '../../domain/amount';
import { yearSpanLabel } from '../../domain/model/year-span';
import type { FoldedChange } from '../../store/contract/diff';
import type { ChangeWords } from '../i18n/messages';

/** The longest piece of program text a line quotes; longer ones are cut with "…". */
const LONGEST = 60;

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LONGEST ? `${flat.slice(0, LONGEST - 1).trimEnd()}…` : flat;
}

/** A subprogram by its number where its title starts with one («Подпрограмма II «…»» → «Подпрограмма II»). */
function subprogramOf(title: string): string {
  const numbered = /^\s*(подпрограмма\s+[IVXLCDM\d]+)\b/i.exec(title);
  return numbered ? numbered[1] : cut(title);
}

/** An amount as the program writes it ("421246.1" → "421 246,1"); other values as text. */
function valueOf(value: string): string {
  return /^-?\d+(\.\d+)?$/.test(value) ? formatDecimalRu(value) : cut(value);
}

export function describeChange(change: FoldedChange, words: ChangeWords, lang: Lang): string {
  const year = change.year ? (lang === 'ru' ? yearSpanLabel(change.year) : change.year.from === change.year.to ? String(change.year.from) : `${change.year.from}–${change.year.to}`) : null;
  const field = Object.prototype.hasOwnProperty.call(words.field, change.field) ? words.field[change.field] : change.field;
  const where = [
    words.table[change.table],
    change.subprogram ? subprogramOf(change.subprogram) : null,
    change.source ? cut(change.source) : null,
    change.activity ? cut(change.activity) : null,
    change.indicator ? cut(change.indicator) : null,
    field || null,
    year,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
  const line =
    change.change === 'added' || change.old === null
      ? words.added(where, valueOf(change.new ?? ''))
      : change.change === 'removed' || change.new === null
        ? words.removed(where, valueOf(change.old))
        : words.changed(where, valueOf(change.old), valueOf(change.new));
  return change.totals.length > 0 ? `${line} ${words.totals(change.totals.length)}` : line;
}
