// What was read, in words: "лист «Лист2», A8 — таблица финансирования (по подпрограммам): 2 подпрограммы,
// 3 источника, …" — the line of the text report and the `text` of the JSON's `read`.
import type { Lang } from '../finding';
import { UNIT_LABEL, type UnitSource } from '../model/unit';
import type { YearSpan } from '../model/year-span';
import type { TableReading } from '../read-summary';
import { russianPlural } from '../text/russian-plural';

const TABLE_NAME: Readonly<Record<TableReading['table'], { ru: string; en: string }>> = {
  funding: { ru: 'таблица финансирования', en: 'funding table' },
  indicators: { ru: 'таблица показателей', en: 'indicator table' },
  passport: { ru: 'паспорт', en: 'passport' },
};

const LAYOUT: Readonly<Record<TableReading['layout'], { ru: string; en: string }>> = {
  blocks: { ru: 'по подпрограммам', en: 'by subprogram' },
  sources: { ru: 'без подпрограмм, строка на источник', en: 'no subprograms, a row per source' },
  transposed: { ru: 'годы в строках', en: 'years in rows' },
  paragraph: { ru: 'источники финансирования абзацем', en: 'funding as a paragraph' },
  text: { ru: 'раздел о финансировании текстом', en: 'the funding section as text' },
  table: { ru: 'источники финансирования таблицей', en: 'funding as a table' },
  rows: { ru: 'строка на показатель', en: 'a row per indicator' },
};

const UNIT_FROM: Readonly<Record<UnitSource, { ru: string; en: string }>> = {
  title: { ru: 'из заголовка', en: 'from the title' },
  header: { ru: 'из шапки', en: 'from the header' },
  cell: { ru: 'из ячейки', en: 'from a cell' },
  text: { ru: 'из текста', en: 'from the text' },
  assumed: { ru: 'не указана, принята', en: 'not stated, assumed' },
};

const TOTAL_COLUMN = {
  first: { ru: '«Всего» перед годами', en: 'total before the years' },
  last: { ru: '«Всего» после лет', en: 'total after the years' },
  none: { ru: 'без столбца «Всего»', en: 'no total column' },
} as const;

function count(n: number, lang: Lang, ru: [string, string, string], en: string): string {
  return lang === 'en' ? `${n} ${en}${n === 1 ? '' : 's'}` : `${n} ${russianPlural(n, ...ru)}`;
}

function yearsText(years: readonly YearSpan[], lang: Lang): string {
  if (years.length === 0) return lang === 'ru' ? 'без столбцов лет' : 'no year columns';
  const first = years[0].from;
  const last = years[years.length - 1].to;
  const span = first === last ? String(first) : `${first}–${last}`;
  return `${count(years.length, lang, ['год', 'года', 'лет'], 'year')} (${span})`;
}

/** One line of "Прочитано: …" per table. */
export function describeReading(t: TableReading, lang: Lang): string {
  const parts: string[] = [];
  if (t.subprograms !== undefined && t.subprograms > 0) parts.push(count(t.subprograms, lang, ['подпрограмма', 'подпрограммы', 'подпрограмм'], 'subprogram'));
  if (t.indicators !== undefined) parts.push(count(t.indicators, lang, ['показатель', 'показателя', 'показателей'], 'indicator'));
  else if (t.table === 'passport') parts.push(count(t.rows, lang, ['строка', 'строки', 'строк'], 'row'));
  if (t.sources !== undefined) parts.push(count(t.sources, lang, ['источник', 'источника', 'источников'], 'source'));
  if (t.years) parts.push(yearsText(t.years, lang));
  if (t.totalColumn) parts.push(TOTAL_COLUMN[t.totalColumn][lang]);
  if (t.unit) parts.push(`${UNIT_LABEL[t.unit][lang]} (${UNIT_FROM[t.unitFrom ?? 'assumed'][lang]})`);
  if (t.amounts !== undefined) parts.push(count(t.amounts, lang, ['сумма', 'суммы', 'сумм'], 'amount'));
  if (t.unread) parts.push(lang === 'ru' ? `не отнесено ${count(t.unread, lang, ['сумма', 'суммы', 'сумм'], 'amount')} (S010)` : `${count(t.unread, lang, ['сумма', 'суммы', 'сумм'], 'amount')} not placed (S010)`);
  const where = lang === 'ru' ? `лист «${t.sheet}», ${t.cell}` : `sheet "${t.sheet}", ${t.cell}`;
  return `${where} — ${TABLE_NAME[t.table][lang]} (${LAYOUT[t.layout][lang]}): ${parts.join(', ')}`;
}
