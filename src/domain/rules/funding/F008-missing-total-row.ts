import { subprogramLabel } from '../../funding-rows';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const missingTotalRow = defineRule({
  meta: {
    id: 'F008',
    title: { ru: 'Нет итоговой строки', en: 'A total row is missing' },
    description: {
      ru: 'У каждой подпрограммы есть строка «Всего по подпрограмме», у таблицы — строка «ИТОГО по муниципальной программе».',
      en: 'Every subprogram has its "Всего по подпрограмме" row, and the table its "ИТОГО по муниципальной программе" row.',
    },
    messages: {
      subprogramTotalMissing: {
        ru: 'Приложение 1, {{subprogram}}: нет строки «Всего по подпрограмме»',
        en: 'Приложение 1, {{subprogramEn}}: the row "Всего по подпрограмме" is missing',
      },
      programTotalMissing: {
        ru: 'Приложение 1: нет строки «ИТОГО по муниципальной программе»',
        en: 'Приложение 1: the row "ИТОГО по муниципальной программе" is missing',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    funding.subprograms.forEach((sp, sub) => {
      if (sp.total) return;
      const label = subprogramLabel(sp.title, sub);
      ctx.report({ messageId: 'subprogramTotalMissing', path: paths.fundingSubprogram(sub), data: { subprogram: label.ru, subprogramEn: label.en } });
    });
    if (!funding.total) ctx.report({ messageId: 'programTotalMissing', path: paths.funding });
  },
});
