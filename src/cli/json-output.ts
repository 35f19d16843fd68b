// A JSON document written as `JSON.stringify(value, null, 2) + '\n'` writes it — byte for byte — but in pieces of
// about WRITE_CHARS characters: the arrays of the top-level object (a report's findings: 1 102 of them and 1.4 MB of
// JSON for the worked example ×100) are stringified element by element, or, when the caller makes their elements as
// they are written (`maps`), a run of elements at a time. The whole text is then never one string: not the 2.8 MB
// string (two bytes a character, for Cyrillic) JSON.stringify would make, nor its copy with the newline, nor the
// UTF-8 buffer of all of it the write would make — fresh memory the process would otherwise touch page by page once,
// at the end of a run (on the machine of the README's figures a first touch of a page costs ≈ 10 µs: ≈ 500 pages for
// that report).

/** About how many characters are written at once. */
const WRITE_CHARS = 1 << 15;

/**
 * Elements of a top-level array made as they are written: `(element, index, array) => what stands there in the
 * document`, as Array.prototype.map calls its function. What they make must be data: a run's elements are all made
 * before the run is stringified, and an element's toJSON is looked up before JSON.stringify looks it up again — an
 * accessor with side effects could tell the difference.
 */
export type ElementMaps = Readonly<Record<string, (element: unknown, index: number, array: readonly unknown[]) => unknown>>;

/**
 * Writes `JSON.stringify(value, null, 2) + '\n'` through `write`, in pieces. A plain object's top level is written
 * here, each of its members by JSON.stringify (an array's elements one by one); anything else is one JSON.stringify.
 * A value JSON.stringify throws on (a cycle, a BigInt) throws here too, but after the pieces before it were written.
 * `maps`: for top-level members that are arrays, what their elements become — the text is that of the value with
 * `value[key].map(maps[key])` there, the elements made a run at a time as they are written (and free to go after).
 */
export function writeJsonDocument(value: unknown, write: (text: string) => void, maps: ElementMaps = {}): void {
  const proto = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    if (Object.keys(maps).length > 0) throw new TypeError('writeJsonDocument: element maps apply to the arrays of a plain object only');
    write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  // Every map names an array of the value: checked before anything is written.
  for (const key of Object.keys(maps)) {
    if (!Array.isArray((value as Record<string, unknown>)[key])) throw new TypeError(`writeJsonDocument: the member "${key}" given a map is not an array`);
  }
  const out = new Pieces(write);
  let first = true;
  for (const key of Object.keys(value as object)) {
    let item = (value as Record<string, unknown>)[key];
    const map = Object.hasOwn(maps, key) ? maps[key] : undefined;
    if (Array.isArray(item) && item.length > 0 && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      out.add(first ? '{\n  ' : ',\n  ');
      first = false;
      out.add(`${JSON.stringify(key)}: [\n    `);
      if (map === undefined) writeEach(item, out);
      else writeRuns(key, item, out, map);
      out.add('\n  ]');
      continue;
    }
    // An empty array, or one with a toJSON method: JSON.stringify of it (mapped first, as the document has it).
    if (map !== undefined) item = (item as unknown[]).map(map);
    const text = member(key, item);
    if (text === undefined) continue;
    out.add(first ? '{\n  ' : ',\n  ');
    first = false;
    out.add(`${JSON.stringify(key)}: ${text}`);
  }
  out.add(first ? '{}\n' : '\n}\n');
  out.flush();
}

/**
 * The text JSON.stringify(…, null, 2) gives a member `key` of an object one level down (its toJSON called with `key`,
 * as JSON.stringify calls it), without the key; undefined when JSON.stringify leaves the member out.
 */
function member(key: string, item: unknown): string | undefined {
  const wrapped = JSON.stringify({ [key]: item }, null, 2);
  if (wrapped === '{}') return undefined;
  // "{\n  KEY: TEXT\n}": TEXT is indented as a member one level down already.
  return wrapped.slice(4 + JSON.stringify(key).length + 2, -2);
}

/** An array's elements one by one, each read once, in order, when it is written — as JSON.stringify reads them. */
function writeEach(item: readonly unknown[], out: Pieces): void {
  // The length read once, as JSON.stringify reads it: an element's toJSON or getter may change it.
  const length = item.length;
  for (let i = 0; i < length; i++) {
    if (i > 0) out.add(',\n    ');
    const text = member(String(i), item[i]);
    out.add(text === undefined ? 'null' : indented(text, '  '));
  }
}

/**
 * The elements of the top-level member `key`, an array, mapped, as JSON.stringify(…, null, 2) writes them there
 * (each at its indentation, separated by ",\n    "), stringified a run of elements at a time: one call for a run,
 * not one for each element (JSON.stringify makes its working buffers at each call: ≈ 15 KB a call, 16 MB of
 * short-lived memory for the 1 102 findings of the worked example ×100, thirteen young-generation collections). A
 * run is stringified as the member of an object of its own (`{ key: run }`), so that its elements come at the depth
 * they have in the document, and is cut out of that text. An element with a toJSON method is stringified alone:
 * JSON.stringify calls it with the element's index, which in a run would be its place in the run.
 */
function writeRuns(key: string, item: readonly unknown[], out: Pieces, map: (element: unknown, index: number, array: readonly unknown[]) => unknown): void {
  const head = `{\n  ${JSON.stringify(key)}: [\n    `;
  const tail = '\n  ]\n}';
  // The element at `i` as it stands in the document: mapped, each once (a hole stays a hole, as
  // Array.prototype.map leaves it; either is null in the text).
  const at = (i: number): unknown => (i in item ? map(item[i], i, item) : undefined);
  // The length read once, as Array.prototype.map reads it.
  const length = item.length;
  let run = RUN_START;
  let written = 0;
  let chars = 0;
  let i = 0;
  let element = at(0);
  while (i < length) {
    if (i > 0) out.add(',\n    ');
    if (hasToJSON(element)) {
      const text = member(String(i), element);
      out.add(text === undefined ? 'null' : indented(text, '  '));
      i += 1;
      if (i < length) element = at(i);
      continue;
    }
    const elements: unknown[] = [element];
    let end = i + 1;
    let following: unknown = NOT_MADE;
    while (end < length && end - i < run) {
      const next = at(end);
      if (hasToJSON(next)) {
        following = next;
        break;
      }
      elements.push(next);
      end++;
    }
    const text = JSON.stringify({ [key]: elements }, null, 2);
    out.add(text.slice(head.length, text.length - tail.length));
    written += end - i;
    chars += text.length - head.length - tail.length;
    // Runs of about WRITE_CHARS characters, by the length of the elements written so far.
    run = Math.max(1, Math.round((WRITE_CHARS * written) / Math.max(1, chars)));
    i = end;
    if (i < length) element = following !== NOT_MADE ? following : at(i);
  }
}

/** No element made yet for the next place. */
const NOT_MADE = Symbol('not made');

/** Elements stringified at once before their length is known. */
const RUN_START = 16;

/** Whether JSON.stringify would call a toJSON of the element (a primitive's too: BigInt.prototype.toJSON, say). */
function hasToJSON(element: unknown): boolean {
  return element !== null && element !== undefined && typeof (element as { toJSON?: unknown }).toJSON === 'function';
}

/** JSON text nested one level deeper: its line breaks (never inside its strings, which escape them) indented. */
function indented(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${by}`) : text;
}

/** Pieces gathered and written once they reach WRITE_CHARS characters. */
class Pieces {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly write: (text: string) => void) {}

  add(text: string): void {
    if (text.length >= WRITE_CHARS / 2) {
      // A run's text is written as it is, not copied into a join.
      this.flush();
      this.write(text);
      return;
    }
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= WRITE_CHARS) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }
}
