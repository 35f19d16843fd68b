// The CLI's bundle is rewritten in ASCII (scripts/ascii-bundle.cjs): every letter past ASCII escaped so that the
// code means what it meant — in comments, regular expressions, strings and String.raw templates — and the build
// stops rather than change a letter anywhere else.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as acorn from 'acorn';
import * as codec from '@jridgewell/sourcemap-codec';
import { transformSync } from 'esbuild';

interface SourceMap {
  sources: string[];
  mappings: string;
}
const { asciiBundle, asciiBundleWithMap } = createRequire(__filename)(join(__dirname, '..', '..', 'scripts', 'ascii-bundle.cjs')) as {
  asciiBundle: (source: string) => string;
  asciiBundleWithMap: (source: string, map: SourceMap, acorn: unknown, codec: unknown) => { code: string; map: SourceMap };
};

/** What the code gives, run as it was and as rewritten; and that the rewrite is ASCII. */
function both(code: string): [unknown, unknown] {
  const ascii = asciiBundle(code);
  expect(/[\u0080-\uffff]/.test(ascii)).toBe(false);
  return [runInNewContext(code), runInNewContext(ascii)];
}

describe('asciiBundle', () => {
  it('leaves an ASCII source as it is', () => {
    const code = 'const a = /x/g; // plain\n`t${a}`;';
    expect(asciiBundle(code)).toBe(code);
  });

  it('comments, regular expressions (classes, ranges, u and i flags, an escaped letter), strings and plain templates mean the same', () => {
    const code = `// Приложение — «тире»
      /* блок ✓ */
      const r1 = /^[−–—-]\\s*итого$/i;
      const r2 = /[а-яё]+/giu;
      const r3 = /\\ж/;
      const r4 = /😀+/u;
      const s = 'строка \\ж ' + "ещё";
      JSON.stringify([r1.test('— ИТОГО'), r1.test('+ итого'), 'Бюджет Ёлки'.match(r2), r3.test('ж'), r4.test('😀😀'), s, \`шаблон \${s}\`]);`;
    const [before, after] = both(code);
    expect(after).toBe(before);
  });

  it('String.raw templates keep their text, substitutions included (the passport reader builds its expressions so)', () => {
    const code = 'const w = "x"; const t = String.raw`(?:средств[аоы]?|денежн\\p{L}*)\\s+${w}—${`вложенный ${"ё"}`}`;' +
      'JSON.stringify([t, new RegExp(t, "iu").test("Денежных x—вложенный ё")]);';
    const [before, after] = both(code);
    expect(after).toBe(before);
    expect(JSON.parse(after as string)[1]).toBe(true);
  });

  it('stops at a letter it cannot escape safely: in another tagged template, after a backslash in String.raw, in a name', () => {
    expect(() => asciiBundle('const tag = (s) => s.raw[0]; tag`ж`;')).toThrow(/line 1: «ж» outside/);
    expect(() => asciiBundle('String.raw`\\ж`;')).toThrow(/after a backslash/);
    expect(() => asciiBundle('const\nимя = 1;')).toThrow(/line 2: «имя» outside/);
  });

  it('moves the source map\'s columns with the rewrite, so that a name after a letter on its line maps back to where it was', () => {
    const source = [
      'export function total(text: string, a: number): number {',
      '  if (/итого|всего/i.test(text) && /\\жб/.test(text)) return sumOf(a, `все ${text}`, String.raw`ё${text}ё`);',
      '  return sumOf(a, "x", "y"); /* конец */ const z = after(a);',
      '}',
      'function sumOf(a: number, b: string, c: string): number { return a + b.length + c.length; }',
      'function after(a: number): number { return a; }',
    ].join('\n');
    const built = transformSync(source, { loader: 'ts', sourcemap: 'external', sourcefile: 'total.ts' });
    const { code, map } = asciiBundleWithMap(built.code, JSON.parse(built.map) as SourceMap, acorn, codec);
    expect(/[\u0080-\uffff]/.test(code)).toBe(false);
    const generated = code.split('\n');
    const lines = codec.decode(map.mappings);
    const sourceLines = source.split('\n');
    // Every name that esbuild mapped stands at its mapped column in the ASCII code as in the TypeScript.
    const names = ['sumOf', 'after', 'String', 'text'];
    let checked = 0;
    lines.forEach((segments, line) => {
      for (const segment of segments) {
        if (segment.length < 4) continue;
        const [column, , sourceLine, sourceColumn] = segment as [number, number, number, number];
        const original = names.find((n) => sourceLines[sourceLine].startsWith(n, sourceColumn));
        if (original === undefined) continue;
        expect(generated[line].slice(column, column + original.length)).toBe(original);
        checked++;
      }
    });
    // sumOf twice, after, String, text (the calls after a letter on the same line).
    expect(checked).toBeGreaterThanOrEqual(5);
    // And the code means what it meant.
    const call = (js: string) => runInNewContext(js.replace(/^export /m, '') + '; total("Итого жб", 1)') as unknown;
    expect(call(code)).toBe(call(built.code));
  });
});
