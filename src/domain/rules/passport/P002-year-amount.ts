import { formatScaledRu } from '../../amount';
import { scaledAmount } from '../../funding-rows';
import { yearSpanLabel } from '../../model/year-span';
import { annexYearIndex } from '../../passport-funding';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const passportYearAmount = defineRule({
  meta: {
    id: 'P002',
    title: { ru: 'Сумма года в паспорте не равна Приложению 1', en: 'A passport year amount differs from Приложение 1' },
    description: {
      ru: 'Сумма каждого года в паспорте («2020 год – 99 822,7 тыс. руб.») равна столбцу этого года в строке «ИТОГО» Приложения 1.',
      en: 'Each year amount of the passport equals that year\'s column of the ИТОГО row of Приложение 1.',
    },
    messages: {
      yearAmount: {
        ru: 'Паспорт, источники финансирования, {{year}}: {{actual}} тыс. руб., а в Приложении 1 «ИТОГО по муниципальной программе» {{expected}}',
        en: 'Passport, funding, {{yearEn}}: {{actual}} thousand rubles, Приложение 1 ИТОГО says {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const passportFunding = ctx.program.passport?.funding;
    const funding = ctx.program.funding;
    if (!passportFunding || !funding?.total) return;
    const { precision } = ctx.config;
    for (const y of passportFunding.years) {
      const i = annexYearIndex(funding, y.year);
      if (i === null) continue; // a year outside the annex's columns is P005's
      const a = scaledAmount(y.amount, precision);
      const e = scaledAmount(funding.total.years[i], precision);
      if (a === e) continue;
      const expected = formatScaledRu(e, precision);
      const actual = formatScaledRu(a, precision);
      const year = yearSpanLabel(y.year);
      ctx.report({ messageId: 'yearAmount', path: paths.passportFundingYear(y.year), data: { year, yearEn: year.replace(/ год(ы)?$/, ''), expected, actual }, expected, actual });
    }
  },
});
