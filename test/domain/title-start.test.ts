// Subprogram and activity titles are parsed by matching their start and taking the rest as the name; before,
// the regex matched `(.*)$` after the start. Both give the same numeral, code and name on any text.
import fc from 'fast-check';
import { isActivityTitle, parseActivityTitle } from '../../src/domain/activity-code';
import { isSubprogramTitle, parseSubprogramTitle, romanToNumber } from '../../src/domain/subprogram-title';

const OLD_SUBPROGRAM = /^\s*подпрограмм[аы]\s+([IVXLCDMІХСМ]+|\d+)\b\.?\s*(.*)$/isu;
const OLD_ACTIVITY = /^\s*основное\s+мероприятие\s+([^\s.]+)\.?\s*(.*)$/isu;

/** The title as the whole-title regex read it (subprogram-title.ts before). */
function oldSubprogramTitle(text: string) {
  const stripQuotes = (x: string) => {
    const t = x.trim();
    const q = /^[«"“](.*)[»"”]\.?$/su.exec(t);
    return (q ? q[1] : t).trim();
  };
  const m = OLD_SUBPROGRAM.exec(text.replace(/\s+/g, ' '));
  if (!m) return { numeral: null, number: null, name: stripQuotes(text) };
  return { numeral: m[1], number: /^\d+$/.test(m[1]) ? Number(m[1]) : romanToNumber(m[1]), name: stripQuotes(m[2]) };
}

/** Texts made of the pieces titles are made of, and of anything else. */
const piece = fc.constantFrom(
  'Подпрограмма', 'подпрограммы', 'ПОДПРОГРАММА', 'Основное', 'мероприятие', 'МЕРОПРИЯТИЕ', 'основное', ' ', '  ', '\n', '\t', '\u00a0',
  'I', 'IV', 'XIV', 'І', 'Х', 'С', 'М', 'CD', '12', '0', '.', '..', '«', '»', '"', '“', '”', 'D2', 'Д6', 'Е4', '01', 'Архивы', 'a', '😀', '\ud800', 'ſ', 'K',
);
/** Texts that start as titles do. */
const titled = fc
  .tuple(fc.constantFrom('Подпрограмма ', ' подпрограммы\n', 'Основное мероприятие ', 'основное  мероприятие\t'), fc.constantFrom('IV', 'XIV.', 'D2.', 'Д6', '12', 'І', '', '01.'), fc.array(piece, { maxLength: 6 }))
  .map(([start, number, rest]) => start + number + rest.join(''));
const text = fc.oneof(titled, fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'grapheme-composite', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }));

describe('a title read by its start', () => {
  const matched = { subprogram: 0, activity: 0 };
  afterAll(() => {
    // The texts did hold titles.
    expect(matched.subprogram).toBeGreaterThan(150);
    expect(matched.activity).toBeGreaterThan(150);
  });

  it('gives the subprogram numeral and name the whole-title regex gave', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (OLD_SUBPROGRAM.test(t.replace(/\s+/g, ' '))) matched.subprogram++;
        expect(isSubprogramTitle(t)).toBe(OLD_SUBPROGRAM.test(t.replace(/\s+/g, ' ')));
        expect(parseSubprogramTitle(t)).toEqual(oldSubprogramTitle(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the activity code and name the whole-title regex gave', () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = OLD_ACTIVITY.exec(t.replace(/\s+/g, ' '));
        if (m) matched.activity++;
        expect(isActivityTitle(t)).toBe(m !== null);
        expect(parseActivityTitle(t)).toEqual(m ? { code: m[1], name: m[2].trim() } : { code: null, name: t.trim() });
      }),
      { numRuns: 5000 },
    );
  });
});
