// Request bodies as JSON, within a shape budget checked before anything else looks at them: nesting no
// deeper than MAX_DEPTH (scanned in the text before JSON.parse, which takes seconds on a body of a
// million "["), no array or object wider than MAX_WIDTH, and no more than MAX_NODES values in all
// (walked after parsing, before schema validation, whose cost grows with every wrong value). The
// largest program that fits the body limit (≈ 350 times the worked example) has depth 11, arrays of
// about 700 and 260 000 values. Past the budget: 400 invalid_request saying which limit.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiFailure } from './api-failure';

export const JSON_BUDGET = { depth: 64, width: 10_000, nodes: 300_000 } as const;

export function overBudget(ru: string, en: string, details: Record<string, unknown>): ApiFailure {
  return new ApiFailure('invalid_request', `Тело запроса не похоже на программу: ${ru}.`, `The request body is not a program's shape: ${en}.`, details);
}

/** The index of the quote that closes the string whose opening quote is at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    // Escaped when an odd number of backslashes comes before it (each run is counted once: linear).
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/**
 * Whether brackets in `text` (outside strings) nest deeper than `max`. Linear, no allocation; a string
 * is skipped by a search for its closing quote (most of a program's text is in strings). From `from` on,
 * at nesting `depth` there (a part before it known to be well formed and shallow enough).
 */
export function nestsDeeperThan(text: string, max: number, from = 0, depth = 0): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const close = closingQuote(text, i);
      if (close < 0) return false; // an unterminated string: JSON.parse refuses the text
      i = close;
    } else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** How many values each parsed body (object or array) holds: the validator treats large bodies with care. */
export const bodyValues = new WeakMap<object, number>();

/** The first container wider than the budget, or the node count past it; null when within. Iterative. */
export function budgetFailure(value: unknown): ApiFailure | null {
  const stack: unknown[] = [value];
  let nodes = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (++nodes > JSON_BUDGET.nodes) return overBudget(`больше ${JSON_BUDGET.nodes} значений`, `more than ${JSON_BUDGET.nodes} values`, { maxValues: JSON_BUDGET.nodes });
    if (v === null || typeof v !== 'object') continue;
    let width = 0;
    if (Array.isArray(v)) {
      width = v.length;
      if (width <= JSON_BUDGET.width) for (let i = 0; i < width; i++) stack.push(v[i]);
    } else {
      const record = v as Record<string, unknown>;
      // JSON.parse makes own properties only; stops pushing past the width.
      for (const key in record) if (++width <= JSON_BUDGET.width) stack.push(record[key]);
    }
    if (width > JSON_BUDGET.width) {
      const kind = Array.isArray(v) ? { ru: 'массив', en: 'array' } : { ru: 'объект', en: 'object' };
      return overBudget(`${kind.ru} из ${width} элементов, предел — ${JSON_BUDGET.width}`, `an ${kind.en} of ${width} items, the limit is ${JSON_BUDGET.width}`, { maxWidth: JSON_BUDGET.width });
    }
  }
  if (value !== null && typeof value === 'object') bodyValues.set(value, nodes);
  return null;
}

/** Replaces Fastify's JSON body parser by the same parser behind the budget. */
export function useBudgetedJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request: FastifyRequest, body: string | Buffer, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, JSON_BUDGET.depth)) {
      done(overBudget(`вложенность глубже ${JSON_BUDGET.depth} уровней`, `nested deeper than ${JSON_BUDGET.depth} levels`, { maxDepth: JSON_BUDGET.depth }), undefined);
      return;
    }
    parse(request, text, (error, value) => {
      if (error) return done(error, undefined);
      const failure = budgetFailure(value);
      if (failure) return done(failure, undefined);
      done(null, value);
    });
  });
}
