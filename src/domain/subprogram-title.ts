// "Подпрограмма I «Снижение административных барьеров…»" → numeral I (number 1) and the name in quotes.

export interface SubprogramTitle {
  /** As written: "I", "II", "3". */
  numeral: string | null;
  /** Its number: I → 1. */
  number: number | null;
  /** The name, without the quotes. */
  name: string;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToNumber(roman: string): number | null {
  const r = roman.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X').replace(/С/g, 'C');
  if (!/^[IVXLC]+$/.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]];
    const next = ROMAN[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function numberToRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

const TITLE = /^\s*подпрограмм[аы]\s+([IVXLCІХС]+|\d+)\b\.?\s*(.*)$/isu;

export function parseSubprogramTitle(text: string): SubprogramTitle {
  const m = TITLE.exec(text.replace(/\s+/g, ' '));
  if (!m) return { numeral: null, number: null, name: stripQuotes(text) };
  const numeral = m[1];
  const number = /^\d+$/.test(numeral) ? Number(numeral) : romanToNumber(numeral);
  return { numeral, number, name: stripQuotes(m[2]) };
}

function stripQuotes(text: string): string {
  const t = text.trim();
  const m = /^[«"“](.*)[»"”]\.?$/su.exec(t);
  return (m ? m[1] : t).trim();
}

/** True when the text starts a subprogram ("Подпрограмма II …"). */
export function isSubprogramTitle(text: string): boolean {
  return TITLE.test(text.replace(/\s+/g, ' '));
}
