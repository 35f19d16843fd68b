// Text the store can keep exactly as sent. U+0000 cannot be kept in a PostgreSQL text column and has no
// place in a program; a lone surrogate (half of a UTF-16 pair, "\ud800" in JSON) cannot be written as
// UTF-8 and would be stored as U+FFFD. Both are refused anywhere in a body (400 invalid_request) rather
// than answered as sent and stored as something else.
import type { z } from 'zod';

type Flaw = 'nul' | 'surrogate';

/** In Unicode mode a well-formed pair is one code point; only a lone half is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

function flawOf(text: string): Flaw | null {
  if (text.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(text) ? 'surrogate' : null;
}

function findFlaw(value: unknown, path: (string | number)[]): { path: (string | number)[]; flaw: Flaw } | null {
  if (typeof value === 'string') {
    const flaw = flawOf(value);
    return flaw ? { path, flaw } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findFlaw(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const flaw = flawOf(key);
      if (flaw) return { path: [...path, key], flaw };
      const found = findFlaw(item, [...path, key]);
      if (found) return found;
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
  const found = findFlaw(value, []);
  if (found) context.addIssue({ code: 'custom', path: found.path, message: MESSAGE[found.flaw] });
}

/** True when the text can be stored exactly (no U+0000, no lone surrogate). */
export function isStorableText(text: string): boolean {
  return flawOf(text) === null;
}
