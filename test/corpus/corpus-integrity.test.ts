// The corpus checks itself, without sverka: each pasted layout holds exactly the words of the verbatim text,
// in the same order (nothing retyped, nothing added), and the defects each fragment declares are exactly the
// mismatches its printed amounts give when added up exactly.
import { mismatches, sameAmount } from './arithmetic';
import { CORPUS } from './corpus';
import { checkMerges, layoutWords, wordsOf } from './paste-workbook';

describe('the corpus of published fragments', () => {
  it('holds at least 25 fragments from at least 15 named municipalities and regions', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    const named = new Set(CORPUS.map((f) => f.source.place).filter((p) => !/not named/.test(p)));
    expect(named.size).toBeGreaterThanOrEqual(15);
    expect(new Set(CORPUS.map((f) => f.id)).size).toBe(CORPUS.length);
  });

  describe.each(CORPUS.map((f) => [f.id, f] as const))('%s', (_id, fragment) => {
    it('is pasted word for word as published', () => {
      expect(layoutWords(fragment.sheets)).toEqual(wordsOf(fragment.verbatim));
    });

    it('has merges over empty cells only', () => {
      for (const sheet of fragment.sheets) expect(() => checkMerges(sheet)).not.toThrow();
    });

    it('declares every mismatch of its printed amounts, and no other', () => {
      const found = mismatches(fragment.read).map((m) => `${norm(m.stated)} ≠ ${norm(m.computed)}`).sort();
      const declared = [...fragment.defects, ...(fragment.cutEffects ?? [])].map((d) => `${norm(d.stated)} ≠ ${norm(d.computed)}`).sort();
      expect(found).toEqual(declared);
    });

    it('names the cells its defects point at', () => {
      const ids = new Set(
        fragment.sheets.flatMap((s) => s.rows.flatMap((r) => r.flatMap((c) => (c !== null && typeof c === 'object' && c.id ? [c.id] : [])))),
      );
      for (const d of [...fragment.defects, ...(fragment.cutEffects ?? []), ...(fragment.unattributed ?? [])]) expect(ids).toContain(d.cell);
      for (const d of fragment.defects) if (d.explainedBy) expect(fragment.defects.some((e) => e.cell === d.explainedBy && !e.explainedBy)).toBe(true);
    });
  });
});

/** "2 365 286,7" and "2365286,7" are the same amount: compare them in one written form. */
function norm(printed: string): string {
  const compact = printed.replace(/[\s\u00a0\u202f]/g, '');
  expect(sameAmount(compact, printed)).toBe(true);
  return compact;
}
