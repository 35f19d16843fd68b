// The difference between two names as words: which words of the reference the other lacks and which
// it adds (compared folded, shown as written). Myers' O((N+M)·D) diff finds a shortest edit script;
// its work is bounded (MAX_WORK steps, a few milliseconds), so two titles of 25 000 words each cannot
// take the process's memory or block it: past the bound the words are compared as multisets — the
// same missing and added words whenever the order of the shared ones is the same, found in linear time.
import { foldNameUncached } from './fold';

/**
 * Words folded already: the titles compared share their words (a subprogram's name in the passport and in both
 * annexes, a thousand subprograms of one program), so a word is folded once, not once per diff. Bounded, and
 * apart from foldName's cache of whole names, which a title of many thousand words must not wipe.
 */
const WORDS = new Map<string, string>();
const WORDS_MAX = 10_000;

function foldWord(word: string): string {
  let folded = WORDS.get(word);
  if (folded === undefined) {
    folded = foldNameUncached(word);
    if (WORDS.size >= WORDS_MAX) WORDS.clear();
    WORDS.set(word, folded);
  }
  return folded;
}

export interface WordDiff {
  missing: string[];
  added: string[];
}

/** Steps of the bounded diff (diagonals visited, matches followed, trace kept) before the multiset fallback. */
export const MAX_WORK = 2_000_000;

/** Quotes and brackets a word may open with, and punctuation it may close with: not part of the word. */
const OPENING = new Set(['«', '"', '“', '(']);
const CLOSING = new Set(['»', '"', '”', ')', ',', '.', ';', ':']);

/** The words of a text, without their opening quotes and closing punctuation (cut by hand: no regex per word). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[\s\u00a0]+/)) {
    let start = 0;
    let end = w.length;
    while (start < end && OPENING.has(w[start])) start++;
    while (end > start && CLOSING.has(w[end - 1])) end--;
    if (end > start) out.push(start === 0 && end === w.length ? w : w.slice(start, end));
  }
  return out;
}

/**
 * Folded words as small integers, the same word the same number in both lists; each distinct word folded once
 * (foldWord remembers it). Filled by index: Int32Array.from walks its list with an iterator.
 */
function numbered(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const fill = (words: readonly string[]): Int32Array => {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const f = foldWord(words[i]);
      let id = ids.get(f);
      if (id === undefined) ids.set(f, (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  return [fill(a), fill(b)];
}

/**
 * Myers' greedy diff of a[from..a.length-toEnd) against b likewise; the deleted indices of a and the
 * inserted indices of b in order, or null when it would take more than `budget` steps.
 */
function myers(a: Int32Array, b: Int32Array, budget: number): { deleted: number[]; inserted: number[] } | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let work = 0;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    // V as it was before step d, on the diagonals step d reads: -d-1 … d+1.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    work += 2 * d + 3;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
        work++;
      }
      v[offset + k] = x;
      work++;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (work > budget) return null;
  }
  const deleted: number[] = [];
  const inserted: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d];
    const at = (k: number): number => before[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    if (down) inserted.push(prevY);
    else deleted.push(prevX);
    x = prevX;
    y = prevY;
  }
  return { deleted: deleted.reverse(), inserted: inserted.reverse() };
}

/** The words of `a` not matched by a word of `b` (each word of b used once), in a's order: linear, order-blind. */
function unmatched(a: Int32Array, b: Int32Array): number[] {
  const left = new Map<number, number>();
  for (const id of b) left.set(id, (left.get(id) ?? 0) + 1);
  const out: number[] = [];
  a.forEach((id, i) => {
    const n = left.get(id) ?? 0;
    if (n > 0) left.set(id, n - 1);
    else out.push(i);
  });
  return out;
}

/** The changed words: indices into the two word lists (deleted from the reference, inserted in the other). */
function editScript(a: readonly string[], b: readonly string[]): { deleted: number[]; inserted: number[] } {
  const [fa, fb] = numbered(a, b);
  // Shared beginnings and endings cost nothing to the diff.
  let head = 0;
  while (head < fa.length && head < fb.length && fa[head] === fb[head]) head++;
  let tail = 0;
  while (tail < fa.length - head && tail < fb.length - head && fa[fa.length - 1 - tail] === fb[fb.length - 1 - tail]) tail++;
  const ma = fa.subarray(head, fa.length - tail);
  const mb = fb.subarray(head, fb.length - tail);
  const script = myers(ma, mb, MAX_WORK) ?? { deleted: unmatched(ma, mb), inserted: unmatched(mb, ma) };
  return { deleted: script.deleted.map((i) => head + i), inserted: script.inserted.map((i) => head + i) };
}

export function wordDiff(reference: string, other: string): WordDiff {
  const a = words(reference);
  const b = words(other);
  const script = editScript(a, b);
  return { missing: script.deleted.map((i) => a[i]), added: script.inserted.map((i) => b[i]) };
}

/** A stretch of a text, marked when its words are the ones that differ. Joined, the runs give the text back. */
export interface MarkedRun {
  text: string;
  differs: boolean;
}

/** A text as tokens (a word and the spaces after it) and, per token, its word for comparison (null: punctuation alone). */
function tokensOf(text: string): { tokens: string[]; words: string[]; wordToken: number[] } {
  const tokens = text.match(/\s+|\S+\s*/g) ?? [];
  const out: string[] = [];
  const wordToken: number[] = [];
  tokens.forEach((token, i) => {
    const word = words(token)[0];
    if (word !== undefined) {
      out.push(word);
      wordToken.push(i);
    }
  });
  return { tokens, words: out, wordToken };
}

function runsOf(tokens: readonly string[], marked: ReadonlySet<number>): MarkedRun[] {
  const runs: MarkedRun[] = [];
  const push = (text: string, differs: boolean): void => {
    if (text === '') return;
    const last = runs[runs.length - 1];
    // Marked words only a space apart read as one marked stretch.
    const before = runs[runs.length - 2];
    if (differs && last && !last.differs && last.text.trim() === '' && before?.differs) {
      runs.pop();
      before.text += last.text + text;
    } else if (last && last.differs === differs) last.text += text;
    else runs.push({ text, differs });
  };
  tokens.forEach((token, i) => {
    if (!marked.has(i)) return push(token, false);
    // The spaces after a marked word are not part of the difference.
    const word = token.trimEnd();
    push(word, true);
    push(token.slice(word.length), false);
  });
  return runs;
}

/**
 * Both texts as runs, the words the other lacks marked in the reference and the words it adds marked in
 * the other (the same shortest edit script as wordDiff, as bounded): what a person compares by eye.
 */
export function markedWordDiff(reference: string, other: string): [MarkedRun[], MarkedRun[]] {
  const a = tokensOf(reference);
  const b = tokensOf(other);
  const script = editScript(a.words, b.words);
  return [runsOf(a.tokens, new Set(script.deleted.map((i) => a.wordToken[i]))), runsOf(b.tokens, new Set(script.inserted.map((i) => b.wordToken[i])))];
}
