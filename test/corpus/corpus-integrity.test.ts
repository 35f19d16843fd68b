// The corpus checks itself, without sverka: each pasted layout holds exactly the words of the verbatim text,
// in the same order (nothing retyped, nothing added), and the defects each fragment declares are exactly the
// mismatches its printed amounts give when added up exactly.
import { mismatches, sameAmount } from './arithmetic';
import { CORPUS } from './corpus';
import { datesIn } from './dates';
import { checkMerges, layoutWords, wordsOf } from './paste-workbook';
import { UNDATED } from './undated';

describe('the corpus of published fragments', () => {
  it('holds at least 25 fragments from at least 15 named municipalities and regions', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    const named = new Set(CORPUS.map((f) => f.source.place).filter((p) => !/not named/.test(p)));
    expect(named.size).toBeGreaterThanOrEqual(15);
    expect(new Set([...CORPUS, ...UNDATED].map((f) => f.id)).size).toBe(CORPUS.length + UNDATED.length);
  });

  describe.each(CORPUS.map((f) => [f.id, f] as const))('%s', (_id, fragment) => {
    it('has its document\'s date, with the words that give it and the page they are on', () => {
      const { date, dateSeen } = fragment.source;
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      if (!dateSeen) throw new Error(`${fragment.id}: the date is not said where it was seen`);
      expect(dateSeen.url).toMatch(/^https?:\/\/\S+$/);
      expect(datesIn(dateSeen.words)).toContain(date);
      // A date seen on the fragment's own page dates the act or the edition quoted; the program's act may be seen elsewhere.
      if (dateSeen.dates !== 'program') expect(dateSeen.url).toBe(fragment.source.url);
    });
  });

  it('keeps the undated fragments out of the corpus', () => {
    for (const f of UNDATED) expect({ id: f.id, date: f.source.date }).toEqual({ id: f.id, date: null });
  });

  describe.each([...CORPUS, ...UNDATED].map((f) => [f.id, f] as const))('%s', (_id, fragment) => {
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
