// The passport's funding section written as a paragraph, as in the worked example:
// "Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; …
//  Бюджет Московской области: всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2020 год – 1 567,0 тыс. руб.; 2021 год – 0; …
//  Федеральный бюджет: всего 0."
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
const SOURCE_HEAD = /([А-ЯЁA-Z][^:;.]*?):\s*[вВ]сего(?![а-яё])/g;
const TOTAL = new RegExp(String.raw`всего\s*(?:[-–—:=]\s*)?(${NUMBER})`, 'i');
const YEAR_AMOUNT = new RegExp(String.raw`(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*(?:годы|года|год|гг?\.)\s*(?:[-–—:=]\s*)?(${NUMBER})`, 'gi');

/** Markup a Word export may leave in the text ("<p>…</p>") counts as a space. */
export function stripMarkup(text: string): string {
  return text.replace(/<\/?[a-z][^>]*>/gi, (tag) => ' '.repeat(tag.length));
}

/** Does the text look like the funding paragraph (an amount after "всего")? */
export function isFundingParagraph(text: string): boolean {
  return TOTAL.test(stripMarkup(text));
}

export function parseFundingParagraph(raw: string): FundingParagraph {
  const text = stripMarkup(raw);
  const heads: { name: string; at: number; end: number }[] = [];
  for (const m of text.matchAll(SOURCE_HEAD)) {
    heads.push({ name: m[1].trim(), at: m.index, end: m.index + m[0].length - 'всего'.length });
  }
  const lead = text.slice(0, heads.length > 0 ? heads[0].at : text.length);
  const sources = heads.map((head, i): ParagraphSource => {
    const end = i + 1 < heads.length ? heads[i + 1].at : text.length;
    const segment = text.slice(head.end, end);
    return { name: head.name, at: head.at, total: totalIn(segment, head.end), years: yearsIn(segment, head.end) };
  });
  return { total: totalIn(lead, 0), years: yearsIn(lead, 0), sources };
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
