// The difference between two names as words: which words of the reference the other lacks and which
// it adds (compared folded, shown as written), by the longest common subsequence of words.
import { foldName } from './fold';

export interface WordDiff {
  missing: string[];
  added: string[];
}

function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/).map((w) => w.replace(/^[«"“(]+|[»"”),.;:]+$/g, '')).filter((w) => w !== '');
}

export function wordDiff(reference: string, other: string): WordDiff {
  const a = words(reference);
  const b = words(other);
  const fa = a.map(foldName);
  const fb = b.map(foldName);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = fa[i] === fb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const missing: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && fa[i] === fb[j]) { i++; j++; }
    else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) missing.push(a[i++]);
    else added.push(b[j++]);
  }
  return { missing, added };
}
