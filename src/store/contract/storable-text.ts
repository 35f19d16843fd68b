// U+0000 cannot be kept in a PostgreSQL text column and has no place in a program; the store refuses
// it anywhere in a body (400 invalid_request) rather than storing something other than what was sent.
import type { z } from 'zod';

function findNul(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function refuseNul(value: unknown, context: z.RefinementCtx): void {
  const path = findNul(value, []);
  if (path) context.addIssue({ code: 'custom', path, message: 'символ U+0000 недопустим' });
}
