import { formatDecimalRu } from '../../amount';
import { amountIn, fundingColumns, fundingRows } from '../../funding-rows';
import { defineRule } from '../define-rule';

export const typedTotal = defineRule({
  meta: {
    id: 'F009',
    title: { ru: 'Итог введён числом, а не формулой', en: 'A total is a typed number, not a formula' },
    description: {
      ru: 'Итоговая ячейка («Общий объем», «Всего по подпрограмме», «ИТОГО», строки «в том числе») прочитана с листа и содержит число без формулы; формула сохранила бы итог верным. Исправление — формула суммы по ячейкам, которые итог складывает (её строит проверка книги, где адреса известны; так же исправляются F001–F004).',
      en: 'A total cell read from a sheet holds a typed number where a formula would keep it right. The fix is the sum formula over the cells the total adds up (made where the cells are known, as for F001–F004).',
    },
    messages: {
      typedTotal: {
        ru: 'Приложение 1, {{where}}, {{column}}: итог {{actual}} введён числом; формула суммы сохранит его верным при правках',
        en: 'Приложение 1, {{whereEn}}, {{columnEn}}: the total {{actual}} is a typed number; a sum formula would keep it right',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    const columns = fundingColumns(funding.years);
    for (const r of fundingRows(funding)) {
      const totals = r.kind === 'source' ? columns.filter((c) => c.column === 'total') : columns;
      for (const c of totals) {
        const path = r.cellPath(c.column);
        const cell = ctx.provenance.get(path);
        if (!cell || cell.formula) continue;
        const d = amountIn(r.row, c);
        ctx.report({
          messageId: 'typedTotal',
          path,
          data: { where: r.label.ru, whereEn: r.label.en, column: c.label.ru, columnEn: c.label.en, actual: d === null ? '—' : formatDecimalRu(d) },
        });
      }
    }
  },
});
