// Whether a JSON text is already canonical (canonical-json.ts): what canonicalJson would write for the value
// JSON.parse reads from it, character for character. The store's client sends a program so
// (client.ts: submissionText), and the store then keeps the program's bytes as they came instead of writing
// its canonical JSON again (prepare-submission.ts). A scan of the text, no allocation. It answers true only
// where that is certain, and false for anything it does not vouch for (the caller writes the canonical JSON
// then):
// - no whitespace outside strings; in each object the keys in strictly increasing order (as
//   Array.prototype.sort orders them: by UTF-16 code units; so no key twice), no escape in a key;
// - in strings only the escapes JSON.stringify writes itself and has no other way to write (\" \\ \b \f \n
//   \r \t); any \u escape or \/ answers false;
// - numbers as JSON.stringify writes them, where that is certain without converting: an integer part without
//   a leading zero, a fraction without a trailing zero, no exponent, at most 15 digits in all (any decimal of
//   15 significant digits is the shortest text of its double), not -0, and not below 1e-6 (written with an
//   exponent);
// - true, false, null.

const MAX_DIGITS = 15;
/** Zeros after "0." at most (0.000001 is written so, 0.0000001 as 1e-7). */
const MAX_LEADING_FRACTION_ZEROS = 5;

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The index just past the canonical JSON value that starts at `start` in `text`, or -1 when the value there
 * is not certainly canonical, or nests deeper than `maxDepth`. For a text JSON.parse accepts (no raw control
 * character in a string); on any other text a scan that vouches is of no use (JSON.parse refuses the text),
 * but what it says of nesting holds (the value is well formed as far as brackets and quotes go).
 */
export function canonicalValueEnd(text: string, start: number, maxDepth = 256): number {
  backslashAt = -1;
  depthLimit = maxDepth;
  return value(text, start, 0);
}

/** Containers nest no deeper than this in a value vouched for (the value's own is the first level). */
let depthLimit = 256;

function value(text: string, at: number, depth: number): number {
  const c = text.charCodeAt(at);
  if (c === QUOTE) return stringEnd(text, at, false);
  if (c === 123) return depth >= depthLimit ? -1 : objectEnd(text, at, depth + 1);
  if (c === 91) return depth >= depthLimit ? -1 : arrayEnd(text, at, depth + 1);
  if (c === 45 || (c >= 48 && c <= 57)) return numberEnd(text, at);
  if (text.startsWith('true', at)) return at + 4;
  if (text.startsWith('false', at)) return at + 5;
  if (text.startsWith('null', at)) return at + 4;
  return -1;
}

/** Where the next backslash is at or after the scan's point (text.length: none); reset by each scan. */
let backslashAt = -1;

/**
 * Past the closing quote of the string at `at`; -1 for an escape JSON.stringify would not write (any, in a
 * key). Quotes and backslashes are found by indexOf (most of a program's text is in strings); the text is one
 * JSON.parse accepted, so no raw control character is in a string.
 */
function stringEnd(text: string, at: number, key: boolean): number {
  let i = at + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return -1;
    if (backslashAt < i) {
      backslashAt = text.indexOf('\\', i);
      if (backslashAt < 0) backslashAt = text.length;
    }
    if (backslashAt > quote) return quote + 1;
    if (key) return -1;
    const e = text.charCodeAt(backslashAt + 1);
    // \" \\ \b \f \n \r \t
    if (e !== QUOTE && e !== BACKSLASH && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) return -1;
    i = backslashAt + 2;
  }
}

/** Whether the key text[a0, a1) sorts strictly before text[b0, b1) (code units; both without escapes). */
function keyBefore(text: string, a0: number, a1: number, b0: number, b1: number): boolean {
  const n = Math.min(a1 - a0, b1 - b0);
  for (let i = 0; i < n; i++) {
    const x = text.charCodeAt(a0 + i);
    const y = text.charCodeAt(b0 + i);
    if (x !== y) return x < y;
  }
  return a1 - a0 < b1 - b0;
}

function objectEnd(text: string, at: number, depth: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 125) return i + 1;
  let previousStart = -1;
  let previousEnd = -1;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return -1;
    const keyEnd = stringEnd(text, i, true);
    if (keyEnd < 0) return -1;
    // The key's characters, without its quotes.
    if (previousStart >= 0 && !keyBefore(text, previousStart, previousEnd, i + 1, keyEnd - 1)) return -1;
    previousStart = i + 1;
    previousEnd = keyEnd - 1;
    if (text.charCodeAt(keyEnd) !== 58) return -1;
    i = value(text, keyEnd + 1, depth);
    if (i < 0) return -1;
    const c = text.charCodeAt(i);
    if (c === 125) return i + 1;
    if (c !== 44) return -1;
    i++;
  }
}

function arrayEnd(text: string, at: number, depth: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 93) return i + 1;
  for (;;) {
    i = value(text, i, depth);
    if (i < 0) return -1;
    const c = text.charCodeAt(i);
    if (c === 93) return i + 1;
    if (c !== 44) return -1;
    i++;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function numberEnd(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 45) i++;
  const intStart = i;
  while (isDigit(text.charCodeAt(i))) i++;
  const intDigits = i - intStart;
  if (intDigits === 0 || (intDigits > 1 && text.charCodeAt(intStart) === 48)) return -1;
  const zeroInt = intDigits === 1 && text.charCodeAt(intStart) === 48;
  let fracDigits = 0;
  if (text.charCodeAt(i) === 46) {
    const fracStart = ++i;
    while (isDigit(text.charCodeAt(i))) i++;
    fracDigits = i - fracStart;
    if (fracDigits === 0 || text.charCodeAt(i - 1) === 48) return -1;
    if (zeroInt) {
      let zeros = 0;
      while (text.charCodeAt(fracStart + zeros) === 48) zeros++;
      if (zeros > MAX_LEADING_FRACTION_ZEROS) return -1;
    }
  } else if (zeroInt && intStart > at) return -1; // -0
  const c = text.charCodeAt(i);
  if (c === 101 || c === 69) return -1;
  return intDigits + fracDigits > MAX_DIGITS ? -1 : i;
}
