// Folding for comparisons: the same name written with other case, spaces, quotes, "ё" or Latin
// look-alike letters is the same name. Used to match sources and subprogram names, so that a typo
// gives its own finding instead of a cascade.

/** Latin letters that look like Cyrillic ones, mapped to the Cyrillic letter. */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};

/** Cyrillic letters that look like Latin ones, mapped to the Latin letter (for codes that must be Latin: D6, E4). */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y',
  // Not true look-alikes, but what a Russian keyboard gives for the letters of federal project codes.
  Д: 'D',
};

const QUOTES = /[«»"“”„‟'‘’`]/g;
const DASHES = /[‐‑‒–—−]/g;
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

/** What collapsing would change: a space other than " ", two spaces together, or one at either end. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/** Whitespace collapsed and trimmed, NBSP included. */
export function collapseSpaces(text: string): string {
  // Most texts are collapsed already: the same string back, with nothing allocated.
  return UNCOLLAPSED.test(text) ? text.replace(SPACES, ' ').trim() : text;
}

/** What `singleSpaced` would change: two whitespace characters together, or one other than " ". */
const NOT_SINGLE_SPACED = /\s{2,}|[^\S ]/;

/**
 * Every run of whitespace as one space (not trimmed): `text.replace(/\s+/g, ' ')`, without copying a text that has
 * nothing to change — most titles, a few hundred letters each, parsed by the thousand at 100×.
 */
export function singleSpaced(text: string): string {
  return NOT_SINGLE_SPACED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Folded names already computed: rules fold the same names and dictionary stems again and again. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;
/**
 * Longer texts are folded each time, not kept: the store's check workers fold whatever a push holds, and 20 000
 * texts of any length could hold hundreds of MB (a name is a line or two).
 */
const FOLDED_TEXT_MAX = 500;

/** For comparing names: case, ё, quotes, dashes, spaces and Latin look-alikes folded. */
export function foldName(text: string): string {
  if (text.length > FOLDED_TEXT_MAX) return foldNameUncached(text);
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  const folded = foldNameUncached(text);
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

const LATIN_LOOKALIKES = new RegExp(`[${Object.keys(LATIN_TO_CYRILLIC).join('')}]`, 'g');
const toCyrillic = (ch: string): string => LATIN_TO_CYRILLIC[ch];

/** foldName without its cache: for callers that fold many distinct words once each (the cache would only churn). */
export function foldNameUncached(text: string): string {
  const out = collapseSpaces(text.replace(QUOTES, ' ').replace(DASHES, '-')).replace(LATIN_LOOKALIKES, toCyrillic);
  return collapseSpaces(out.toLowerCase().replace(/ё/g, 'е'));
}
