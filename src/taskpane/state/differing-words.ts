// Two texts as runs of words, the words where they differ marked: what changes in a passport line
// (421 246,4 → 421 246,1), what a subprogram's name lacks. Common words at the start and at the end are
// plain, the middle between them marked, in both texts. Linear in the texts' length.

export interface TextRun {
  text: string;
  differs: boolean;
}

/**
 * Words with the spaces after them, so that joining the runs gives the text back exactly. An amount
 * written with its thousands apart ("421 246,4") is one word.
 */
function tokens(text: string): string[] {
  return text.match(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?[^\s\d]*\s*|\S+\s*|\s+/g) ?? [];
}

/** Compared without case, the spaces after a word and the punctuation around it. */
function folded(token: string): string {
  return token.trim().toLowerCase().replace(/^[«"“„(]+|[»"”),.;:]+$/g, '').replace(/ё/g, 'е');
}

export function differingWords(a: string, b: string): [TextRun[], TextRun[]] {
  const ta = tokens(a);
  const tb = tokens(b);
  let start = 0;
  while (start < ta.length && start < tb.length && folded(ta[start]) === folded(tb[start])) start++;
  let end = 0;
  while (end < ta.length - start && end < tb.length - start && folded(ta[ta.length - 1 - end]) === folded(tb[tb.length - 1 - end])) end++;
  return [runs(ta, start, ta.length - end), runs(tb, start, tb.length - end)];
}

function runs(list: readonly string[], from: number, to: number): TextRun[] {
  const out: TextRun[] = [];
  const push = (text: string, differs: boolean) => {
    if (text !== '') out.push({ text, differs });
  };
  push(list.slice(0, from).join(''), false);
  const middle = list.slice(from, to).join('');
  // The spaces after the last differing word are not part of the difference.
  const trimmed = middle.trimEnd();
  push(trimmed, true);
  push(middle.slice(trimmed.length) + list.slice(to).join(''), false);
  return out;
}
