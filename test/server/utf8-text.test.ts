// readUtf8 (src/server/utf8-text.ts) gives what Buffer#toString('utf8') gives for any bytes: valid UTF-8
// through the quick conversion, anything else the usual way; and says whether the bytes were UTF-8.
import { readUtf8 } from '../../src/server/utf8-text';

const utf8Text = (bytes: Uint8Array): string => readUtf8(bytes).text;
import { correctedExample } from './store-fixture';

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Characters from every UTF-8 length: ASCII, Latin-1, Cyrillic, the BMP's top, astral (surrogate pairs). */
const ALPHABET = ['a', '"', '\\', '\n', '\u0000', 'é', 'ÿ', 'Ж', 'я', '№', '\u2028', '\ufeff', '\uffff', '€', '\u{1F3DB}', '\u{10FFFF}'];

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

function expectSame(bytes: Uint8Array): void {
  const read = readUtf8(bytes);
  expect(read.text).toBe(Buffer.from(bytes).toString('utf8'));
  // UTF-8 exactly when the text's own UTF-8 is these bytes.
  expect(read.utf8).toBe(Buffer.from(read.text, 'utf8').equals(Buffer.from(bytes)));
}

describe('readUtf8', () => {
  test('the worked example as the client sends it, and inside a larger buffer', () => {
    const text = JSON.stringify({ program: correctedExample() });
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.byteLength).toBeGreaterThan(1024);
    expect(utf8Text(bytes)).toBe(text);
    const wider = new Uint8Array(bytes.byteLength + 10);
    wider.set(bytes, 5);
    expect(utf8Text(wider.subarray(5, 5 + bytes.byteLength))).toBe(text);
  });

  test('valid UTF-8 of every length of character, short and long, with a byte order mark', () => {
    const next = random(1);
    for (let i = 0; i < 300; i++) {
      const text = (i % 7 === 0 ? '\ufeff' : '') + randomText(next, Math.floor(next() * 3000));
      const bytes = Buffer.from(text, 'utf8');
      expect(utf8Text(bytes)).toBe(text);
    }
  });

  test('Latin-1 only and ASCII only', () => {
    expectSame(Buffer.from('é'.repeat(2000), 'utf8'));
    expectSame(Buffer.from('ascii '.repeat(500), 'utf8'));
  });

  test('bytes that are not UTF-8 read as toString reads them (U+FFFD for each bad sequence)', () => {
    const next = random(2);
    const bad = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xf0, 0x9f, 0x8f]];
    for (let i = 0; i < 300; i++) {
      const good = Buffer.from(randomText(next, 200 + Math.floor(next() * 2000)), 'utf8');
      const at = Math.floor(next() * good.byteLength);
      const insert = bad[i % bad.length];
      expectSame(Buffer.concat([good.subarray(0, at), Buffer.from(insert), good.subarray(at)]));
    }
    // Random bytes, mostly not UTF-8.
    for (let i = 0; i < 100; i++) expectSame(Uint8Array.from({ length: 2000 }, () => Math.floor(next() * 256)));
  });

  test('empty and short', () => {
    expectSame(new Uint8Array(0));
    expectSame(Buffer.from('Ж', 'utf8'));
  });
});
