// What the columns, rows and units of a program's tables are called, in every wording the published
// programs use (see test/corpus): data, in one place. A phrase is a run of word stems ("источник
// финансировани" matches «Источники финансирования», «ИСТОЧНИК  финансирования:»); `^` before a phrase
// means it must open the text. Texts and phrases are compared after folding case, «ё», punctuation and spaces.
import type { Unit } from '../../domain/model/unit';

export type Phrases = readonly string[];

/** Column headers of a funding table. */
export const FUNDING_COLUMN = {
  /** The subprogram (or program, or activity) names of a Moscow-region Приложение 1. */
  subprogram: [
    '^наименование подпрограмм',
    '^подпрограмм',
    '^наименование муниципальной подпрограмм',
    '^наименование муниципальной программы подпрограмм',
    '^наименование государственной программы подпрограмм',
    '^наименование программы подпрограмм',
  ],
  /** "Статус": муниципальная программа / подпрограмма / основное мероприятие. */
  status: ['^статус'],
  /** The sources' (or rows') names. */
  source: ['источник финансировани', 'источники финансировани', '^наименование показателя', '^наименование источник', '^вид источник', '^источник'],
  /** The amount over all years, before or after the year columns. */
  total: ['^общий объем', '^всего', '^итого', '^общая стоимость', '^общая сумма', '^объем финансирования на', '^сумма'],
  /** A cell over the year columns. */
  years: ['в том числе по годам', 'по годам реализации', '^оценка расходов', '^объем финансировани', '^годы реализации', '^расходы'],
  /** Years written in rows: "Годы", "Год реализации". */
  yearRows: ['^годы', '^год', '^год реализации', '^период'],
} as const satisfies Record<string, Phrases>;

/** Labels of a funding table's rows. */
export const FUNDING_ROW = {
  /** A total of the table: "ИТОГО по муниципальной программе", "ВСЕГО:", "Всего, в том числе", "Итого по ВЦП". */
  total: ['^итого', '^всего'],
  /** The program's total even among subprogram blocks (where a bare "Всего" is a subprogram's). */
  programTotal: ['^итого', '^всего по муниципальной программ', '^всего по программ', '^всего по государственной программ', '^всего по вцп'],
  /** A subprogram's total. */
  subprogramTotal: ['^всего по подпрограмм', '^итого по подпрограмм', '^итого на реализацию подпрограмм', '^всего по муниципальной подпрограмм'],
  /** "в том числе:", "в т.ч.", "в том числе по источникам финансирования:". */
  including: ['^в том числе', '^в т ч', '^в тч'],
  /** A part of the source above: "из них: средства Дорожного фонда…". */
  ofWhich: ['^из них', '^в том числе за счет'],
  /** Words of a source's own row: "Областной бюджет *", "Другие источники", "Внебюджетные средства". */
  sourceWords: ['бюджет', 'источник', 'средств', 'внебюджетн'],
  /** A row that states the total once more: "По источникам финансирования:". */
  totalRepeat: ['^по источникам финансировани'],
  /** A group's total written on its own first row: "1. Бюджетные ассигнования - итого", "2. Иные источники (справочно) - итого:". */
  groupTotalEnd: ['итого'],
} as const satisfies Record<string, Phrases>;

/**
 * Sources written short in the sub-columns under a year («2020 год» over «всего | ФБ | ОБ | МБ»): the
 * abbreviation as folded, and the source it stands for. A sub-column's own full name («областной бюджет»)
 * is a source by FUNDING_ROW.sourceWords.
 */
export const SOURCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  фб: 'федеральный бюджет',
  об: 'областной бюджет',
  кб: 'краевой бюджет',
  рб: 'районный бюджет',
  мб: 'местный бюджет',
  вбс: 'внебюджетные средства',
  вби: 'внебюджетные источники',
  ви: 'внебюджетные источники',
};

/** Labels of the passport's rows. */
export const PASSPORT_ROW = {
  name: ['^наименование муниципальной программы', '^наименование программы', '^наименование государственной программы'],
  period: ['^срок реализации', '^сроки реализации', '^срок и этапы реализации', '^сроки и этапы реализации', '^этапы и сроки реализации'],
  subprograms: ['^перечень подпрограмм', '^подпрограммы муниципальной программы', '^подпрограммы программы', '^состав подпрограмм'],
  funding: [
    '^источник финансировани',
    '^источники финансировани',
    '^объем финансировани',
    '^объемы финансировани',
    '^объем и источники финансировани',
    '^объемы и источники финансировани',
    '^объем бюджетных ассигнований',
    '^объемы бюджетных ассигнований',
    '^ресурсное обеспечение',
    '^финансовое обеспечение',
    '^объем финансового обеспечени',
    '^объемы финансового обеспечени',
  ],
} as const satisfies Record<string, Phrases>;

/** "Государственная программа" / "Муниципальная программа" in a status column: the row is the whole program's. */
export const PROGRAM_STATUS: Phrases = ['^муниципальная программа', '^государственная программа', '^программа', '^ведомственная целевая программа'];

/** Column headers of an indicator table. */
export const INDICATOR_COLUMN = {
  number: ['^№', '^n п п', '^n', '^номер', '^п п'],
  activity: ['мероприяти'],
  name: [
    'показател',
    'индикатор',
    '^цели задачи показатели',
    '^целевой показатель',
    '^наименование цели',
  ],
  unit: ['единиц измерени', '^ед изм'],
  type: ['^тип показател'],
  base: ['базов значени', '^базисный', '^базовый', '^факт', '^отчет', '^оценка', '^текущий год оценка'],
  plan: ['планируем значени', 'плановое значени', 'значени показател', 'значения по годам', 'значение индикатор', 'значение целевого', 'значение планового'],
  /** Reported values inside the period: "факт." beside "план." of a year. */
  fact: ['^факт'],
  weight: ['^вес'],
  origin: ['^источник информаци', '^источник значени', '^официальный источник', '^источник данных'],
} as const satisfies Record<string, Phrases>;

/** Labels of an indicator table's rows that are neither subprograms, activities nor indicators. */
export const INDICATOR_ROW = {
  caption: ['^цель', '^цели', '^задача', '^задачи', '^муниципальная программа', '^государственная программа', '^программа', '^ведомственная целевая программа'],
} as const satisfies Record<string, Phrases>;

/**
 * A cell that says what something amounts to («общий объем финансирования Программы составляет:») is a sentence
 * of a passport row or a paragraph, not a column's name.
 */
export const STATEMENT_WORDS: Phrases = ['составля', 'составит', 'составят', 'составил'];

/** Words that say a header is a funding table's even when it names no column of ours. */
export const MONEY_WORDS: Phrases = ['источник финансировани', 'объем финансировани', 'финансов ресурс', 'бюджет', 'тыс руб', 'млн руб', 'руб', 'стоимость', 'расход', 'средств'];

/** Words that say a header is an indicator table's. */
export const INDICATOR_WORDS: Phrases = ['показател', 'индикатор', 'единиц измерени', '^ед изм', 'результат'];

/** How the units are written: "тыс. руб.", "тыс.руб.", "тыс. рублей", "тысяч рублей", "млн. рублей", "рублей". */
export const UNIT_WORDS: readonly { phrase: string; unit: Unit }[] = [
  { phrase: 'тыс руб', unit: 'тыс. руб.' },
  { phrase: 'тысяч руб', unit: 'тыс. руб.' },
  { phrase: 'тыс рублей', unit: 'тыс. руб.' },
  { phrase: 'млн руб', unit: 'млн руб.' },
  { phrase: 'миллион руб', unit: 'млн руб.' },
  { phrase: 'руб', unit: 'руб.' },
  { phrase: 'рубл', unit: 'руб.' },
];

/** Forms already made: a cell's text is asked about by several readers (the locator, then its table's reader). */
const FORMS = new Map<string, string>();
const FORMS_MAX = 50_000;

/** Lower case, «ё» as «е», punctuation and spaces folded: the form phrases are written for. */
export function vocabularyForm(text: string): string {
  let form = FORMS.get(text);
  if (form === undefined) {
    if (FORMS.size >= FORMS_MAX) FORMS.clear();
    form = foldForm(text);
    FORMS.set(text, form);
  }
  return form;
}

function foldForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.,:;()«»"'„“”<>*\-–—/\\|]+/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

interface CompiledPhrase {
  start: boolean;
  stems: string[];
}

const compiled = new Map<string, CompiledPhrase>();

function compile(phrase: string): CompiledPhrase {
  let c = compiled.get(phrase);
  if (!c) {
    const start = phrase.startsWith('^');
    c = { start, stems: vocabularyForm(start ? phrase.slice(1) : phrase).split(' ').filter((s) => s !== '') };
    compiled.set(phrase, c);
  }
  return c;
}

/** Does the folded text hold the phrase: its stems as the starts of consecutive words? */
export function hasPhrase(form: string, phrase: string): boolean {
  const { start, stems } = compile(phrase);
  if (stems.length === 0) return false;
  // A word that starts with the first stem is in the text (at its start, for "^"): most texts are ruled out here.
  if (start ? !form.startsWith(stems[0]) : !form.includes(stems[0])) return false;
  const words = wordsOf(form);
  const last = start ? 0 : words.length - stems.length;
  for (let i = 0; i <= last; i++) {
    let all = true;
    for (let k = 0; k < stems.length && all; k++) all = words[i + k] !== undefined && words[i + k].startsWith(stems[k]);
    if (all) return true;
  }
  return false;
}

let lastForm = '';
let lastWords: readonly string[] = [''];

/** The words of a folded text (the last one split is kept: a text is asked about many phrases in a row). */
function wordsOf(form: string): readonly string[] {
  if (form !== lastForm) {
    lastForm = form;
    lastWords = form.split(' ');
  }
  return lastWords;
}

/** Answers already given, per list of phrases (the vocabulary's lists: the same texts are asked about row after row). */
const ANSWERS = new WeakMap<Phrases, Map<string, boolean>>();
const ANSWERS_MAX = 20_000;

/**
 * A list of phrases as one regular expression, what `hasPhrase` says of each: the stems as the starts of
 * consecutive words — a word starts the text or follows a space, a stem is followed by the rest of its word
 * ([^ ]*) and one space. Null when no phrase has a stem. Made once per list (the lists are the vocabulary's constants).
 */
const LISTS = new WeakMap<Phrases, RegExp | null>();

function listRegExp(phrases: Phrases): RegExp | null {
  let re = LISTS.get(phrases);
  if (re === undefined) {
    re = makeListRegExp(phrases);
    LISTS.set(phrases, re);
  }
  return re;
}

/**
 * `listRegExp`'s expression, its source written by plain loops: `formMatches` is compiled early, with this
 * inlined, and a list first met after that no longer throws the compiled code away (the array methods'
 * results did: "wrong map") to compile it again.
 */
function makeListRegExp(phrases: Phrases): RegExp | null {
  let source = '';
  for (let i = 0; i < phrases.length; i++) {
    const { start, stems } = compile(phrases[i]);
    if (stems.length === 0) continue;
    let alternative = start ? '^' : '(?:^| )';
    for (let k = 0; k < stems.length; k++) alternative += (k > 0 ? '[^ ]* ' : '') + escapeRegExp(stems[k]);
    source += `${source === '' ? '' : '|'}(?:${alternative})`;
  }
  return source === '' ? null : new RegExp(source);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Does the text (folded here) hold any of the phrases? */
export function matches(text: string, phrases: Phrases): boolean {
  let answers = ANSWERS.get(phrases);
  if (answers === undefined) {
    answers = new Map();
    ANSWERS.set(phrases, answers);
  }
  let answer = answers.get(text);
  if (answer === undefined) {
    answer = formMatches(vocabularyForm(text), phrases);
    if (answers.size >= ANSWERS_MAX) answers.clear();
    answers.set(text, answer);
  }
  return answer;
}

/** Does an already folded text hold any of the phrases? */
export function formMatches(form: string, phrases: Phrases): boolean {
  const re = listRegExp(phrases);
  return re !== null && re.test(form);
}

/** The unit a text states ("Объем финансирования (тыс. руб.)", "Всего, тыс.руб."), or null. */
export function unitIn(text: string): Unit | null {
  const form = vocabularyForm(text);
  if (!/руб/.test(form)) return null;
  for (const { phrase, unit } of UNIT_WORDS) if (hasPhrase(form, phrase)) return unit;
  return null;
}
