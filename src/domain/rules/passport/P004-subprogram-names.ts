import { paths, type Path } from '../../paths';
import { numberToRoman, parseSubprogramTitle } from '../../subprogram-title';
import { foldName } from '../../text/fold';
import { wordDiff } from '../../text/word-diff';
import { defineRule } from '../define-rule';

interface NamedSubprogram {
  number: number;
  name: string;
  path: Path;
  place: string;
}

function named(titles: readonly string[], path: (i: number) => Path, place: string): NamedSubprogram[] {
  return titles.map((title, i) => {
    const parsed = parseSubprogramTitle(title);
    return { number: parsed.number ?? i + 1, name: parsed.name, path: path(i), place };
  });
}

export const subprogramNames = defineRule({
  meta: {
    id: 'P004',
    title: { ru: 'Наименование подпрограммы различается', en: 'A subprogram\'s name differs' },
    description: {
      ru: 'Наименование подпрограммы одинаково в паспорте, Приложении 1 и Приложении 2 (без учёта регистра, пробелов и кавычек); подпрограммы сопоставляются по номеру, сообщение показывает, каких слов не хватает или какие лишние. Образец — паспорт; если же оба приложения называют подпрограмму одинаково, а паспорт иначе, сообщение одно — у паспорта.',
      en: 'A subprogram has the same name in the passport, Приложение 1 and Приложение 2 (case, spaces and quotes folded); matched by number, the message shows the missing or added words. The passport is the reference; when both annexes agree and the passport differs, one finding at the passport.',
    },
    messages: {
      wordsMissing: {
        ru: '{{place}}, Подпрограмма {{numeral}}: в наименовании нет слов «{{missing}}», которые есть в {{reference}}',
        en: '{{place}}, Subprogram {{numeral}}: the name lacks the words "{{missing}}" found in {{reference}}',
      },
      wordsAdded: {
        ru: '{{place}}, Подпрограмма {{numeral}}: в наименовании лишние слова «{{added}}», которых нет в {{reference}}',
        en: '{{place}}, Subprogram {{numeral}}: the name has the words "{{added}}" not found in {{reference}}',
      },
      wordsDiffer: {
        ru: '{{place}}, Подпрограмма {{numeral}}: наименование отличается от указанного в {{reference}}: нет слов «{{missing}}», лишние «{{added}}»',
        en: '{{place}}, Subprogram {{numeral}}: the name differs from {{reference}}: lacks "{{missing}}", adds "{{added}}"',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { passport, funding, indicators } = ctx.program;
    const lists: NamedSubprogram[][] = [];
    if (passport && passport.subprograms.length > 0) lists.push(named(passport.subprograms, paths.passportSubprogram, 'Паспорт'));
    if (funding) lists.push(named(funding.subprograms.map((s) => s.title), paths.fundingSubprogram, 'Приложение 1'));
    if (indicators) lists.push(named(indicators.subprograms.map((s) => s.title), paths.indicatorSubprogram, 'Приложение 2'));
    if (lists.length < 2) return;
    const [reference, ...others] = lists;
    const referencePlace = reference[0]?.place === 'Паспорт' ? 'паспорте' : 'Приложении 1';
    const report = (sub: NamedSubprogram, ref: NamedSubprogram, place: string): void => {
      const diff = wordDiff(ref.name, sub.name);
      const missing = diff.missing.join(' ');
      const added = diff.added.join(' ');
      if (!missing && !added) return; // only punctuation differs
      const messageId = missing && added ? 'wordsDiffer' : missing ? 'wordsMissing' : 'wordsAdded';
      ctx.report({
        messageId,
        path: sub.path,
        data: { place: sub.place, numeral: numberToRoman(sub.number), missing, added, reference: place },
        expected: ref.name,
        actual: sub.name,
      });
    };
    const same = (a: NamedSubprogram, b: NamedSubprogram): boolean => foldName(a.name) === foldName(b.name);
    /** Subprograms where the passport is the odd one out: both annexes name it alike, the passport otherwise. */
    const passportOdd = new Set<number>();
    if (reference[0]?.place === 'Паспорт' && others.length === 2) {
      for (const sub of reference) {
        const [inFunding, inIndicators] = others.map((list) => list.find((o) => o.number === sub.number));
        if (!inFunding || !inIndicators || !same(inFunding, inIndicators) || same(sub, inFunding)) continue;
        passportOdd.add(sub.number);
        report(sub, inFunding, 'Приложениях 1 и 2');
      }
    }
    for (const other of others) {
      for (const sub of other) {
        const ref = reference.find((r) => r.number === sub.number);
        if (!ref || passportOdd.has(sub.number) || same(ref, sub)) continue;
        report(sub, ref, referencePlace);
      }
    }
  },
});
