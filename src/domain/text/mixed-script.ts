// Words that mix Latin and Cyrillic letters ("Cтупино" with a Latin C, "OМСУ" with a Latin O), and the
// word spelled in the alphabet of the majority of its letters (Cyrillic when it is a tie).
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from './fold';

export interface MixedWord {
  word: string;
  /** The word in one alphabet; null when a letter has no look-alike in the other alphabet. */
  fixed: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;

function respell(word: string): string | null {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyrillic++;
  }
  const map = latin > cyrillic ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
  const minority = latin > cyrillic ? CYRILLIC : LATIN;
  let out = '';
  for (const ch of word) {
    if (!minority.test(ch)) { out += ch; continue; }
    const mapped = map[ch];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/** A word of both alphabets needs a text of both (most texts are Cyrillic only). */
export function mayMixScripts(text: string): boolean {
  return LATIN.test(text) && CYRILLIC.test(text);
}

const LATIN_ALL = /[A-Za-z]/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SURROGATE = /[\ud800-\udfff]/;

/** A code unit of a word (WORD's letters and digits): ASCII by its code, anything else by the class itself. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}

export function mixedScriptWords(text: string): MixedWord[] {
  const words: MixedWord[] = [];
  if (!mayMixScripts(text)) return words;
  // Letters outside the basic plane: WORD's own matching, code point by code point.
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      if (LATIN.test(word) && CYRILLIC.test(word)) words.push({ word, fixed: respell(word) });
    }
    return words;
  }
  // A mixed word has a Latin letter: only the words around the Latin letters are looked at (a title of
  // Cyrillic words with a Roman numeral is one short word, not every word matched).
  LATIN_ALL.lastIndex = 0;
  for (let m = LATIN_ALL.exec(text); m !== null; m = LATIN_ALL.exec(text)) {
    let start = m.index;
    while (start > 0 && isWordUnit(text, start - 1)) start--;
    let end = m.index + 1;
    while (end < text.length && isWordUnit(text, end)) end++;
    const word = text.slice(start, end);
    if (CYRILLIC.test(word)) words.push({ word, fixed: respell(word) });
    LATIN_ALL.lastIndex = end;
  }
  return words;
}

/** The text with every mixed word respelled; null when some word cannot be respelled. */
export function respellMixedScript(text: string): string | null {
  if (!LATIN.test(text) || !CYRILLIC.test(text)) return text;
  let failed = false;
  const out = text.replace(WORD, (word) => {
    if (!(LATIN.test(word) && CYRILLIC.test(word))) return word;
    const fixed = respell(word);
    if (fixed === null) failed = true;
    return fixed ?? word;
  });
  return failed ? null : out;
}
