// The passport's funding section written as a paragraph, as in the worked example:
// "Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; …
//  Бюджет Московской области: всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2020 год – 1 567,0 тыс. руб.; 2021 год – 0; …
//  Федеральный бюджет: всего 0."
// Also in other common wordings: "Общий объем финансирования муниципальной программы составляет
// 1 618 439,4 тыс. рублей, в том числе по годам реализации: …", "Бюджет Московской области – всего 1 567,0
// тыс. руб., …", "Бюджет Московской области — 1 567,0 тыс. руб.".
// Pure text work: positions are returned so that the caller can point each amount at its cell.
import { parseRussianNumber, type Decimal } from '../../domain/amount';
import type { YearSpan } from '../../domain/model/year-span';

export interface ParagraphAmount {
  value: Decimal | null;
  /** Where the number starts in the text. */
  at: number;
}

export interface ParagraphYear extends ParagraphAmount {
  year: YearSpan;
}

export interface ParagraphSource {
  name: string;
  at: number;
  total: ParagraphAmount | null;
  years: ParagraphYear[];
}

export interface FundingParagraph {
  total: ParagraphAmount | null;
  years: ParagraphYear[];
  sources: ParagraphSource[];
}

const NUMBER = String.raw`-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?`;
/** "Бюджет Московской области: всего …", "Бюджет Московской области – всего …". */
const SOURCE_HEAD = /([А-ЯЁA-Z][^:;.]*?)(?::|\s+[-–—])\s*[вВ]сего(?![а-яё])/g;
/** "Бюджет Московской области — 1 567,0 тыс. руб.", "Федеральный бюджет – 0;": a source with its amount and no "всего". */
const SOURCE_AMOUNT_HEAD = new RegExp(String.raw`([А-ЯЁA-Zа-яё][^:;.\d\-–—]*?)\s*(?::|\s[-–—])\s*(${NUMBER})(?!\d)\s*(?:тыс|[;,.](?!\d)|$)`, 'g');
/**
 * The program's total: "Всего 423 767,8", "всего: 423 767,8", "Общий объем финансирования … составляет
 * 1 618 439,4", "Общий объем финансирования муниципальной программы – 1 618 439,4".
 */
const TOTAL = new RegExp(String.raw`(?:всего|составля(?:ет|ют)|состав(?:ит|ят)|объ[её]м[а-яё\s]*[-–—:])\s*(?:[-–—:=]\s*)?(${NUMBER})`, 'i');
const YEAR_AMOUNT = new RegExp(String.raw`(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*(?:годы|года|год|гг?\.)\s*(?:[-–—:=]\s*)?(${NUMBER})`, 'gi');
/** Words that open the whole program's amount, not a source's. */
const TOTAL_WORDS = /^(?:всего|итого|общий|объ[её]м|финансирование)(?![а-яё])/i;
/** A list's opening words before a source's name: "в том числе Бюджет…", "из них средства…". */
const LIST_OPENING = /^(?:в\s+том\s+числе|из\s+них)[\s,]*/i;
/** A source named without "всего" must look like one. */
const SOURCE_WORDS = /бюджет|средств|источник/i;

/** Markup a Word export may leave in the text ("<p>…</p>") counts as a space. */
export function stripMarkup(text: string): string {
  return text.replace(/<\/?[a-z][^>]*>/gi, (tag) => ' '.repeat(tag.length));
}

/** Does the text look like the funding paragraph (an amount after "всего")? */
export function isFundingParagraph(text: string): boolean {
  return TOTAL.test(stripMarkup(text));
}

interface SourceHead {
  name: string;
  at: number;
  /** Where the source's own text (its "всего", or the years after its amount) starts. */
  end: number;
  /** The amount written right after the name, when there is no "всего". */
  amount: ParagraphAmount | null;
}

export function parseFundingParagraph(raw: string): FundingParagraph {
  const text = stripMarkup(raw);
  const heads = sourceHeads(text);
  const lead = text.slice(0, heads.length > 0 ? heads[0].at : text.length);
  const sources = heads.map((head, i): ParagraphSource => {
    const end = i + 1 < heads.length ? heads[i + 1].at : text.length;
    const segment = text.slice(head.end, end);
    return { name: head.name, at: head.at, total: head.amount ?? totalIn(segment, head.end), years: yearsIn(segment, head.end) };
  });
  return { total: totalIn(lead, 0), years: yearsIn(lead, 0), sources };
}

/** The sources' names in the order written: "<name>: всего", "<name> – всего", "<name> – <amount> тыс.". */
function sourceHeads(text: string): SourceHead[] {
  const heads: SourceHead[] = [];
  const named = (written: string, at: number): { name: string; at: number } | null => {
    const opening = LIST_OPENING.exec(written)?.[0] ?? '';
    const name = written.slice(opening.length).trim();
    return name === '' || TOTAL_WORDS.test(name) ? null : { name, at: at + opening.length };
  };
  for (const m of text.matchAll(SOURCE_HEAD)) {
    const head = named(m[1], m.index);
    if (head) heads.push({ ...head, end: m.index + m[0].length - 'всего'.length, amount: null });
  }
  for (const m of text.matchAll(SOURCE_AMOUNT_HEAD)) {
    const head = named(m[1], m.index);
    if (!head || !SOURCE_WORDS.test(head.name)) continue;
    const numberAt = m.index + m[0].lastIndexOf(m[2]);
    if (heads.some((h) => h.at <= numberAt && numberAt < h.end)) continue;
    heads.push({ ...head, end: numberAt + m[2].length, amount: amount(m[2], numberAt) });
  }
  return heads.sort((a, b) => a.at - b.at);
}

function amount(written: string, at: number): ParagraphAmount {
  const parsed = parseRussianNumber(written);
  return { value: parsed.kind === 'number' ? parsed.value : null, at };
}

function totalIn(segment: string, offset: number): ParagraphAmount | null {
  const m = TOTAL.exec(segment);
  if (!m) return null;
  return amount(m[1], offset + m.index + m[0].length - m[1].length);
}

function yearsIn(segment: string, offset: number): ParagraphYear[] {
  const out: ParagraphYear[] = [];
  const seen = new Set<string>();
  for (const m of segment.matchAll(YEAR_AMOUNT)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from < 1990 || from > 2100 || to < from) continue;
    const key = `${from}-${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ year: { from, to }, ...amount(m[3], offset + m.index + m[0].length - m[3].length) });
  }
  return out;
}
