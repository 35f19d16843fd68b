// Text the store can keep exactly as sent. U+0000 cannot be kept in a PostgreSQL text column and has no
// place in a program; a lone surrogate (half of a UTF-16 pair, "\ud800" in JSON) cannot be written as
// UTF-8 and would be stored as U+FFFD. Both are refused anywhere in a body (400 invalid_request) rather
// than answered as sent and stored as something else.
import type { z } from 'zod';

type Flaw = 'nul' | 'surrogate';

/** In Unicode mode a well-formed pair is one code point; only a lone half is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/** String.prototype.isWellFormed (ES2024: Node 20, current browsers) is the same test done natively. */
const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

function hasLoneSurrogate(text: string): boolean {
  return nativeWellFormed ? !nativeWellFormed.call(text) : LONE_SURROGATE.test(text);
}

function flawOf(text: string): Flaw | null {
  if (text.includes('\u0000')) return 'nul';
  return hasLoneSurrogate(text) ? 'surrogate' : null;
}

/** The first flaw in `value`, its path kept in `path` (pushed and popped on the way: no copy per value). */
function findFlaw(value: unknown, path: (string | number)[]): Flaw | null {
  if (typeof value === 'string') return flawOf(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const flaw = findFlaw(value[i], path);
      if (flaw) return flaw;
      path.pop();
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      path.push(key);
      const flaw = flawOf(key) ?? findFlaw(record[key], path);
      if (flaw) return flaw;
      path.pop();
    }
  }
  return null;
}

const MESSAGE: Record<Flaw, string> = {
  nul: 'символ U+0000 недопустим',
  surrogate: 'непарный суррогат UTF-16 (испорченный символ) недопустим',
};

/** A zod refinement: the first string (or key) that cannot be stored as sent is an issue at its path. */
export function refuseUnstorableText(value: unknown, context: z.RefinementCtx): void {
  const path: (string | number)[] = [];
  const flaw = findFlaw(value, path);
  if (flaw) context.addIssue({ code: 'custom', path, message: MESSAGE[flaw] });
}

/** True when the text can be stored exactly (no U+0000, no lone surrogate). */
export function isStorableText(text: string): boolean {
  return flawOf(text) === null;
}
