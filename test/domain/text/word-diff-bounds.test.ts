// The word diff is a shortest one (as many missing and added words as the longest common subsequence
// leaves), and its work is bounded: long titles fall back to comparing the words as multisets.
import fc from 'fast-check';
import { MAX_WORK, wordDiff } from '../../../src/domain/text/word-diff';

/** The textbook quadratic LCS length: the oracle for small inputs. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

const word = fc.constantFrom('развитие', 'цифровой', 'экономики', 'и', 'связи', 'муниципальных', 'услуг', 'качества');

test('the diff is minimal and consistent: what is missing is in the reference, what is added in the other', () => {
  fc.assert(
    fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (a, b) => {
      const diff = wordDiff(a.join(' '), b.join(' '));
      const common = lcsLength(a, b);
      expect(diff.missing.length).toBe(a.length - common);
      expect(diff.added.length).toBe(b.length - common);
      // Removing the missing words from the reference and the added from the other leaves the same words.
      const rest = (all: string[], out: string[]) => {
        const left = [...out];
        return all.filter((w) => {
          const i = left.indexOf(w);
          if (i < 0) return true;
          left.splice(i, 1);
          return false;
        });
      };
      expect(rest(a, diff.missing).sort()).toEqual(rest(b, diff.added).sort());
    }),
    { numRuns: 300 },
  );
});

test('two titles of 25 000 different words each: the multiset fallback, every word accounted for', () => {
  const a = Array.from({ length: 25_000 }, (_, i) => `слово${i}`);
  const b = Array.from({ length: 25_000 }, (_, i) => `иное${i}`);
  const diff = wordDiff(a.join(' '), b.join(' '));
  expect(diff.missing).toEqual(a);
  expect(diff.added).toEqual(b);
});

test('long titles that differ in a few words are still diffed exactly (within the work bound)', () => {
  const a = Array.from({ length: 25_000 }, (_, i) => `слово${i % 997}`);
  const b = [...a];
  b.splice(12_000, 1, 'вставка', 'другая');
  b.splice(300, 2);
  const diff = wordDiff(a.join(' '), b.join(' '));
  expect(diff.added).toEqual(['вставка', 'другая']);
  expect(diff.missing).toHaveLength(3);
  expect(MAX_WORK).toBeGreaterThan(0);
});
