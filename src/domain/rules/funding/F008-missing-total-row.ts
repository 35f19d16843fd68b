import { subprogramNumber } from '../../funding-rows';
import { paths } from '../../paths';
import { defineRule } from '../define-rule';

export const missingTotalRow = defineRule({
  meta: {
    id: 'F008',
    title: { ru: 'Нет итоговой строки', en: 'A total row is missing' },
    description: {
      ru: 'У каждой подпрограммы есть строка «Всего по подпрограмме», у таблицы — строка «ИТОГО по муниципальной программе». Правило проверяет ту структуру, что прочитана: таблица из строк источников без подпрограмм, где итог указан только по источникам (строки «Федеральный бюджет», «Областной бюджет» и ни одной итоговой, или они под строкой «Всего» без сумм), итоговой строки не теряет — у неё её нет; у таблицы с подпрограммами строка ИТОГО обязательна.',
      en: 'Every subprogram has its total row ("Всего по подпрограмме"), and the table its program total row ("ИТОГО по муниципальной программе"). The rule checks the structure that was read: a table of source rows without subprograms whose total is stated by source only (rows "Федеральный бюджет", "Областной бюджет" and no total row, or such rows under a bare "Всего") misses no total row — it has none; a table with subprograms must have its ИТОГО.',
    },
    messages: {
      subprogramTotalMissing: {
        data: { subprogram: 'place' },
        ru: '{{subprogram}}: нет строки «Всего по подпрограмме»',
        en: '{{subprogram}}: the subprogram total row ("Всего по подпрограмме") is missing',
      },
      programTotalMissing: {
        data: {},
        ru: 'Приложение 1: нет строки «ИТОГО по муниципальной программе»',
        en: 'Annex 1: the program total row ("ИТОГО по муниципальной программе") is missing',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    funding.subprograms.forEach((sp, sub) => {
      if (sp.total || sp.section) return;
      ctx.report({ messageId: 'subprogramTotalMissing', path: paths.fundingSubprogram(sub), data: { subprogram: { kind: 'subprogram', table: 'funding', sub: subprogramNumber(sp.title, sub) } } });
    });
    // A program without subprograms and with one source row: that row is the program's total.
    const single = funding.subprograms.length === 0 && funding.totalBySource.length <= 1;
    if (!funding.total && !single && !funding.totalBySourceOnly) ctx.report({ messageId: 'programTotalMissing', path: paths.funding });
  },
});
