import { paths, type Path } from '../../paths';
import type { TableName } from '../../messages/message-data';
import { parseSubprogramTitle } from '../../subprogram-title';
import { foldName } from '../../text/fold';
import { wordDiff, type WordDiff } from '../../text/word-diff';
import { defineRule } from '../define-rule';

interface NamedSubprogram {
  number: number;
  name: string;
  path: Path;
  table: TableName;
}

function named(titles: readonly string[], path: (i: number) => Path, table: TableName): NamedSubprogram[] {
  return titles.map((title, i) => {
    const parsed = parseSubprogramTitle(title);
    return { number: parsed.number ?? i + 1, name: parsed.name, path: path(i), table };
  });
}

/** Where the reference name is. */
const REFERENCE = {
  ru: { passport: 'паспорте', funding: 'Приложении 1', annexes: 'Приложениях 1 и 2' },
  en: { passport: 'the passport', funding: 'Annex 1', annexes: 'Annexes 1 and 2' },
} as const;

/** The reference name and this one, the differing words marked. */
const NAMES = {
  expected: { ru: 'В {{reference}}', en: 'In {{reference}}' },
  actual: { ru: '{{subprogram}}', en: '{{subprogram}}' },
  markWords: true,
} as const;

export const subprogramNames = defineRule({
  meta: {
    id: 'P004',
    title: { ru: 'Наименование подпрограммы различается', en: 'A subprogram\'s name differs' },
    description: {
      ru: 'Наименование подпрограммы одинаково в паспорте, Приложении 1 и Приложении 2 (без учёта регистра, пробелов и кавычек); подпрограммы сопоставляются по номеру, сообщение показывает, каких слов не хватает или какие лишние. Образец — паспорт; если же оба приложения называют подпрограмму одинаково, а паспорт иначе, сообщение одно — у паспорта.',
      en: 'A subprogram has the same name in the passport, Annex 1 and Annex 2 (case, spaces and quotes folded); matched by number, the message shows the missing or added words. The passport is the reference; when both annexes agree and the passport differs, one finding at the passport.',
    },
    messages: {
      wordsMissing: {
        data: { subprogram: 'place', missing: 'text', reference: REFERENCE, expected: 'text', actual: 'text' },
        ru: '{{subprogram}}: в наименовании нет слов «{{missing}}», которые есть в {{reference}}',
        en: '{{subprogram}}: the name lacks the words "{{missing}}" found in {{reference}}',
        values: NAMES,
      },
      wordsAdded: {
        data: { subprogram: 'place', added: 'text', reference: REFERENCE, expected: 'text', actual: 'text' },
        ru: '{{subprogram}}: в наименовании лишние слова «{{added}}», которых нет в {{reference}}',
        en: '{{subprogram}}: the name has the words "{{added}}" not found in {{reference}}',
        values: NAMES,
      },
      wordsDiffer: {
        data: { subprogram: 'place', missing: 'text', added: 'text', reference: REFERENCE, expected: 'text', actual: 'text' },
        ru: '{{subprogram}}: наименование отличается от указанного в {{reference}}: нет слов «{{missing}}», лишние «{{added}}»',
        en: '{{subprogram}}: the name differs from {{reference}}: lacks "{{missing}}", adds "{{added}}"',
        values: NAMES,
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { passport, funding, indicators } = ctx.program;
    const lists: NamedSubprogram[][] = [];
    if (passport && passport.subprograms.length > 0) lists.push(named(passport.subprograms, paths.passportSubprogram, 'passport'));
    if (funding) lists.push(named(funding.subprograms.map((s) => s.title), paths.fundingSubprogram, 'funding'));
    if (indicators) lists.push(named(indicators.subprograms.map((s) => s.title), paths.indicatorSubprogram, 'indicators'));
    if (lists.length < 2) return;
    const [reference, ...others] = lists;
    const referencePlace = reference[0]?.table === 'passport' ? 'passport' : 'funding';
    // Each pair of names diffed once: the annexes repeat a name's wording across their subprograms and tables,
    // and a diff folds and numbers every word of both names (by the hundred at 100×, where it was P004's cost).
    const diffs = new Map<string, Map<string, WordDiff>>();
    const diffOf = (reference: string, name: string): WordDiff => {
      let byName = diffs.get(reference);
      if (byName === undefined) diffs.set(reference, (byName = new Map()));
      let diff = byName.get(name);
      if (diff === undefined) byName.set(name, (diff = wordDiff(reference, name)));
      return diff;
    };
    const report = (sub: NamedSubprogram, ref: NamedSubprogram, place: keyof typeof REFERENCE.ru): void => {
      const diff = diffOf(ref.name, sub.name);
      const missing = diff.missing.join(' ');
      const added = diff.added.join(' ');
      if (!missing && !added) return; // only punctuation differs
      const subprogram = { kind: 'subprogram', table: sub.table, sub: sub.number } as const;
      const common = { subprogram, reference: place, expected: ref.name, actual: sub.name };
      if (missing && added) ctx.report({ messageId: 'wordsDiffer', path: sub.path, data: { ...common, missing, added } });
      else if (missing) ctx.report({ messageId: 'wordsMissing', path: sub.path, data: { ...common, missing } });
      else ctx.report({ messageId: 'wordsAdded', path: sub.path, data: { ...common, added } });
    };
    const same = (a: NamedSubprogram, b: NamedSubprogram): boolean => foldName(a.name) === foldName(b.name);
    /** Subprograms where the passport is the odd one out: both annexes name it alike, the passport otherwise. */
    const passportOdd = new Set<number>();
    // Each list by number (the first subprogram of a number, as a search from the top finds it): linear in the subprograms.
    const byNumber = (list: readonly NamedSubprogram[]): Map<number, NamedSubprogram> => {
      const map = new Map<number, NamedSubprogram>();
      for (const sub of list) if (!map.has(sub.number)) map.set(sub.number, sub);
      return map;
    };
    const referenceByNumber = byNumber(reference);
    const othersByNumber = others.map(byNumber);
    if (reference[0]?.table === 'passport' && others.length === 2) {
      for (const sub of reference) {
        const [inFunding, inIndicators] = othersByNumber.map((list) => list.get(sub.number));
        if (!inFunding || !inIndicators || !same(inFunding, inIndicators) || same(sub, inFunding)) continue;
        passportOdd.add(sub.number);
        report(sub, inFunding, 'annexes');
      }
    }
    for (const other of others) {
      for (const sub of other) {
        const ref = referenceByNumber.get(sub.number);
        if (!ref || passportOdd.has(sub.number) || same(ref, sub)) continue;
        report(sub, ref, referencePlace);
      }
    }
  },
});
