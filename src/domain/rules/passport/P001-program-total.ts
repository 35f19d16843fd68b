import { passportComparison } from '../../passport-funding';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const passportProgramTotal = defineRule({
  meta: {
    id: 'P001',
    title: { ru: 'Общий объем в паспорте не равен «ИТОГО» Приложения 1', en: 'The passport total differs from the program total of Annex 1' },
    description: {
      ru: 'Сумма «Всего» в разделе паспорта «Источники финансирования» равна «Общему объему» строки «ИТОГО по муниципальной программе» Приложения 1 (в таблице без столбца «Всего» или с пустой ячейкой «Всего» этой строки — сумме её лет).',
      en: 'The passport\'s total funding equals the total of the program total row of Annex 1 (in a table without a total column, or with that row\'s total cell empty, the sum of its years).',
    },
    messages: {
      programTotal: {
        data: { expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: 'Паспорт, источники финансирования: всего {{actual}} {{unit}}, а в Приложении 1 «ИТОГО по муниципальной программе» {{expected}}',
        en: 'Passport, funding: total {{actual}} {{unit}}, the program total of Annex 1 says {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const passport = ctx.program.passport?.funding;
    const funding = ctx.program.funding;
    const stated = passport?.total;
    const total = funding?.total;
    if (!passport || stated === null || stated === undefined || !funding || !total) return;
    // Each form in its own unit: the annex's amount converted exactly to the passport's.
    const compare = passportComparison(passport, funding, ctx.config);
    const annex = paths.fundingTotalCell('total');
    ctx.sum({
      statement: 'passportFunding',
      path: paths.passportFundingTotal,
      place: { kind: 'passportFunding', column: 'total' },
      stated,
      // Without an amount in the ИТОГО's total (a table without a column of totals, or that cell left empty:
      // F-rules speak of the empty cell) the annex's ИТОГО is its years' sum, not nothing.
      addends:
        total.total !== null || total.years.length === 0
          ? [{ path: annex, amount: compare.annex(total.total) }]
          : funding.years.map((year, i) => ({ path: paths.fundingTotalCell(year), amount: compare.annex(total.years[i] ?? null) })),
      ...(compare.precision !== undefined ? { precision: compare.precision } : {}),
      report: (amounts) => ({ messageId: 'programTotal', path: paths.passportFundingTotal, data: { ...amounts, unit: compare.unit } }),
    });
  },
});
