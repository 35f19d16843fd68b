// Canonical JSON: object keys sorted, no spaces. The store keeps a version's payload in this form
// and its SHA-256 is taken over exactly these characters, so anyone can recompute it.

interface KeyOrder {
  key: string;
  /** `"key":` as written. */
  prefix: string;
}

/**
 * The sorted keys of each key sequence seen, with their `"key":` prefixes: programs repeat a few shapes
 * many times. Found by the sequence's first key, then compared key by key (no text is made to look one up).
 */
const SHAPES = new Map<string, { keys: readonly string[]; order: KeyOrder[] }[]>();
/** At most this many sequences kept in all, and this many per first key (a lookup compares no more). */
const SHAPES_MAX = 10_000;
const SHAPES_PER_KEY = 32;
let shapesKept = 0;

function sortedOrder(keys: readonly string[]): KeyOrder[] {
  return [...keys].sort().map((key) => ({ key, prefix: `${JSON.stringify(key)}:` }));
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function orderOf(keys: string[]): KeyOrder[] {
  const first = keys.length === 0 ? '' : keys[0];
  let shapes = SHAPES.get(first);
  if (shapes) for (const shape of shapes) if (sameKeys(shape.keys, keys)) return shape.order;
  const order = sortedOrder(keys);
  if (shapesKept >= SHAPES_MAX) {
    SHAPES.clear();
    shapesKept = 0;
    shapes = undefined;
  }
  if (!shapes) {
    shapes = [];
    SHAPES.set(first, shapes);
  }
  if (shapes.length < SHAPES_PER_KEY) {
    shapes.push({ keys, order });
    shapesKept++;
  }
  return order;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      out += item === undefined ? 'null' : canonicalJson(item);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const { key, prefix } of orderOf(Object.keys(record))) {
    const item = record[key];
    if (item === undefined) continue;
    out += first ? prefix : `,${prefix}`;
    out += canonicalJson(item);
    first = false;
  }
  return out + '}';
}

/**
 * canonicalJson({ basis, explanations, program }) from the program's canonical JSON already made; a
 * null basis is left out, so that a submission without one hashes as it did before bases existed.
 */
export function canonicalSubmission(programJson: string, explanations: Readonly<Record<string, string>>, basis: string | null = null): string {
  const head = basis === null ? '{' : `{"basis":${JSON.stringify(basis)},`;
  return `${head}"explanations":${canonicalJson(explanations)},"program":${programJson}}`;
}
