// What changed between two stored versions, in a line a finance officer reads: where (table, subprogram,
// source, indicator, year), then the old and the new value. From the store's folded diff: one changed
// amount is one line, the totals it moved are counted under it, not listed.
import type { Lang } from '../../domain/finding';
import { formatDecimalRu } from '../../domain/amount';
import { yearSpanLabel } from '../../domain/model/year-span';
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from '../../domain/text/fold';
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

/**
 * How a text changed when it changed only by letters of the other alphabet that look the same (the fix of
 * «Е4» to «E4»): the line «Е4 … → E4 …» then reads as no change at all. 'latin' when Cyrillic letters became
 * Latin ones, 'cyrillic' the other way round, null for any other change.
 */
export function respelledAs(before: string, after: string): 'latin' | 'cyrillic' | null {
  if (before === after || before.length !== after.length) return null;
  let toLatin = 0;
  let toCyrillic = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a === b) continue;
    if (CYRILLIC_TO_LATIN[a] === b) toLatin++;
    else if (LATIN_TO_CYRILLIC[a] === b) toCyrillic++;
    else return null;
  }
  return toLatin > 0 && toCyrillic === 0 ? 'latin' : toCyrillic > 0 && toLatin === 0 ? 'cyrillic' : null;
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
  const respelled = change.old !== null && change.new !== null ? respelledAs(change.old, change.new) : null;
  const said = respelled === null ? line : `${line} ${words.respelled(respelled)}`;
  return change.totals.length > 0 ? `${said} ${words.totals(change.totals.length)}` : said;
}
