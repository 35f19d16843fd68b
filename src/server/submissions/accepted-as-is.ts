// What a zod schema makes of a value it accepts, found without zod's own walk when that is certain. Zod's
// parse of a pushed program copies the whole tree into new objects and arrays (with a payload and an issue
// list per value): a tenth of a push's check and a sixth of what it allocates. For the kinds of schema a
// program is made of (objects without catchall, arrays, strings, numbers, booleans, literals, enums,
// nullable, optional, and the checks on any of them: lengths, patterns, bounds, refinements; a check that
// changes the value, as trim does, answers NOT_SURE), what zod
// gives for a value it accepts is that value again, with each object's keys in the order of its shape and
// keys that are not in the shape left out. That is found here by one walk that allocates nothing when the
// value is already so: the same objects are given back; an object whose keys are in another order or that
// has keys the schema strips is given as a copy in zod's order. Anything else — a value zod refuses, a
// schema of another kind (defaults, transforms, records, unions…), a check that is asynchronous — answers
// NOT_SURE, and the caller asks zod, so that a refusal is always zod's own, word for word.
// The checks themselves are zod's (each check's own function is run), so a changed constraint in the
// domain's schemas changes this too. Meant for values from JSON.parse: plain objects and arrays, no holes.
import type { z } from 'zod';

/** The answer when zod's result is not certain (the caller parses with zod). */
export const NOT_SURE: unique symbol = Symbol('not sure');

export type AsIs = (value: unknown) => unknown;

/** The parts of zod's internals read here (zod v4: every schema and check keeps its definition in `_zod`). */
interface ZodCheckInternals {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown };
}
interface ZodInternals {
  _zod: {
    def: {
      type: string;
      coerce?: boolean;
      checks?: ZodCheckInternals[];
      innerType?: ZodInternals;
      element?: ZodInternals;
      shape?: Record<string, ZodInternals>;
      catchall?: unknown;
    };
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: string;
    optout?: string;
  };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** One payload for every check run here (checks are synchronous and keep nothing of it). */
const payload: Payload = { value: undefined, issues: [] };

/** Whether every check passes on `value`, as zod runs them (a check with `when` runs when it says so). */
function passes(checks: readonly ZodCheckInternals[], value: unknown): boolean {
  let ok = true;
  payload.value = value;
  for (let i = 0; i < checks.length && ok; i++) {
    const check = checks[i];
    const when = check._zod.def.when;
    if (when && !when(payload)) continue;
    const result = check._zod.check(payload);
    // A check may also change the value (zod's overwrite checks: trim, toLowerCase, normalize, overwrite):
    // then zod's result is not the value as it came.
    ok = payload.issues.length === 0 && !(result instanceof Promise) && payload.value === value;
  }
  // Setting an array's length is a call into the runtime: only when a check said something.
  if (payload.issues.length > 0) payload.issues.length = 0;
  payload.value = undefined;
  return ok;
}

function withChecks(base: AsIs, checks: readonly ZodCheckInternals[]): AsIs {
  if (checks.length === 0) return base;
  return (value) => {
    const out = base(value);
    return out === NOT_SURE || !passes(checks, out) ? NOT_SURE : out;
  };
}

/** Set when a walk left out keys that are not in an object's shape (see keysLeftOut). */
let leftOut = false;

/**
 * Whether an AsIs walk since the last call left out keys that are not in an object's shape, so that its
 * result is not the value it was given save for the order of keys (cleared by the call).
 */
export function keysLeftOut(): boolean {
  const was = leftOut;
  leftOut = false;
  return was;
}

function keyCount(input: Record<string, unknown>): number {
  let keys = 0;
  for (const _key in input) keys++;
  return keys;
}

interface Field {
  key: string;
  asIs: AsIs;
  /** May be absent (optional in and out: an absent key stays absent). */
  optional: boolean;
}

/**
 * Whether `input`'s own keys are exactly the `present` fields, in the shape's order; when there are other keys
 * too, says so (keysLeftOut).
 */
function inShapeOrder(fields: readonly Field[], input: Record<string, unknown>, present: number): boolean {
  let at = 0;
  let inOrder = 0;
  let keys = 0;
  for (const key in input) {
    keys++;
    if (at < 0) continue;
    while (at < fields.length && fields[at].key !== key) at++;
    if (at === fields.length) at = -1;
    else {
      inOrder++;
      at++;
    }
  }
  if (inOrder === present && keys === present) return true;
  if (keys !== present) leftOut = true;
  return false;
}

function markLeftOut(): void {
  leftOut = true;
}

function genericObjectAsIs(fields: readonly Field[]): AsIs {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_SURE;
    const input = value as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    let present = 0;
    for (let i = 0; i < fields.length; i++) {
      const { key, asIs, optional } = fields[i];
      const item = input[key];
      // Present as zod sees it (`key in input`): JSON gives no undefined values, so only undefined asks.
      if (item === undefined && !(key in input)) {
        if (!optional) return NOT_SURE;
        continue;
      }
      present++;
      const result = asIs(item);
      if (result === NOT_SURE) return NOT_SURE;
      if (out === null && result !== item) {
        // A value given as a copy: this object is one too, with what came before as it was.
        out = {};
        for (let j = 0; j < i; j++) if (fields[j].key in input) out[fields[j].key] = input[fields[j].key];
      }
      if (out !== null) out[key] = result;
    }
    if (out !== null) {
      if (keyCount(input) !== present) leftOut = true;
      return out;
    }
    // The same keys in the shape's order, and no other: zod's result is this object itself.
    if (inShapeOrder(fields, input, present)) return input;
    const copy: Record<string, unknown> = {};
    for (const { key } of fields) if (key in input) copy[key] = input[key];
    return copy;
  };
}

/**
 * The same function as genericObjectAsIs, written for this shape: each field read and each copy written by
 * its own name. The generic one reads and writes every object of every shape through the same lines, whose
 * property accesses V8 can then only look up (megamorphic: a hash lookup and a map transition each time), and
 * a pushed program arrives with its keys in canonical order, so nearly every object of it is copied into
 * zod's: a tenth of a check worker's time per push went to it. Here each shape has its own code, whose
 * accesses V8 caches. Made from the schema's own keys (quoted by JSON.stringify), never from a request;
 * the generic one stands in where code cannot be made from text (node --disallow-code-generation-from-strings).
 */
function objectAsIs(fields: readonly Field[]): AsIs {
  const name = (i: number): string => JSON.stringify(fields[i].key);
  const lines = ['return function objectAsIs(input) {', 'if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;', 'let out = null;', 'let present = 0;'];
  for (let i = 0; i < fields.length; i++) {
    lines.push(`const v${i} = input[${name(i)}];`, `const h${i} = v${i} !== undefined || ${name(i)} in input;`);
    lines.push(`if (h${i}) {`, 'present++;', `const r = a${i}(v${i});`, 'if (r === NOT_SURE) return NOT_SURE;');
    const before = Array.from({ length: i }, (_, j) => `if (h${j}) out[${name(j)}] = v${j};`).join(' ');
    lines.push(`if (out === null && r !== v${i}) { out = {}; ${before} }`, `if (out !== null) out[${name(i)}] = r;`);
    lines.push(fields[i].optional ? '}' : '} else return NOT_SURE;');
  }
  lines.push('if (out !== null) { if (keyCount(input) !== present) markLeftOut(); return out; }', 'if (inShapeOrder(fields, input, present)) return input;', 'const copy = {};');
  for (let i = 0; i < fields.length; i++) lines.push(`if (h${i}) copy[${name(i)}] = v${i};`);
  lines.push('return copy;', '};');
  const parameters = ['NOT_SURE', 'keyCount', 'markLeftOut', 'inShapeOrder', 'fields', ...fields.map((_, i) => `a${i}`)];
  try {
    const make = new Function(...parameters, lines.join('\n')) as (...args: unknown[]) => AsIs;
    return make(NOT_SURE, keyCount, markLeftOut, inShapeOrder, fields, ...fields.map((f) => f.asIs));
  } catch {
    return genericObjectAsIs(fields);
  }
}

function arrayAsIs(element: AsIs): AsIs {
  return (value) => {
    if (!Array.isArray(value)) return NOT_SURE;
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const result = element(item);
      if (result === NOT_SURE) return NOT_SURE;
      if (out === null && result !== item) out = value.slice(0, i);
      if (out !== null) out.push(result);
    }
    return out ?? value;
  };
}

function compile(schema: ZodInternals, compiled: Map<ZodInternals, AsIs | null>): AsIs | null {
  if (compiled.has(schema)) return compiled.get(schema) ?? null;
  // A schema met again while being compiled (a recursive one): not supported.
  compiled.set(schema, null);
  const result = compileNew(schema, compiled);
  compiled.set(schema, result);
  return result;
}

function compileNew(schema: ZodInternals, compiled: Map<ZodInternals, AsIs | null>): AsIs | null {
  const zod = schema._zod;
  const { def } = zod;
  // A schema that is a check itself (string formats, custom) or coerces: left to zod.
  if (zod.traits.has('$ZodCheck') || def.coerce) return null;
  const checks = def.checks ?? [];
  if (!checks.every((c) => typeof c?._zod?.check === 'function')) return null;
  let base: AsIs | null = null;
  switch (def.type) {
    case 'string':
      base = (v) => (typeof v === 'string' ? v : NOT_SURE);
      break;
    case 'number':
      base = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NOT_SURE);
      break;
    case 'boolean':
      base = (v) => (typeof v === 'boolean' ? v : NOT_SURE);
      break;
    case 'literal':
    case 'enum': {
      const values = zod.values;
      if (!(values instanceof Set)) return null;
      base = (v) => (values.has(v) ? v : NOT_SURE);
      break;
    }
    case 'nullable': {
      const inner = def.innerType && compile(def.innerType, compiled);
      if (!inner) return null;
      base = (v) => (v === null ? v : inner(v));
      break;
    }
    case 'optional': {
      // An inner default substitutes for undefined: left to zod.
      if (!def.innerType || def.innerType._zod.optin === 'defaulted') return null;
      const inner = compile(def.innerType, compiled);
      if (!inner) return null;
      base = (v) => (v === undefined ? v : inner(v));
      break;
    }
    case 'array': {
      const element = def.element && compile(def.element, compiled);
      if (!element) return null;
      base = arrayAsIs(element);
      break;
    }
    case 'object': {
      const shape = def.shape;
      if (!shape || def.catchall !== undefined || Object.getOwnPropertySymbols(shape).length > 0) return null;
      const fields: Field[] = [];
      for (const key of Object.keys(shape)) {
        if (key === '__proto__') return null;
        const field = shape[key];
        const { optin, optout } = field._zod;
        if (optin !== undefined && !(optin === 'optional' && optout === 'optional')) return null;
        const asIs = compile(field, compiled);
        if (!asIs) return null;
        fields.push({ key, asIs, optional: optin !== undefined });
      }
      base = objectAsIs(fields);
      break;
    }
    default:
      return null;
  }
  return withChecks(base, checks);
}

/**
 * `(value) => what schema.parse(value) gives, or NOT_SURE`, for a schema made of the kinds above; null when
 * the schema has another kind anywhere (then zod must be asked every time).
 */
export function acceptedAsIs(schema: z.ZodType): AsIs | null {
  return compile(schema as unknown as ZodInternals, new Map());
}
