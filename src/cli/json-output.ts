// A JSON document written as `JSON.stringify(value, null, 2) + '\n'` writes it — byte for byte — but in pieces of
// about WRITE_CHARS characters: the arrays of the top-level object (a report's findings: 1 102 of them and 1.4 MB of
// JSON for the worked example ×100) are stringified element by element. The whole text is then never one string:
// not the 2.8 MB string (two bytes a character, for Cyrillic) JSON.stringify would make, nor its copy with the
// newline, nor the UTF-8 buffer of all of it the write would make — fresh memory the process would otherwise touch
// page by page once, at the end of a run (on the machine of the README's figures a first touch of a page costs
// ≈ 10 µs: ≈ 500 pages for that report).

/** About how many characters are written at once. */
const WRITE_CHARS = 1 << 15;

/**
 * Writes `JSON.stringify(value, null, 2) + '\n'` through `write`, in pieces. `value` is what JSON.stringify takes;
 * the top level of an object is written here, each of its values by JSON.stringify (an array's elements one by one).
 */
export function writeJsonDocument(value: unknown, write: (text: string) => void): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const out = new Pieces(write);
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // What JSON.stringify leaves out of an object: undefined, functions, symbols.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.add(first ? '{\n  ' : ',\n  ');
    first = false;
    out.add(JSON.stringify(key));
    out.add(': ');
    if (Array.isArray(item) && item.length > 0 && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      out.add('[');
      for (let i = 0; i < item.length; i++) {
        out.add(i === 0 ? '\n    ' : ',\n    ');
        // In an array, what JSON.stringify cannot write is written as null.
        const text = JSON.stringify(item[i], null, 2) as string | undefined;
        out.add(text === undefined ? 'null' : indented(text, '    '));
      }
      out.add('\n  ]');
    } else {
      out.add(indented(JSON.stringify(item, null, 2), '  '));
    }
  }
  out.add(first ? '{}\n' : '\n}\n');
  out.flush();
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
