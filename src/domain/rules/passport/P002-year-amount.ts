import { annexYearIndex, passportComparison } from '../../passport-funding';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const passportYearAmount = defineRule({
  meta: {
    id: 'P002',
    title: { ru: 'Сумма года в паспорте не равна Приложению 1', en: 'A passport year amount differs from Annex 1' },
    description: {
      ru: 'Сумма каждого года в паспорте («2020 год – 99 822,7 тыс. руб.») равна столбцу этого года в строке «ИТОГО» Приложения 1.',
      en: 'Each year amount of the passport equals that year\'s column of the program total row of Annex 1.',
    },
    messages: {
      yearAmount: {
        data: { year: 'year', expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: 'Паспорт, источники финансирования, {{year}}: {{actual}} {{unit}}, а в Приложении 1 «ИТОГО по муниципальной программе» {{expected}}',
        en: 'Passport, funding, {{year}}: {{actual}} {{unit}}, the program total of Annex 1 says {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const passportFunding = ctx.program.passport?.funding;
    const funding = ctx.program.funding;
    if (!passportFunding || !funding?.total) return;
    const compare = passportComparison(passportFunding, funding, ctx.config);
    for (const y of passportFunding.years) {
      const i = annexYearIndex(funding, y.year);
      if (i === null) continue; // a year outside the annex's columns is P005's
      const path = paths.passportFundingYear(y.year);
      ctx.sum({
        statement: 'passportFunding',
        path,
        place: { kind: 'passportFunding', column: y.year },
        stated: y.amount,
        addends: [{ path: paths.fundingTotalCell(funding.years[i]), amount: compare.annex(funding.total.years[i] ?? null) }],
        ...(compare.precision !== undefined ? { precision: compare.precision } : {}),
        report: (amounts) => ({ messageId: 'yearAmount', path, data: { year: y.year, ...amounts, unit: compare.unit } }),
      });
    }
  },
});
