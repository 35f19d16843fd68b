// The funding section written as a paragraph, in every wording published programs use (see test/corpus):
// "Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; … Бюджет Московской
// области: всего 1 567,0 …", "Общий объем средств, предусмотренных на реализацию программы - 11732,5 тыс.
// рублей; в том числе: за счет средств районного бюджета: 2019 год - 76,9 тыс. рублей; …", "составляет
// 5 828 487,0 тыс. рублей (средства бюджета города 1 774 105,0 тыс. рублей, …), в том числе по годам: в 2020
// году - 1 785 158,8 тыс. рублей (средства бюджета города 604 953,0 …)", "В 2023 году общий объем
// финансирования - 4 626,8 тыс. рублей, из них средства федерального бюджета - 4 164,1 …", "2009 - 0 тыс.
// рублей", "второй этап - 12000 тыс.рублей, из них: 2007 год - …", amounts in руб., тыс. руб. or млн руб.
// Each amount is attributed by what stands before it in its clause: a year, a source, the words of a total;
// an amount that none of them claims is returned as unattributed (the reader reports it, S010), never dropped.
// Pure text work, linear in the text: positions are returned so that the caller can point each amount at its cell.
import { parseRussianNumber, type Decimal } from '../../domain/amount';
import { convertAmount, type Unit } from '../../domain/model/unit';
import { yearSpanKey, type YearSpan } from '../../domain/model/year-span';
import { BMP_LETTERS } from './bmp-letters';

export interface ParagraphAmount {
  value: Decimal | null;
  /** Where the number starts in the text. */
  at: number;
}

export interface ParagraphYear extends ParagraphAmount {
  year: YearSpan;
}

export interface ParagraphStage {
  label: string;
  amount: ParagraphAmount;
  years: YearSpan[];
}

export interface ParagraphSource {
  name: string;
  at: number;
  total: ParagraphAmount | null;
  years: ParagraphYear[];
  stages: ParagraphStage[];
}

export interface FundingParagraph {
  total: ParagraphAmount | null;
  years: ParagraphYear[];
  sources: ParagraphSource[];
  /** The unit of the paragraph: the first one written after an amount; null when no amount has one. */
  unit: Unit | null;
  /** Amounts that belong to no statement of the funding (or contradict one already read): as written. */
  unattributed: { text: string; at: number }[];
}

/** Markup a Word export may leave in the text ("<p>…</p>") counts as a space. */
export function stripMarkup(text: string): string {
  return text.replace(/<\/?[a-z][^>]*>/gi, (tag) => ' '.repeat(tag.length));
}

/**
 * An expression that names letters (\p{L}), kept as its source and flags: made into a RegExp only with its
 * letters chosen for the text (regExpsFor). Made as written at the module's start, the thirteen cost ≈ 30 M
 * instructions of every run of the CLI (V8 builds each \p{L} when it makes the expression, even unused) —
 * and a text beyond the BMP, the only one that needs them as written, is rare.
 */
interface Pattern {
  source: string;
  flags: string;
}

function pattern(source: string, flags: string): Pattern {
  return { source, flags };
}

/** "5 894,0", "1 284 898 925,86", "1500 000,0" (a first group of four, not a year), "0,000", "76,9". */
const NUMBER_ = pattern(String.raw`(?<![\p{L}\d.,])-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|(?!(?:199\d|20\d\d|2100)[ \u00a0\u202f])\d{4,}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?![\d])`, 'gu');
const UNIT_AFTER_ = pattern(String.raw`^\s*(тыс\.?\s*руб\p{L}*\.?|тысяч\p{L}*\s+руб\p{L}*\.?|млн\.?\s*руб\p{L}*\.?|миллион\p{L}*\s+руб\p{L}*\.?|руб\p{L}*\.?)`, 'iu');
const YEAR_WORD_ = pattern(String.raw`^\s*(?:год\p{L}*|г\.|гг\.?)`, 'iu');
const SPAN_AFTER = /^\s*(?:г\.|год)?\s*[-–—]\s*(\d{4})(?![\d]|[.,]\d)\s*(?:годы|годах|годов|года|гг\.?|г\.)?/iu;
const PERCENT_AFTER = /^\s*(?:%|процент)/iu;
/** After a year, before its amount: "год – ", "году - ", ") - ", "годы – ". */
const YEAR_TO_AMOUNT = /^[\s)\]:=–—-]*$/u;
const TOTAL_WORDS_ = pattern(String.raw`(?:^|[^\p{L}])(?:всего|итого|общ\p{L}*\s+(?:\p{L}+\s+)?(?:объ[её]м|затрат\p{L}*)|объ[её]м\p{L}*\s+(?:\p{L}+\s+)?(?:финансировани|средств|бюджетных ассигновани)|составля\p{L}*|состав(?:ит|ят)|потребуется|необходим\p{L}*\s+объ[её]м|в\s+размере)(?!\p{L})`, 'iu');
/** Where an amount written without its unit stands: "2021 год – 0", "Федеральный бюджет: всего 0". */
const AMOUNT_PLACE_ = pattern(String.raw`(?:[-–—:=]|всего|итого|составля\p{L}*|состав(?:ит|ят))\s*$`, 'iu');
const ONLY_TOTAL_WORD = /^[\s:–—-]*(?:всего|итого)[\s:–—-]*$/iu;
/**
 * What may stand between a source's name and its amount: "средства бюджета города 604 953,0", "…бюджета - 37 278,8",
 * "…: всего …", "… составляет …", a word in brackets ("из федерального бюджета (прогнозно) - 5703214,8").
 */
const SOURCE_TO_AMOUNT_ = pattern(String.raw`^[\s:–—-]*(?:\([^()\d]{1,30}\)[\s:–—-]*)?(?:всего[\s:–—-]*)?(?:(?:составля\p{L}*|состав(?:ит|ят))[\s:–—-]*)?(?:в\s+сумме\s*)?$`, 'iu');
const STAGE_ = pattern(String.raw`(\p{L}+|\d+)\s+этап\p{L}*[\s:–—-]*$`, 'iu');
/** "за счет средств местного бюджета на 1 этапе составляет": a source's stage, after its name. */
const STAGE_OF_SOURCE_ = pattern(String.raw`^\s*(?:на|в)\s+(\p{L}+|\d+)\s+этап\p{L}*\s+(?:составля\p{L}*|состав(?:ит|ят))[\s:–—-]*$`, 'iu');
/** "за счет средств …", "из бюджета …": a source named anywhere in a clause that states an amount. */
const STRONG_SOURCE = /(?:за\s+сч[её]т|из)\s+(?:средств\s+)?$/iu;
/** "Сумма затрат по годам: 2009 год - …" after the sources: the years of the whole program, not of the last source. */
const PROGRAM_YEARS_ = pattern(String.raw`(?:^|[^\p{L}])(?:сумм\p{L}*\s+затрат\p{L}*|затрат\p{L}*\s+по\s+годам|всего\s+по\s+годам)(?!\p{L})`, 'iu');
/** "В 2023 году …", "2023 год: …" opening a clause: its amounts are that year's. */
const CLAUSE_YEAR_ = pattern(String.raw`^[\s–—-]*(?:в|на)?\s*(\d{4})\s*(?:год\p{L}*|г\.)(?!\s*[-–—]\s*\d)`, 'iu');

/**
 * A source's name: "федерального бюджета", "Бюджет Московской области", "средства бюджета городского
 * округа Ступино", "бюджет муниципального образования "Город Саратов"", "внебюджетные источники".
 */
const SOURCE_NAME_ = pattern(
  String.raw`(?:(?:средств[аоы]?|денежн\p{L}*\s+средств\p{L}*)\s+)?` +
    String.raw`(?:(?:[\p{L}-]+(?:ого|его|ой|ых|их|ый|ий|ые|ие|ая|яя)\s+){1,2}бюджет(?:а|ов|ы)?(?!\p{L})` +
    String.raw`|бюджет(?:а|ов|ы)?(?!\p{L})(?=\s+(?!всего|состав|в\s|на\s|из\s|по\s|и\s|тыс|млн|руб|предусм|финанс)[«"„\p{L}])` +
    String.raw`|внебюджетн\p{L}*\s+(?:источник\p{L}*|средств\p{L}*)|иные\s+источник\p{L}*|прочие\s+источник\p{L}*|собственные\s+средства` +
    // "Удмуртский территориальный фонд обязательного медицинского страхования": a fund that pays, not a budget.
    String.raw`|(?:территориальн\p{L}*\s+)?фонд\p{L}*\s+обязательного\s+медицинского\s+страховани\p{L}*)` +
    // The words naming whose budget it is ("города", "г. Александрова", "Московской области"), not a verb ("приходится").
    String.raw`((?:\s+(?!всего|состав|в\s|на\s|из\s|по\s|и\s|тыс|млн|руб|предусм|финанс|програм|подпрограм|мероприят)(?![\p{L}]*(?:тся|ться|[аяеу]ет|ит|[ея]но|ано|[еая]ны)(?![\p{L}]))[«"„\p{L}][\p{L}\d.«»"„“”-]*){0,6})`,
  'giu',
);
/** The expressions that name letters (\p{L}); as written, for a text with characters beyond the BMP. */
const FULL = {
  NUMBER: NUMBER_,
  UNIT_AFTER: UNIT_AFTER_,
  YEAR_WORD: YEAR_WORD_,
  TOTAL_WORDS: TOTAL_WORDS_,
  AMOUNT_PLACE: AMOUNT_PLACE_,
  SOURCE_TO_AMOUNT: SOURCE_TO_AMOUNT_,
  STAGE: STAGE_,
  STAGE_OF_SOURCE: STAGE_OF_SOURCE_,
  PROGRAM_YEARS: PROGRAM_YEARS_,
  CLAUSE_YEAR: CLAUSE_YEAR_,
  SOURCE_NAME: SOURCE_NAME_,
  /** A word or a bracket before a dash: "2020 год -5 678 224,9" (the dash is no minus). */
  DASH_AFTER_WORD: pattern(String.raw`[\p{L})]\s*$`, 'u'),
  FUNDS_WORD: pattern(String.raw`^средств\p{L}*\s*`, 'u'),
};

type RegExps = Record<keyof typeof FULL, RegExp>;

let full: RegExps | null = null;
let bmp: RegExps | null = null;
let common: RegExps | null = null;
let narrow: RegExps | null = null;

/**
 * The characters of the texts read (Latin, Greek, Cyrillic, punctuation, "№"): a text of these alone is read
 * with \p{L} cut to the letters among them — a letter's case partners and the one non-letter with a letter's
 * case (U+0345, whose partner is ι) are among them too. test/sheets/read/bmp-letters.test.ts checks each character.
 */
export const COMMON_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x0000, 0x058f],
  [0x2000, 0x214f],
];
/** A character outside COMMON_CHARACTERS (a surrogate is one). */
export const UNCOMMON = /[\u0590-\u1fff\u2150-\uffff]/;

/**
 * The characters of nearly every text read: Latin-1, Cyrillic, the general punctuation (dashes, quotes) and "№".
 * A text of these alone is read with \p{L} cut to the letters among them (a letter's case partners outside them
 * are matched through the letter, which is among them; none of the non-letters among them has a case partner),
 * written in a quarter of the common characters' ranges: the expressions compile in about half the time
 * (issue 10: ≈ 11 M instructions of every run of the CLI). test/sheets/read/bmp-letters.test.ts checks each character.
 */
export const NARROW_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x0400, 0x052f],
  [0x2000, 0x206f],
  [0x2116, 0x2116],
];
/** A character outside NARROW_CHARACTERS (a surrogate is one). */
export const NOT_NARROW = /[\u0100-\u03ff\u0530-\u1fff\u2070-\u2115\u2117-\uffff]/;

/**
 * The expressions for a text: the same ones with \p{L} written as the letters of the Basic Multilingual Plane
 * when the text has no character beyond it (no surrogate), or only those of COMMON_CHARACTERS (or of
 * NARROW_CHARACTERS) when it has no other — what they match in such a text is the same (a letter's case partners
 * are in its plane; for the common and narrow characters, see why at each), and they compile many times faster: V8 builds every \p{L} of an expression with its 300
 * ranges of astral letters, some 2 ms each, 20–40 ms for the paragraph's expressions at every start of the CLI
 * (issue 10); the BMP's 377 ranges cost a few ms more, the common characters' few dozen little.
 */
function regExpsFor(text: string): RegExps {
  if (!NOT_NARROW.test(text)) return (narrow ??= withLetterRanges(lettersWithin(BMP_LETTERS, NARROW_CHARACTERS)));
  if (!UNCOMMON.test(text)) return (common ??= withLetterRanges(lettersWithin(BMP_LETTERS, COMMON_CHARACTERS)));
  if (/[\uD800-\uDFFF]/.test(text)) return (full ??= withLetterRanges(null));
  return (bmp ??= withLetterRanges(BMP_LETTERS));
}

/** The expressions with \p{L} written as these letters; null: as written. */
function withLetterRanges(letters: string | null): RegExps {
  const made: Partial<RegExps> = {};
  for (const key of Object.keys(FULL) as (keyof RegExps)[]) {
    const { source, flags } = FULL[key];
    made[key] = new RegExp(letters === null ? source : withLetters(source, letters), flags);
  }
  return made as RegExps;
}

/** Class contents ("\\u0041-\\u005a\\u00aa…") cut to the given ranges of characters. */
export function lettersWithin(letters: string, within: readonly (readonly [number, number])[]): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (const m of letters.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)) {
    const from = parseInt(m[1], 16);
    const to = m[2] === undefined ? from : parseInt(m[2], 16);
    for (const [lo, hi] of within) {
      const a = Math.max(from, lo);
      const b = Math.min(to, hi);
      if (a <= b) out += a === b ? hex(a) : `${hex(a)}-${hex(b)}`;
    }
  }
  return out;
}

/** An expression's source with each \p{L} written as the given ranges: inside a class as they are, outside in a class of their own. */
export function withLetters(source: string, ranges: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? ranges : `[${ranges}]`;
        i += '\\p{L}'.length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

const LIST_OPENING = /^(?:в\s+том\s+числе|в\s+т\.\s?ч\.?|из\s+них|за\s+сч[её]т|из)\s+/iu;

/** Does the text look like the funding paragraph (an amount after "всего"/"составляет", or with a money unit)? */
export function isFundingParagraph(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const plain = stripMarkup(text);
  const rx = regExpsFor(plain);
  return rx.TOTAL_WORDS.test(plain) && scan(plain, rx).amounts.some((a) => a.unit !== null || ONLY_TOTAL_WORD.test(plain.slice(Math.max(0, a.at - 12), a.at)));
}

interface Token {
  at: number;
  end: number;
  written: string;
  value: Decimal | null;
  unit: Unit | null;
}

interface YearToken {
  at: number;
  end: number;
  year: YearSpan;
}

/** The numbers of a text that are amounts (with a money unit, or where an amount stands), and the years. */
function scan(text: string, rx: RegExps): { amounts: Token[]; years: YearToken[] } {
  const amounts: Token[] = [];
  const years: YearToken[] = [];
  let yearEnd = -1;
  for (const m of text.matchAll(rx.NUMBER)) {
    const at = m.index;
    const end = at + m[0].length;
    // The second year of a span ("2023-2024 годы") is that span's.
    if (at < yearEnd) continue;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, at - 3), at);
    const plainYear = /^\d{4}$/.test(m[0]) && Number(m[0]) >= 1990 && Number(m[0]) <= 2100;
    if (plainYear) {
      const span = SPAN_AFTER.exec(after);
      if (span && Number(span[1]) >= Number(m[0]) && Number(span[1]) <= 2100) {
        years.push({ at, end: end + span[0].length, year: { from: Number(m[0]), to: Number(span[1]) } });
        yearEnd = end + span[0].length;
        continue;
      }
      const word = rx.YEAR_WORD.exec(after);
      if (word) {
        years.push({ at, end: end + word[0].length, year: { from: Number(m[0]), to: Number(m[0]) } });
        yearEnd = end + word[0].length;
        continue;
      }
      // "2009 - 0 тыс. рублей": a year opening its line, a dash, its amount.
      if (/^\s*[-–—]\s*\d/.test(after) && /(?:^|[\n;:]\s*[-–—]?\s*)$/.test(text.slice(Math.max(0, at - 4), at))) {
        years.push({ at, end, year: { from: Number(m[0]), to: Number(m[0]) } });
        continue;
      }
    }
    if (/[№N]\s*$/i.test(before) || /^[.,]\d/.test(text.slice(end, end + 2)) || /\d[.,]$/.test(before)) continue;
    if (PERCENT_AFTER.test(after)) continue;
    const unit = rx.UNIT_AFTER.exec(after);
    // Without a unit, a number is an amount only where an amount stands: after a dash, a colon, "всего", "составляет".
    if (!unit && !rx.AMOUNT_PLACE.test(text.slice(Math.max(0, at - 16), at))) continue;
    // "2020 год -5 678 224,9": a dash against the number after words is the dash, not a minus.
    const dash = m[0].startsWith('-') && rx.DASH_AFTER_WORD.test(text.slice(Math.max(0, at - 12), at));
    const written = dash ? m[0].slice(1) : m[0];
    const parsed = parseRussianNumber(written);
    amounts.push({
      at: dash ? at + 1 : at,
      end: end + (unit ? unit[0].length : 0),
      written: written + (unit ? unit[0] : ''),
      value: parsed.kind === 'number' ? parsed.value : null,
      unit: unit ? unitOf(unit[1]) : null,
    });
  }
  return { amounts, years };
}

function unitOf(written: string): Unit {
  const w = written.toLowerCase();
  if (w.startsWith('тыс')) return 'тыс. руб.';
  if (w.startsWith('млн') || w.startsWith('миллион')) return 'млн руб.';
  return 'руб.';
}

/** The amounts of a text with their units (for the reader's search of unread amounts). */
export function amountsOf(text: string): Token[] {
  return scan(text, regExpsFor(text)).amounts;
}

interface Clause {
  start: number;
  end: number;
}

const ABBREVIATION = /(?:^|[\s(])(?:тыс|руб|млн|млрд|г|гг|п|ст|ч|т|N|№|им|д|ул|обл|р|коп)$/i;

/** An ASCII digit (what \d is without the u flag); false for NaN (no character there). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Clauses: split at ";" and line ends, and at a full stop that ends a sentence (not "тыс. руб.", "г. Александрова"). */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const ends =
      ch === '\n' ||
      (depth === 0 && ch === ';') ||
      (depth === 0 && ch === '.' && /\s/.test(text[i + 1] ?? ' ') && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i)) && !isDigit(text.charCodeAt(i - 1)));
    if (ends) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
      if (ch === '\n') depth = 0;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

interface NamedSource {
  name: string;
  at: number;
  end: number;
}

/** The last source named in a stretch of text, with where its name starts and ends. */
function lastSourceIn(text: string, offset: number, rx: RegExps): NamedSource | null {
  let found: NamedSource | null = null;
  for (const m of text.matchAll(rx.SOURCE_NAME)) {
    let name = m[0].trim().replace(/[\s,:–—-]+$/u, '');
    let at = offset + m.index;
    const opening = LIST_OPENING.exec(name);
    if (opening) {
      name = name.slice(opening[0].length);
      at += opening[0].length;
    }
    found = { name, at, end: offset + m.index + m[0].length };
  }
  return found;
}

/** The source whose name opens a clause ("- средства местных бюджетов (…)"), or null. */
function openingSource(clause: string, offset: number, rx: RegExps): NamedSource | null {
  const lead = /^[\s–—-]*/u.exec(clause)![0].length;
  rx.SOURCE_NAME.lastIndex = 0;
  const m = rx.SOURCE_NAME.exec(clause.slice(lead));
  rx.SOURCE_NAME.lastIndex = 0;
  if (!m || m.index !== 0) return null;
  return lastSourceIn(m[0], offset + lead, rx);
}

/**
 * "На 2 этапе, в 2026 - 2030 годах, объем … составляет 0,0": a clause that names one period of years and
 * states an amount of a source whose total is read already, for years it has no amount of yet, is that
 * period's amount (the first such statement, "в 2019 - 2035 годах … составляет", is the total).
 */
function laterPeriod(owner: ParagraphSource, years: readonly YearToken[], before: number, clauseStart: number): YearSpan | null {
  if (owner.total === null) return null;
  const inClause = years.slice(0, before).filter((y) => y.at >= clauseStart);
  if (inClause.length !== 1) return null;
  const period = inClause[0].year;
  const overlaps = owner.years.some((e) => e.year.from <= period.to && period.from <= e.year.to);
  return overlaps ? null : period;
}

/** "- средства федерального бюджета" right after an amount (up to the clause's end or a comma): that source. */
function sourceAfterAmount(text: string, from: number, clauseEnd: number, rx: RegExps): NamedSource | null {
  const after = text.slice(from, clauseEnd);
  const dash = /^\s*[-–—]\s*/u.exec(after);
  if (!dash) return null;
  const rest = after.slice(dash[0].length);
  const named = lastSourceIn(rest.split(/[,;]/)[0], from + dash[0].length, rx);
  // The source's name opens the rest ("средства федерального бюджета"), it is not a later word of it.
  return named && text.slice(from + dash[0].length, named.at).trim().replace(rx.FUNDS_WORD, '') === '' ? named : null;
}

export function parseFundingParagraph(raw: string): FundingParagraph {
  const text = stripMarkup(raw);
  const rx = regExpsFor(text);
  const { amounts, years } = scan(text, rx);
  const result: FundingParagraph = { total: null, years: [], sources: [], unit: amounts.find((a) => a.unit !== null)?.unit ?? null, unattributed: [] };
  const sources = new Map<string, ParagraphSource>();
  let current: ParagraphSource | null = null;
  let stage: ParagraphStage | null = null;
  /** "общий объем финансирования Программы составляет:" said, and no amount since: the next amount is the total's. */
  let totalOpened = false;
  let a = 0;
  let y = 0;

  const valueOf = (t: Token): ParagraphAmount => ({
    value: t.value !== null && t.unit !== null && result.unit !== null && t.unit !== result.unit ? convertAmount(t.value, t.unit, result.unit) : t.value,
    at: t.at,
  });
  const sourceNamed = (named: NamedSource): ParagraphSource => {
    const key = named.name.toLowerCase().replace(/\s+/g, ' ');
    let s = sources.get(key);
    if (!s) {
      s = { name: named.name, at: named.at, total: null, years: [], stages: [] };
      sources.set(key, s);
      result.sources.push(s);
    }
    return s;
  };
  const unattributed = (t: Token) => result.unattributed.push({ text: t.written.trim(), at: t.at });
  /** Puts an amount in its place; a second, different amount for the same place is unattributed. */
  const place = (t: Token, owner: ParagraphSource | null, year: YearSpan | null): void => {
    const amount = valueOf(t);
    const list = owner ? owner.years : result.years;
    if (year) {
      const same = list.find((e) => yearSpanKey(e.year) === yearSpanKey(year));
      if (same) {
        if (same.value !== amount.value) unattributed(t);
        return;
      }
      list.push({ year, ...amount });
      if (stage && stage.years !== undefined) stage.years.push(year);
      return;
    }
    const stated = owner ? owner.total : result.total;
    if (stated) {
      if (stated.value !== amount.value) unattributed(t);
      return;
    }
    if (owner) owner.total = amount;
    else result.total = amount;
  };

  for (const clause of clausesOf(text)) {
    while (y < years.length && years[y].end <= clause.start) y++;
    const clauseText = text.slice(clause.start, clause.end);
    const clauseYear = rx.CLAUSE_YEAR.exec(clauseText);
    const openingAt = clauseYear ? clause.start + clauseYear.index + clauseYear[0].indexOf(clauseYear[1]) : -1;
    const openingYear = y < years.length && years[y].at === openingAt ? years[y] : null;
    let cursor = y;
    let from = clause.start;
    /** Inside "( … )" after an amount: the bracket's amounts are that amount's parts (its year's, its sources'). */
    let bracket: { year: YearSpan | null } | null = null;
    let lastYear: YearSpan | null = null;
    let any = false;
    while (a < amounts.length && amounts[a].at < clause.end) {
      const t = amounts[a++];
      if (t.at < clause.start) continue;
      any = true;
      const lead = text.slice(from, t.at);
      from = t.end;
      const open = lead.lastIndexOf('(');
      const close = lead.lastIndexOf(')');
      if (open > close) bracket = { year: lastYear };
      else if (close > open) bracket = null;
      while (cursor < years.length && years[cursor].end <= t.at) cursor++;
      const yearToken = cursor > 0 && YEAR_TO_AMOUNT.test(text.slice(years[cursor - 1].end, t.at)) ? years[cursor - 1] : null;
      const yearHere = yearToken?.year ?? null;
      const named = lastSourceIn(lead, t.at - lead.length, rx);
      // "… составляет: в 2010-2012 годах - 15612718,5": the whole period's amount, said first, is the total.
      const opened = totalOpened;
      totalOpened = false;
      if (opened && yearHere && yearHere.from !== yearHere.to && !named && result.total === null && result.years.length === 0 && !current) {
        place(t, null, null);
        lastYear = null;
        continue;
      }
      // "за счет средств районного бюджета: 2019 год - 76,9": the source opens its lines within the clause.
      if (named && yearToken && yearToken.at > named.end && /^\s*:\s*$/.test(text.slice(named.end, yearToken.at))) {
        current = sourceNamed(named);
        stage = null;
        place(t, current, yearToken.year);
        lastYear = yearToken.year;
        continue;
      }
      const adjacent = named !== null && rx.SOURCE_TO_AMOUNT.test(text.slice(named.end, t.at));
      const strong = named !== null && STRONG_SOURCE.test(text.slice(Math.max(clause.start, named.at - 20), named.at)) && rx.TOTAL_WORDS.test(lead);
      const totalWords = rx.TOTAL_WORDS.test(lead);
      const stageLabel = yearHere ? null : rx.STAGE.exec(lead);
      if (bracket) {
        // An amount in brackets: a source's part of the amount before the bracket.
        if (named && (adjacent || strong)) place(t, sourceNamed(named), bracket.year);
        else unattributed(t);
        continue;
      }
      const stageOfSource = named && strong ? rx.STAGE_OF_SOURCE.exec(text.slice(named.end, t.at)) : null;
      if (named && stageOfSource) {
        current = sourceNamed(named);
        stage = { label: `${stageOfSource[1]} этап`, amount: valueOf(t), years: [] };
        current.stages.push(stage);
        lastYear = null;
        continue;
      }
      if (named && (adjacent || strong)) {
        current = sourceNamed(named);
        stage = null;
        const year = yearHere && !totalWords ? yearHere : (openingYear?.year ?? laterPeriod(current, years, cursor, clause.start) ?? null);
        place(t, current, year);
        lastYear = year;
        continue;
      }
      if (stageLabel) {
        const owner = current;
        stage = { label: `${stageLabel[1]} этап`, amount: valueOf(t), years: [] };
        if (owner) owner.stages.push(stage);
        else unattributed(t);
        lastYear = null;
        continue;
      }
      if (yearHere && !named && rx.PROGRAM_YEARS.test(lead)) {
        current = null;
        stage = null;
        place(t, null, yearHere);
        lastYear = yearHere;
        continue;
      }
      if (yearHere && !(totalWords && yearHere.from !== yearHere.to)) {
        place(t, totalWords && !ONLY_TOTAL_WORD.test(lead) && !current ? null : current, yearHere);
        lastYear = yearHere;
        continue;
      }
      // "7 614,0 тыс. рублей - средства федерального бюджета": the amount first, its source after a dash.
      const sourceAfter = !yearHere && !totalWords && t.unit !== null ? sourceAfterAmount(text, t.end, clause.end, rx) : null;
      if (sourceAfter) {
        current = sourceNamed(sourceAfter);
        stage = null;
        place(t, current, null);
        lastYear = null;
        continue;
      }
      if (totalWords) {
        const year = openingYear?.year ?? null;
        // "Всего - 23145403" under "Средства бюджета Московской области:" is that source's; "Общий объем …" is the
        // program's, and so is a "Всего" after a source that has given its total already.
        const owner = current && ONLY_TOTAL_WORD.test(lead) && year === null && current.total === null ? current : null;
        if (!owner && year === null) {
          current = null;
          stage = null;
        }
        place(t, owner, year);
        lastYear = year;
        continue;
      }
      unattributed(t);
    }
    if (!any) {
      // A clause without amounts: "за счет средств районного бюджета:" opens a source's lines; "Общий объем …:" the program's.
      const trimmed = clauseText.trim();
      const named = lastSourceIn(clauseText, clause.start, rx);
      if (named && /:\s*$/.test(trimmed) && rx.SOURCE_TO_AMOUNT.test(text.slice(named.end, clause.end).replace(/:\s*$/, ''))) {
        current = sourceNamed(named);
        stage = null;
      } else if (rx.TOTAL_WORDS.test(clauseText) && /:\s*$/.test(trimmed)) {
        current = null;
        stage = null;
        totalOpened = result.total === null;
      } else if ((result.total !== null || result.years.length > 0) && openingSource(clauseText, clause.start, rx)) {
        // "средства местных бюджетов (объемы … определяются …)." in the list under the total: a source named
        // without an amount. It is listed (so that the sources are not taken for complete), with no amount.
        sourceNamed(openingSource(clauseText, clause.start, rx)!);
        current = null;
        stage = null;
      }
    }
  }
  return result;
}
