// Canonical JSON: object keys sorted, no spaces. The store keeps a version's payload in this form
// and its SHA-256 is taken over exactly these characters, so anyone can recompute it.

/** The sorted keys of each key sequence seen, with their `"key":` prefixes: programs repeat a few shapes many times. */
const ORDERS = new Map<string, { key: string; prefix: string }[]>();
const ORDERS_MAX = 10_000;

function sortedOrder(keys: string[]): { key: string; prefix: string }[] {
  return [...keys].sort().map((key) => ({ key, prefix: `${JSON.stringify(key)}:` }));
}

function orderOf(keys: string[]): { key: string; prefix: string }[] {
  const signature = keys.join('\u0000');
  // A key holding U+0000 would make two key sequences look alike: those are not cached.
  let separators = 0;
  for (let i = signature.indexOf('\u0000'); i >= 0; i = signature.indexOf('\u0000', i + 1)) separators++;
  if (separators !== Math.max(0, keys.length - 1)) return sortedOrder(keys);
  let order = ORDERS.get(signature);
  if (!order) {
    order = sortedOrder(keys);
    if (ORDERS.size >= ORDERS_MAX) ORDERS.clear();
    ORDERS.set(signature, order);
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
