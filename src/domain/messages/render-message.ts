// The one place where findings become words: a rule's message map (meta.messages) gives the template of
// each message id in Russian and English; each field of the data is worded here by its declared kind.
// The pane, the CLI and the server render findings with these functions only.
import { formatDecimalRu } from '../amount';
import type { Finding, Lang } from '../finding';
import { shortName } from '../indicator-rows';
import { UNIT_LABEL, type Unit } from '../model/unit';
import { periodLabel, yearSpanLabel, type YearSpan } from '../model/year-span';
import type { Column } from '../paths';
import { periodTitle, type ReportPeriod } from '../reporting/period';
import type { FundingColumnKey, IndicatorColumnKey } from '../reporting/report-paths';
import { ALL_RULES } from '../rules/index';
import { SOURCE_CATEGORY_LABEL, type SourceCategory } from '../sources';
import { numberToRoman } from '../subprogram-title';
import { russianPlural } from '../text/russian-plural';
import type { DataKind, MessageSpec, Place, TableName } from './message-data';

const SPECS = new Map<string, Readonly<Record<string, MessageSpec>>>(ALL_RULES.map((r) => [r.meta.id, r.meta.messages]));
const TITLES = new Map<string, Readonly<Record<Lang, string>>>(ALL_RULES.map((r) => [r.meta.id, r.meta.title]));

/** A rule's title in the language ("План хуже базового значения"); the id for a rule this build does not know. */
export function ruleTitle(rule: string, lang: Lang): string {
  return TITLES.get(rule)?.[lang] ?? rule;
}

/** The declaration of a rule's message, or null for a rule or message id this build does not know. */
export function messageSpecOf(rule: string, messageId: string): MessageSpec | null {
  const messages = SPECS.get(rule);
  return messages && Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : null;
}

type Message = Pick<Finding, 'rule' | 'messageId' | 'data'>;

/** The finding's sentence in the language. */
export function renderMessage(finding: Message, lang: Lang): string {
  const spec = messageSpecOf(finding.rule, finding.messageId);
  // A report stored by another version of the rules: say what it is rather than fail.
  if (!spec) return `${finding.rule} ${finding.messageId}`;
  return fillTemplate(spec, spec[lang], finding, lang);
}

/**
 * A template cut at its placeholders once: [text, field, placeholder as written, text, …, text]. The templates
 * are the rules' own (a few hundred); a finding is worded by the thousand at 100×, and a regex run with a
 * callback per finding cost more than the words.
 */
const TEMPLATES = new Map<string, readonly string[]>();
const TEMPLATES_MAX = 5_000;

function templateParts(template: string): readonly string[] {
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    const cut: string[] = [];
    let at = 0;
    for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      cut.push(template.slice(at, m.index), m[1], m[0]);
      at = m.index + m[0].length;
    }
    cut.push(template.slice(at));
    if (TEMPLATES.size >= TEMPLATES_MAX) TEMPLATES.clear();
    TEMPLATES.set(template, (parts = cut));
  }
  return parts;
}

function fillTemplate(spec: MessageSpec, template: string, finding: Message, lang: Lang): string {
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const field = parts[i];
    const kind = spec.data[field];
    out += (kind !== undefined && field in finding.data ? renderValue(kind, finding.data[field], lang) : parts[i + 1]) + parts[i + 2];
  }
  return out;
}

/** What the expected and actual values are, in the rule's own terms: their labels, and whether to mark differing words. */
export interface ValueLabels {
  expected: string;
  actual: string;
  markWords: boolean;
}

/** The labels of `expected` and `actual` the message declares (values), or null: then the generic ones. */
export function renderValueLabels(finding: Message, lang: Lang): ValueLabels | null {
  const spec = messageSpecOf(finding.rule, finding.messageId);
  if (!spec?.values) return null;
  const { expected, actual, markWords } = spec.values;
  return { expected: fillTemplate(spec, expected[lang], finding, lang), actual: fillTemplate(spec, actual[lang], finding, lang), markWords: markWords ?? false };
}

/** A text field of the data as written (no quotes), for showing it with its differing words marked; null when absent. */
export function rawText(finding: Message, field: string): string | null {
  const value = finding.data[field];
  return typeof value === 'string' ? value : null;
}

/** A field of the data worded alone, program text in quotes (the "expected"/"actual" beside a message); null when absent. */
export function renderField(finding: Message, field: string, lang: Lang): string | null {
  const kind = messageSpecOf(finding.rule, finding.messageId)?.data[field];
  if (kind === undefined || !(field in finding.data) || finding.data[field] === null) return null;
  const text = renderValue(kind, finding.data[field], lang);
  return kind === 'text' ? quote(text, lang) : text;
}

/**
 * The other cells a root finding explains (one defect, one finding), worded: "Из-за этого не сходятся
 * также: …; …". Null when it explains none.
 */
export function renderAffects(finding: Pick<Finding, 'affects'>, lang: Lang): string | null {
  const places = (finding.affects ?? []).map((a) => renderPlace(a.place as Place, lang));
  if (places.length === 0) return null;
  return `${lang === 'ru' ? 'Из-за этого не сходятся также' : 'This also throws off'}: ${places.join('; ')}`;
}

export function renderValue(kind: DataKind, value: unknown, lang: Lang): string {
  if (typeof kind === 'object') return kind[lang][String(value)] ?? String(value);
  switch (kind) {
    case 'decimal':
      return typeof value === 'string' ? formatDecimalRu(value) : String(value);
    case 'integer':
    case 'text':
      return String(value);
    case 'year':
      return yearLabel(value as YearSpan, lang);
    case 'period': {
      const p = value as YearSpan;
      if (lang === 'en') return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
      return p.from === p.to ? `${p.from} год` : periodLabel(p);
    }
    case 'column':
      return columnLabel(value as Column, 'funding', lang);
    case 'passportColumn':
      return columnLabel(value as Column, 'passport', lang);
    case 'indicatorColumn':
      return value === 'base' ? (lang === 'ru' ? 'базовое значение' : 'base value') : yearLabel(value as YearSpan, lang);
    case 'source':
      return sourceLabel(String(value), lang);
    case 'numeral':
      return numberToRoman(Number(value));
    case 'moreYears': {
      const n = Number(value);
      return lang === 'ru' ? `${n} ${russianPlural(n, 'году', 'годах', 'годах')}` : `${n} more year${n === 1 ? '' : 's'}`;
    }
    case 'errorValue':
      return lang === 'ru' ? (RUSSIAN_ERROR_VALUE[String(value)] ?? String(value)) : String(value);
    case 'unit':
      return UNIT_LABEL[value as Unit]?.[lang] ?? String(value);
    case 'place':
      return renderPlace(value as Place, lang);
    case 'reportPeriod':
      return periodTitle(value as ReportPeriod)[lang];
  }
}

/**
 * The standard error values by the names Russian Excel shows them under. The data keeps the code as read; a value
 * not listed here (another error, one already in Russian) is shown as it is.
 */
const RUSSIAN_ERROR_VALUE: Readonly<Record<string, string>> = {
  '#NULL!': '#ПУСТО!',
  '#DIV/0!': '#ДЕЛ/0!',
  '#VALUE!': '#ЗНАЧ!',
  '#REF!': '#ССЫЛКА!',
  '#NAME?': '#ИМЯ?',
  '#NUM!': '#ЧИСЛО!',
  '#N/A': '#Н/Д',
  // The newer ones (dynamic arrays, data types, cube functions) have Russian names too.
  '#SPILL!': '#ПЕРЕНОС!',
  '#CALC!': '#ВЫЧИСЛ!',
  '#GETTING_DATA': '#ПОЛУЧЕНИЕ_ДАННЫХ',
};

const TABLE: Readonly<Record<TableName, { ru: string; en: string }>> = {
  passport: { ru: 'Паспорт', en: 'Passport' },
  funding: { ru: 'Приложение 1', en: 'Annex 1' },
  indicators: { ru: 'Приложение 2', en: 'Annex 2' },
};

/** Where in the program, in the program's own terms. */
export function renderPlace(place: Place, lang: Lang): string {
  const ru = lang === 'ru';
  const funding = TABLE.funding[lang];
  const withColumn = (text: string, column: Column | undefined, table: TableName) => (column === undefined ? text : `${text}, ${columnLabel(column, table, lang)}`);
  switch (place.kind) {
    case 'table':
      return TABLE[place.table][lang];
    case 'subprogram':
      return withColumn(`${TABLE[place.table][lang]}, ${ru ? 'Подпрограмма' : 'subprogram'} ${numberToRoman(place.sub)}`, place.column, 'funding');
    case 'sourceRow':
      return withColumn(
        ru ? `${funding}, Подпрограмма ${numberToRoman(place.sub)}, ${place.source}` : `${funding}, subprogram ${numberToRoman(place.sub)}, source "${place.source}"`,
        place.column,
        'funding',
      );
    case 'subtotalRow':
      return withColumn(
        ru ? `${funding}, Подпрограмма ${numberToRoman(place.sub)}, строка «Всего по подпрограмме»` : `${funding}, subprogram ${numberToRoman(place.sub)}, its total row`,
        place.column,
        'funding',
      );
    case 'totalRow':
      return withColumn(ru ? `${funding}, строка «ИТОГО по муниципальной программе»` : `${funding}, the program total row`, place.column, 'funding');
    case 'bySourceRow':
      return withColumn(ru ? `${funding}, ИТОГО, в том числе: ${place.source}` : `${funding}, program total, of which "${place.source}"`, place.column, 'funding');
    case 'bySourceBlock':
      return ru ? `${funding}, ИТОГО, в том числе` : `${funding}, program total, the "of which" rows`;
    case 'partRow':
      return withColumn(ru ? `${funding}, из них: ${place.source}` : `${funding}, part "${place.source}"`, place.column, 'funding');
    case 'totalRepeatRow':
      return withColumn(ru ? `${funding}, строка «${place.label}»` : `${funding}, row "${place.label}"`, place.column, 'funding');
    case 'passportPeriod':
      return ru ? 'Паспорт, срок реализации' : 'Passport, period';
    case 'passportSubprograms':
      return ru ? 'Паспорт, перечень подпрограмм' : 'Passport, list of subprograms';
    case 'passportField':
      return ru ? `Паспорт, «${place.label}»` : `Passport, "${place.label}"`;
    case 'passportFunding':
      if (place.column === undefined) return ru ? 'Паспорт, источники финансирования' : 'Passport, funding sources';
      return `${TABLE.passport[lang]}, ${columnLabel(place.column, 'passport', lang)}`;
    case 'passportSource':
      return withColumn(ru ? `Паспорт, ${place.source}` : `Passport, source "${place.source}"`, place.column, 'passport');
    case 'passportStage':
      return ru ? `Паспорт, ${place.source}, «${place.stage}»` : `Passport, source "${place.source}", "${place.stage}"`;
    case 'activity': {
      const number = /^[\d.\s]+$/.test(place.number) ? place.number : quote(place.number, lang);
      return ru ? `Приложение 2, мероприятие ${number}` : `Annex 2, activity ${number}`;
    }
    case 'indicator': {
      const number = place.number ? `${place.number} ` : '';
      const field = place.field === 'unit' ? (ru ? ', единица измерения' : ', unit') : place.field === 'type' ? (ru ? ', тип показателя' : ', type') : '';
      return ru ? `Приложение 2, показатель ${number}«${shortName(place.name)}»${field}` : `Annex 2, indicator ${number}"${shortName(place.name)}"${field}`;
    }
    case 'reportLine':
      return reportLinePlace(place, lang);
    case 'reportIndicator': {
      const number = place.number ? `${place.number} ` : '';
      const column = place.column ? `, ${INDICATOR_COLUMN[place.column][lang]}` : '';
      return ru ? `Форма R2, показатель ${number}«${shortName(place.name)}»${column}` : `Form R2, indicator ${number}"${shortName(place.name)}"${column}`;
    }
    case 'reportPeriod':
      return ru ? 'Отчёт, отчётный период' : 'Report, reporting period';
  }
}

const FUNDING_COLUMN: Readonly<Record<FundingColumnKey, { ru: string; en: string }>> = {
  plan: { ru: '«План на год»', en: 'plan for the year' },
  financed: { ru: '«Профинансировано»', en: 'financed' },
  spent: { ru: '«Освоено»', en: 'spent' },
  percent: { ru: '«Процент исполнения»', en: 'percent of execution' },
  reason: { ru: '«Причины отклонения»', en: 'reasons for the deviation' },
};

const INDICATOR_COLUMN: Readonly<Record<IndicatorColumnKey, { ru: string; en: string }>> = {
  name: { ru: 'наименование', en: 'name' },
  unit: { ru: 'единица измерения', en: 'unit' },
  base: { ru: 'базовое значение', en: 'base value' },
  plan: { ru: 'планируемое значение', en: 'planned value' },
  fact: { ru: 'фактическое значение', en: 'actual value' },
  percent: { ru: '«Процент достижения»', en: 'percent of achievement' },
  reason: { ru: '«Причины отклонения»', en: 'reasons for the deviation' },
};

/** A line of form R1, in the report's own terms. */
function reportLinePlace(place: Extract<Place, { kind: 'reportLine' }>, lang: Lang): string {
  const ru = lang === 'ru';
  const parts: string[] = [ru ? 'Форма R1' : 'Form R1'];
  if (place.sub === null) {
    if (place.source === null) parts.push(ru ? 'строка «ИТОГО по муниципальной программе»' : 'the program total row');
    else parts.push(ru ? `ИТОГО, в том числе: ${place.source}` : `program total, of which "${place.source}"`);
  } else {
    parts.push(`${ru ? 'Подпрограмма' : 'subprogram'} ${numberToRoman(place.sub)}`);
    if (place.activity !== null) parts.push(quote(shortName(place.activity), lang));
    if (place.source !== null) parts.push(ru ? place.source : `source "${place.source}"`);
    else if (place.activity === null) parts.push(ru ? 'строка «Всего по подпрограмме»' : 'its total row');
    else parts.push(ru ? 'итог мероприятия' : 'its total');
  }
  if (place.column) parts.push(FUNDING_COLUMN[place.column][lang]);
  return parts.join(', ');
}

function yearLabel(y: YearSpan, lang: Lang): string {
  if (lang === 'ru') return yearSpanLabel(y);
  return y.from === y.to ? String(y.from) : `${y.from}–${y.to}`;
}

function columnLabel(column: Column, table: TableName, lang: Lang): string {
  if (column !== 'total') return yearLabel(column, lang);
  if (lang === 'en') return 'total';
  return table === 'passport' ? 'всего' : 'Общий объем';
}

/** A source key: a category in the language, else the source's own (folded) name. */
function sourceLabel(key: string, lang: Lang): string {
  const base = key.replace(/#\d+$/, '');
  if (base.startsWith('other:')) return base.slice('other:'.length);
  return SOURCE_CATEGORY_LABEL[base as SourceCategory]?.[lang] ?? base;
}

function quote(text: string, lang: Lang): string {
  return lang === 'ru' ? `«${text}»` : `"${text}"`;
}
