// singleSpaced is `text.replace(/\s+/g, ' ')`, only without copying a text it leaves as it is.
import fc from 'fast-check';
import { singleSpaced } from '../../../src/domain/text/fold';

describe('a text single-spaced', () => {
  it('is the text with every run of whitespace replaced by one space', () => {
    const piece = fc.constantFrom('a', 'Б', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u202f', '\u2009', '\ufeff', '\u2028', '.', '');
    const text = fc.oneof(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(fc.property(text, (t) => expect(singleSpaced(t)).toBe(t.replace(/\s+/g, ' '))), { numRuns: 5000 });
  });
});
