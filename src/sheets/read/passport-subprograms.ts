// "Перечень подпрограмм": each "Подпрограмма I «…»" as written, from a cell that may hold several of them
// (with "(далее - Подпрограмма I)." after each), or one per row.
import { quoted } from './title-block';

const START = /подпрограмм[аы]\s+(?:[IVXLCDMІХСМ]+|\d+)\.?\s*(?=[«"“])/gi;

export interface SubprogramMention {
  text: string;
  /** Where it starts in the given text. */
  at: number;
}

export function splitSubprograms(text: string): SubprogramMention[] {
  const out: SubprogramMention[] = [];
  let after = 0;
  for (const m of text.matchAll(START)) {
    if (m.index < after) continue;
    const q = quoted(text, m.index + m[0].length);
    const end = q ? q.end : text.length;
    out.push({ text: text.slice(m.index, end).trim(), at: m.index });
    after = end;
  }
  if (out.length === 0) {
    const plain = text.replace(/\s*\(далее[^)]*\)/gi, '').replace(/[.;,\s]+$/, '').trim();
    if (plain !== '') out.push({ text: plain, at: 0 });
  }
  return out;
}
