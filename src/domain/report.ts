// The report of a check: its findings in order and their count by severity. Its schema (the store's contract) is in
// report-schema.ts, apart from makeReport: `sverka validate` loads no zod (amount-schema.ts).
import type { Finding } from './finding';
import type { Report } from './report-schema';
import { SEVERITY_RANK } from './severity';

export type { Report } from './report-schema';

export function makeReport(findings: Finding[]): Report {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return { valid: summary.error === 0, summary, findings: sortFindings(findings) };
}

/**
 * Sheet (as `localeCompare` orders the names), row, column, severity, rule — in a new array, stable. Each
 * finding's sort key is made once (a comparison of the sort used to parse both cells and collate both sheet
 * names: at 100× that was most of the sort's time), and the few sheet names are collated once among themselves.
 */
function sortFindings(findings: readonly Finding[]): Finding[] {
  const sheetRank = rankSheets(findings);
  const keyed = findings.map((f, i) => {
    const cell = splitCell(f.cell);
    return { f, i, sheet: sheetRank.get(f.sheet ?? '') ?? 0, row: cell[0], col: cell[1], severity: SEVERITY_RANK[f.severity] };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.severity - b.severity || compareRules(a.f.rule, b.f.rule) || a.i - b.i);
  return keyed.map((k) => k.f);
}

/**
 * Rule ids compared as `localeCompare` does: ids of capitals and digits ("F001") in code-unit order, which is
 * theirs in the languages of CODE_ORDER_LANGUAGES (digits before letters, the alphabet's order, no case);
 * anything else collated.
 */
function compareRules(a: string, b: string): number {
  if (a === b) return 0;
  return RULE_ID.test(a) && RULE_ID.test(b) && collatedAsCodeUnits() ? (a < b ? -1 : 1) : a.localeCompare(b);
}

const RULE_ID = /^[0-9A-Z]+$/;

/** Each sheet name's place in `localeCompare` order; names it holds equal share a place. */
function rankSheets(findings: readonly Finding[]): Map<string, number> {
  const names = [...new Set(findings.map((f) => f.sheet ?? ''))];
  const rank = new Map<string, number>();
  if (plainlyOrdered(names)) {
    names.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).forEach((name, i) => rank.set(name, i));
    return rank;
  }
  names.sort((a, b) => a.localeCompare(b));
  let r = 0;
  names.forEach((name, i) => {
    if (i > 0 && names[i - 1].localeCompare(name) !== 0) r++;
    rank.set(name, r);
  });
  return rank;
}

/**
 * Names of one alphabet, digits and spaces (no «ё», no «й»: collation takes them for «е», «и» with a mark), no
 * two alike but for case: `localeCompare` orders these as their lower-case code units do in the languages of
 * CODE_ORDER_LANGUAGES, which the default locale must be of (spaces, then digits, then letters in the
 * alphabet's order; a letter's case decides only between names otherwise alike, which there are none). The first `localeCompare` of a run makes the collator and loads its
 * data — 10 to 40 ms, the most of checking a 1× workbook — for the three or four sheet names of a workbook.
 */
function plainlyOrdered(names: readonly string[]): boolean {
  const cyrillic = names.every((n) => /^[0-9 а-иА-Ик-яК-Я]*$/.test(n));
  if (!cyrillic && !names.every((n) => /^[0-9 a-zA-Z]*$/.test(n))) return false;
  return new Set(names.map((n) => n.toLowerCase())).size === names.length && collatedAsCodeUnits();
}

/**
 * Languages whose collation orders such names (and rule ids) as their code units, checked against Intl.Collator
 * for each in test/domain/report-order.test.ts. Not every language does: Lithuanian puts «y» before «j»,
 * Estonian «z» after «s», Czech and Slovak «ch» after «h», Danish and Norwegian «aa» after «z», Turkish «I»
 * before «i», Thai ignores spaces — there (and in any language not listed) the names are collated.
 */
const CODE_ORDER_LANGUAGES = new Set(['und', 'en', 'ru', 'uk', 'be', 'kk', 'ky', 'bg', 'mk', 'sr', 'hy', 'ka', 'de', 'fr', 'it', 'es', 'pt', 'nl', 'pl', 'fi', 'sv', 'ro', 'el', 'he', 'zh', 'ja', 'ko']);

/** Whether the collation of `locale` (a BCP 47 tag) orders plain names as their code units. */
export function collatesAsCodeUnits(locale: string): boolean {
  return CODE_ORDER_LANGUAGES.has(locale.split('-')[0]);
}

let defaultAsCodeUnits: boolean | undefined;

/**
 * Whether `localeCompare` (the default locale's collation) orders plain names as their code units. The default
 * locale is read from PluralRules, which resolves the same one (≈ 1 ms) without making the collator.
 */
function collatedAsCodeUnits(): boolean {
  return (defaultAsCodeUnits ??= collatesAsCodeUnits(new Intl.PluralRules().resolvedOptions().locale));
}

/**
 * "AB12" → [12, 28]; [0, 0] for anything not capitals then digits. The cell is checked and its digits found by
 * regular expressions (no match made), and only its one to three letters are read in JavaScript: a loop over every
 * character, per finding, ran often enough to be compiled by the optimizing compiler (at 100×, more instructions
 * than the reading).
 */
export function splitCell(cell: string | null): [number, number] {
  if (!cell || !CELL.test(cell)) return [0, 0];
  const digits = cell.search(DIGIT);
  let col = 0;
  for (let i = 0; i < digits; i++) col = col * 26 + cell.charCodeAt(i) - 64;
  return [Number(cell.slice(digits)), col];
}

const CELL = /^[A-Z]+[0-9]+$/;
const DIGIT = /[0-9]/;
