// A part is decoded in slices of 32 KB (SLICE) that end before a character starts: the text is the text of the whole
// part decoded at once, wherever a slice ends (inside a two-, three- or four-byte character, inside a run of
// bad bytes), a byte-order mark dropped at the start only.
import { parseXml, SLICE } from '../../../src/sheets/xlsx/xml-events';

function textOf(bytes: Uint8Array): string {
  let text = '';
  parseXml('test.xml', bytes, { open() {}, close() {}, text: (t) => void (text += t) });
  return text;
}


function part(before: number, middle: number[]): Uint8Array {
  const head = new TextEncoder().encode('<t>');
  const tail = new TextEncoder().encode('</t>');
  const rest = new TextEncoder().encode('ж'.repeat(32));
  const bytes = new Uint8Array(head.length + before + middle.length + rest.length + tail.length);
  bytes.set(head, 0);
  bytes.fill(0x61, head.length, head.length + before);
  bytes.set(middle, head.length + before);
  bytes.set(rest, head.length + before + middle.length);
  bytes.set(tail, bytes.length - tail.length);
  return bytes;
}

describe('parseXml decodes a part in slices', () => {
  const whole = (bytes: Uint8Array) => {
    const decoded = new TextDecoder().decode(bytes);
    return decoded.slice(3, decoded.length - 4);
  };
  const middles: Record<string, number[]> = {
    'two-byte': [...new TextEncoder().encode('жжж')],
    'three-byte': [...new TextEncoder().encode('€€€')],
    'four-byte': [...new TextEncoder().encode('😀😀😀')],
    'bad bytes': [0xe2, 0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0xf0, 0x9f, 0x98, 0xff, 0xc3, 0x41, 0xbf, 0xbf],
    'a lead byte cut short': [0xf0, 0x9f, 0x41, 0xe2, 0x41],
  };
  for (const [name, middle] of Object.entries(middles)) {
    it(`gives the whole part's text with ${name} characters at every place of a slice's end`, () => {
      for (let shift = 0; shift <= middle.length + 1; shift++) {
        const bytes = part(SLICE - 3 - shift, middle);
        expect(textOf(bytes)).toBe(whole(bytes));
      }
    });
  }

  it('drops a byte-order mark at the start of the part, and keeps one that starts a later slice', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const bytes = new Uint8Array([...bom, ...part(SLICE - 6, bom)]);
    expect(textOf(bytes)).toBe('a'.repeat(SLICE - 6) + '\ufeff' + 'ж'.repeat(32));
  });

  it('cuts a part of many slices (a sheet of 1 MB) into the text of the whole, a character astride every slice end', () => {
    // 1 + 2 + 3 + 4 bytes of text in 7 bytes of tags: 17 bytes, prime to the slice, so slices end at every offset in it.
    const piece = new TextEncoder().encode('<c>aж€😀</c>');
    expect(piece.length).toBe(17);
    const count = Math.ceil((1 << 20) / piece.length);
    const bytes = new Uint8Array(3 + count * piece.length + 4);
    bytes.set(new TextEncoder().encode('<t>'), 0);
    for (let i = 0; i < count; i++) bytes.set(piece, 3 + i * piece.length);
    bytes.set(new TextEncoder().encode('</t>'), bytes.length - 4);
    expect(bytes.length).toBeGreaterThan(30 * SLICE);
    let text = '';
    parseXml('test.xml', bytes, { open() {}, close() {}, text: (t) => void (text += t) });
    expect(text).toBe('aж€😀'.repeat(count));
  });
});
