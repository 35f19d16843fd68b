// Runs of characters that are neither letters nor digits (`[^\p{L}\p{N}]+`), each made one space. A Unicode
// property class costs its regex a long compile and a slow match in every process: the indicator directions'
// ~80 names and stems paid ≈ 9 M instructions for it at every size of book (callgrind, issue 10). A text of the
// alphabets before U+0500 (Latin, Greek, Cyrillic: every text of a program nearly) is matched by the same
// characters written out (the ranges and single characters of NARROW_WORD_CHARS), checked against the property
// class code point by code point in test/domain/text/non-word-runs.test.ts; any other text by the property class
// itself.

/** \p{L} and \p{N} below U+0500, as a character class's contents. */
export const NARROW_WORD_CHARS =
  '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1' +
  '\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1' +
  '\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u04ff';

/** A character at or past U+0500 (a surrogate too): the text needs the property class. */
const BEYOND_NARROW = /[\u0500-\uffff]/;
const NON_WORD_RUNS_NARROW = new RegExp(`[^${NARROW_WORD_CHARS}]+`, 'g');
const NON_WORD_RUNS = /[^\p{L}\p{N}]+/gu;

/** `text.replace(/[^\p{L}\p{N}]+/gu, ' ')`. */
export function spaceNonWordRuns(text: string): string {
  return text.replace(BEYOND_NARROW.test(text) ? NON_WORD_RUNS : NON_WORD_RUNS_NARROW, ' ');
}
