// The texts that tell the tables apart: header cells, passport labels, annex titles. Compared after
// lower-casing and collapsing spaces, so "Источник  финансирования" and "ИСТОЧНИК финансирования" match.

/** Forms already made: the locator and the readers fold the same cell texts again and again. */
const FORMS = new Map<string, string>();
const FORMS_MAX = 50_000;

/**
 * The longest text a map of texts keeps (forms, facts, collapsed texts): V8 hashes a string of 16 384 characters
 * or more by its length alone, and distinct texts of one length in one bucket would make each look-up compare
 * them all (a few kilobytes of file, shared strings in many cells, took minutes). Longer texts are worked out
 * each time.
 */
export const LONGEST_KEPT_TEXT = 16_383;

/** Lower case, "ё" as "е", spaces collapsed: the form every pattern below is written for. */
export function headerForm(text: string): string {
  if (text.length > LONGEST_KEPT_TEXT) return fold(text);
  let form = FORMS.get(text);
  if (form === undefined) {
    if (FORMS.size >= FORMS_MAX) FORMS.clear();
    form = fold(text);
    FORMS.set(text, form);
  }
  return form;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export const FUNDING_HEADER = {
  name: /наименование (?:муниципальной )?подпрограмм/,
  source: /источник\S* финансировани/,
  total: /общий объем|^всего/,
} as const;

export const INDICATOR_HEADER = {
  number: /^№|п\/п/,
  activity: /мероприяти/,
  name: /показател/,
  unit: /единиц\S* измерени|^ед\.? ?изм/,
  type: /^тип\S* показател/,
  base: /базов\S* значени/,
  plan: /планируем\S* значени/,
} as const;

/** The header texts looked for, as reported with S002. */
export const FUNDING_HEADER_LOOKED = '«Наименование подпрограммы», «Источник финансирования», «Общий объем финансовых ресурсов», «2020 год»…';
export const INDICATOR_HEADER_LOOKED =
  '«№ п/п», «Основные мероприятия», «…целевые показатели…», «Единица измерения», «Тип показателя», «Базовое значение показателя», «Планируемое значение показателя по годам», «2020 год»…';

export const PASSPORT_LABEL = {
  name: /^наименование (?:муниципальной )?программы/,
  period: /^срок\S* (?:и этапы )?реализации/,
  subprograms: /^перечень подпрограмм/,
  funding: /^(?:источник\S* финансировани|объем\S* (?:и источник\S* )?финансировани)/,
} as const;

/** Labels that start a passport: one of them with a value to its right. */
export const PASSPORT_ANCHORS: readonly RegExp[] = [PASSPORT_LABEL.name, PASSPORT_LABEL.period, PASSPORT_LABEL.subprograms, /^муниципальный заказчик/, /^координатор/, /^цел\S* (?:муниципальной )?программы/];

/** Titles of the annexes: a sheet that carries one is meant to hold the table (S002 when its header is missing). */
export const FUNDING_CAPTION = /^объем\S* финансовых ресурсов/;
export const INDICATOR_CAPTION = /^планируемые результаты реализации/;
/** "Приложение №1", "ПРИЛОЖЕНИЕ 2 к муниципальной программе". */
export const ANNEX_TITLE = /^приложение\s*(?:№|n|no\.?)?\s*\d/;
/** Header cells that only a funding or an indicator table has: one of them without the rest is a broken header. */
export const FUNDING_HEADER_HINTS: readonly RegExp[] = [FUNDING_HEADER.name, /общий объем финансов/];
export const INDICATOR_HEADER_HINTS: readonly RegExp[] = [INDICATOR_HEADER.unit, INDICATOR_HEADER.base, INDICATOR_HEADER.plan];

/** "1. Паспорт Программы", "2. Общая характеристика…": a section heading of the program's text. */
export const SECTION_HEADING = /^\d{1,2}\.\s+\S/;
