import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const passportProgramTotal = defineRule({
  meta: {
    id: 'P001',
    title: { ru: 'Общий объем в паспорте не равен «ИТОГО» Приложения 1', en: 'The passport total differs from the program total of Annex 1' },
    description: {
      ru: 'Сумма «Всего» в разделе паспорта «Источники финансирования» равна «Общему объему» строки «ИТОГО по муниципальной программе» Приложения 1.',
      en: 'The passport\'s total funding equals the total of the program total row of Annex 1.',
    },
    messages: {
      programTotal: {
        data: { expected: 'decimal', actual: 'decimal' },
        ru: 'Паспорт, источники финансирования: всего {{actual}} тыс. руб., а в Приложении 1 «ИТОГО по муниципальной программе» {{expected}}',
        en: 'Passport, funding: total {{actual}} thousand rubles, the program total of Annex 1 says {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const stated = ctx.program.passport?.funding?.total;
    const total = ctx.program.funding?.total;
    if (stated === null || stated === undefined || !total) return;
    const annex = paths.fundingTotalCell('total');
    ctx.sum({
      statement: 'passportFunding',
      path: paths.passportFundingTotal,
      place: { kind: 'passportFunding', column: 'total' },
      stated,
      addends: [{ path: annex, amount: total.total }],
      report: (amounts) => ({ messageId: 'programTotal', path: paths.passportFundingTotal, data: amounts }),
    });
  },
});
