import { fundingPrecision } from '../../declared-precision';
import { fundingTotals, hasRepeatedPath } from '../../funding-totals';
import { formulasOfRow } from '../../provenance';
import { defineRule } from '../define-rule';

export const typedTotal = defineRule({
  meta: {
    id: 'F009',
    title: { ru: 'Итог введён числом, а не формулой', en: 'A total is a typed number, not a formula' },
    description: {
      ru: 'Итоговая ячейка («Общий объем», «Всего по подпрограмме», «ИТОГО», строки «в том числе») прочитана с листа и содержит число без формулы; формула сохранила бы итог верным. Исправление — формула суммы по ячейкам, которые итог складывает (как у F001–F004).',
      en: 'A total cell read from a sheet holds a typed number where a formula would keep it right. The fix is the sum formula over the cells the total adds up (as for F001–F004).',
    },
    messages: {
      typedTotal: {
        data: { cell: 'place', actual: 'decimal' },
        ru: '{{cell}}: итог {{actual}} введён числом; формула суммы сохранит его верным при правках',
        en: '{{cell}}: the total {{actual}} is a typed number; a sum formula would keep it right',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    // Only a cell read from a sheet can hold a typed number: a program without its cells has none to look at.
    if (!funding || !ctx.hasCells) return;
    const totals = fundingTotals(funding, fundingPrecision(funding, ctx.config));
    const { rows } = totals;
    // The one column a plain row's total is checked in, listed once (not a list made per row).
    const totalOnly = totals.columns.filter((c) => c.column === 'total');
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      // A source's amounts are typed by nature (only its "Общий объем" sums it up): a source row of a program
      // without subprograms, and an "из них" part, too.
      const plain = r.kind === 'source' || r.kind === 'part' || (r.kind === 'bySource' && funding.subprograms.length === 0);
      const columns = plain ? totalOnly : totals.columns;
      // Whether each cell holds a formula, their references not made for that, the row found once for its cells
      // (formulasOfRow): a few are reported.
      const formulas = formulasOfRow(ctx.provenance, r.path, columns.length === 1 ? [r.cellPath(columns[0].column)] : columns.map((c) => r.cellPath(c.column)));
      for (let j = 0; j < columns.length; j++) {
        const c = columns[j];
        const formula = formulas[j];
        if (formula === undefined || formula) continue;
        const path = r.cellPath(c.column);
        const d = c.index === null ? r.row.total : (r.row.years[c.index] ?? null);
        // "Общий объем" adds its row's years; a year cell of a total row adds the rows it totals.
        const addends = c.index === null ? totals.along(r) : (totals.down(r, c.column) ?? []);
        ctx.report({
          messageId: 'typedTotal',
          path,
          data: { cell: r.place(c.column), actual: d ?? '0' }, // an empty cell counts as zero
          fix: addends.length > 0 && !hasRepeatedPath(addends) ? { kind: 'sum', addends, value: totals.sum(addends) } : null, // no formula names two cells of one path
        });
      }
    }
  },
});
