import { paths } from '../../paths';
import { parseSubprogramTitle } from '../../subprogram-title';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

/** The number of a subprogram of Приложение 2: its title's numeral, else its "1." cell, else its position. */
function indicatorSubprogramNumber(title: string, number: string, index: number): number {
  const fromTitle = parseSubprogramTitle(title).number;
  if (fromTitle !== null) return fromTitle;
  const m = /^(\d+)\.?$/.exec(collapseSpaces(number));
  return m ? Number(m[1]) : index + 1;
}

export const subprogramMismatch = defineRule({
  meta: {
    id: 'I011',
    title: { ru: 'Подпрограммы Приложений 1 и 2 не совпадают', en: 'The subprograms of Annexes 1 and 2 differ' },
    description: {
      ru: 'Каждая подпрограмма Приложения 2 есть в Приложении 1 и наоборот (сопоставляются по номеру: «1.» / «Подпрограмма I»).',
      en: 'Every subprogram of Annex 2 is in Annex 1 and the reverse (matched by number).',
    },
    messages: {
      missingInFunding: {
        data: { numeral: 'numeral', name: 'text' },
        ru: 'Приложение 2: подпрограммы {{numeral}} «{{name}}» нет в Приложении 1',
        en: 'Annex 2: subprogram {{numeral}} "{{name}}" is not in Annex 1',
      },
      missingInIndicators: {
        data: { numeral: 'numeral', name: 'text' },
        ru: 'Приложение 1: подпрограммы {{numeral}} «{{name}}» нет в Приложении 2',
        en: 'Annex 1: subprogram {{numeral}} "{{name}}" is not in Annex 2',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding, indicators } = ctx.program;
    if (!funding || !indicators) return;
    const inFunding = funding.subprograms.map((s, i) => parseSubprogramTitle(s.title).number ?? i + 1);
    const inIndicators = indicators.subprograms.map((s, i) => indicatorSubprogramNumber(s.title, s.number, i));
    // Sets: a program of thousands of subprograms is matched in linear time.
    const fundingNumbers = new Set(inFunding);
    const indicatorNumbers = new Set(inIndicators);
    indicators.subprograms.forEach((s, i) => {
      if (fundingNumbers.has(inIndicators[i])) return;
      ctx.report({ messageId: 'missingInFunding', path: paths.indicatorSubprogram(i), data: { numeral: inIndicators[i], name: parseSubprogramTitle(s.title).name } });
    });
    funding.subprograms.forEach((s, i) => {
      if (indicatorNumbers.has(inFunding[i])) return;
      ctx.report({ messageId: 'missingInIndicators', path: paths.fundingSubprogram(i), data: { numeral: inFunding[i], name: parseSubprogramTitle(s.title).name } });
    });
  },
});
