// "Подпрограмма I «Снижение административных барьеров…»" → numeral I (number 1) and the name in quotes.
import { singleSpaced } from './text/fold';

export interface SubprogramTitle {
  /** As written: "I", "II", "3". */
  numeral: string | null;
  /** Its number: I → 1. */
  number: number | null;
  /** The name, without the quotes. */
  name: string;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" → 14, any size: a program of a thousand subprograms numbers them up to "M" and past it ("MMD"). */
export function romanToNumber(roman: string): number | null {
  // Cyrillic look-alikes typed for Latin numerals (І, Х, С, М).
  const r = roman.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X').replace(/С/g, 'C').replace(/М/g, 'M');
  if (!/^[IVXLCDM]+$/.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]];
    const next = ROMAN[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 14 → "XIV"; past 3999 the thousands are repeated ("MMMM"), as the standard numerals allow no more. */
export function numberToRoman(n: number): string {
  let out = '';
  for (const [v, s] of NUMERALS) {
    if (n >= v) {
      const times = Math.floor(n / v);
      out += s.repeat(times);
      n -= times * v;
    }
  }
  return out;
}

/**
 * The start of a title, up to its name: the name is the rest of the text. Not matched as `(.*)$` after it — that
 * always matches, so the start found is the same, and a name of a hundred letters took the regex many times as
 * long as its start (a title is parsed per subprogram of each table: 300 at 100×).
 */
const TITLE_START = /^\s*подпрограмм[аы]\s+([IVXLCDMІХСМ]+|\d+)\b\.?\s*/iu;

export function parseSubprogramTitle(text: string): SubprogramTitle {
  // Rules and row builders ask about the same few titles again and again. A longer text is parsed each time, not
  // kept: the store's check workers parse whatever a push holds (see CACHED_TEXT_MAX).
  if (text.length > CACHED_TEXT_MAX) return Object.freeze(parseTitle(text));
  let known = PARSED.get(text);
  if (!known) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    known = Object.freeze(parseTitle(text));
    PARSED.set(text, known);
  }
  return known;
}

const PARSED = new Map<string, Readonly<SubprogramTitle>>();
const PARSED_MAX = 10_000;
/** Titles longer than this are not kept: 10 000 texts of any length could hold hundreds of MB (a real title is a line or two). */
const CACHED_TEXT_MAX = 500;

function parseTitle(text: string): SubprogramTitle {
  const spaced = singleSpaced(text);
  const m = TITLE_START.exec(spaced);
  if (!m) return { numeral: null, number: null, name: stripQuotes(text) };
  const numeral = m[1];
  const number = /^\d+$/.test(numeral) ? Number(numeral) : romanToNumber(numeral);
  return { numeral, number, name: stripQuotes(spaced.slice(m[0].length)) };
}

function stripQuotes(text: string): string {
  const t = text.trim();
  const m = /^[«"“](.*)[»"”]\.?$/su.exec(t);
  return (m ? m[1] : t).trim();
}

/** True when the text starts a subprogram ("Подпрограмма II …"). */
export function isSubprogramTitle(text: string): boolean {
  return TITLE_START.test(singleSpaced(text));
}
