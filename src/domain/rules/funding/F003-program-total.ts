import { fundingPrecision } from '../../declared-precision';
import { amountIn } from '../../funding-rows';
import { fundingTotals, sumFix } from '../../funding-totals';
import type { Path } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule, type SumAmounts } from '../define-rule';
import { FundingCellSum } from './funding-cell-sum';

/**
 * ИТОГО in one column as the sum of the subprograms (`label` null), or of the source rows of a program without
 * subprograms (`label`: the row's words): its finding worded, its place made, only when asked (issue 10).
 */
class ProgramTotal extends FundingCellSum<string | null> {
  report({ expected, actual }: SumAmounts) {
    const fix = sumFix(this.addends, expected);
    const { path, detail: label } = this;
    const column = this.column.column;
    return label === null
      ? { messageId: 'programTotal' as const, path, data: { column, expected, actual }, fix }
      : { messageId: 'sourcesTotal' as const, path, data: { column, label, expected, actual }, fix };
  }
}

/** A row repeating ИТОГО under the table, in one column, as the total's cell. */
class TotalRepeated extends FundingCellSum<{ label: string; total: Path }> {
  report({ expected, actual }: SumAmounts) {
    const data = { column: this.column.column, label: this.detail.label, expected, actual };
    return { messageId: 'totalRepeated' as const, path: this.path, data, fix: { kind: 'sum' as const, addends: [this.detail.total], value: expected } };
  }
}

export const programTotal = defineRule({
  meta: {
    id: 'F003',
    title: { ru: '«ИТОГО» не равно сумме подпрограмм', en: 'The program total differs from the sum of the subprograms' },
    description: {
      ru: 'В каждом столбце строка «ИТОГО по муниципальной программе» равна сумме строк «Всего по подпрограмме» (подпрограмма без такой строки — суммой её источников); у программы без подпрограмм итог равен сумме строк источников; строка, повторяющая итог под таблицей («ВСЕГО:», «По источникам финансирования»), равна итогу. Исправление — формула этой суммы.',
      en: 'In every column the program total row equals the sum of the subprogram totals (or of the sources of a subprogram without one); a program without subprograms totals its source rows; a row repeating the total under the table equals the total. The fix is that sum\'s formula.',
    },
    messages: {
      programTotal: {
        data: { column: 'column', expected: 'decimal', actual: 'decimal' },
        ru: 'Приложение 1, {{column}}: сумма подпрограмм {{expected}}, в строке «ИТОГО по муниципальной программе» {{actual}}',
        en: 'Annex 1, {{column}}: the subprograms add up to {{expected}}, the program total row says {{actual}}',
      },
      sourcesTotal: {
        data: { column: 'column', label: 'text', expected: 'decimal', actual: 'decimal' },
        ru: 'Приложение 1, {{column}}: сумма источников {{expected}}, в строке «{{label}}» {{actual}}',
        en: 'Annex 1, {{column}}: the sources add up to {{expected}}, the row "{{label}}" says {{actual}}',
      },
      totalRepeated: {
        data: { column: 'column', label: 'text', expected: 'decimal', actual: 'decimal' },
        ru: 'Приложение 1, {{column}}: в строке «{{label}}» {{actual}}, а итог таблицы {{expected}}',
        en: 'Annex 1, {{column}}: the row "{{label}}" says {{actual}}, the table\'s total is {{expected}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding?.total) return;
    const precision = fundingPrecision(funding, ctx.config);
    const totals = fundingTotals(funding, precision);
    const row = totals.rows.find((r) => r.kind === 'total');
    if (!row) return;
    // Without subprograms the program's parts are its source rows (a program without subprograms is valid).
    const bySubprograms = funding.subprograms.length > 0;
    const label = collapseSpaces(row.row.source);
    for (const c of totals.columns) {
      const addends = totals.downAmounts(row, c) ?? [];
      if (!bySubprograms && addends.length === 0) continue; // a table of one total row: nothing to add up
      const path = row.cellPath(c.column);
      // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
      if (ctx.unreadable(path) || ctx.anyUnreadable(addends)) continue;
      ctx.sum(new ProgramTotal(row, c, path, amountIn(row.row, c), addends, precision, bySubprograms ? null : label));
    }
    // "По источникам финансирования: …" or "ВСЕГО:" under the table: the same amounts again.
    totals.rows.forEach((repeat) => {
      if (repeat.kind !== 'repeat') return;
      const repeatLabel = collapseSpaces(repeat.row.source);
      for (const c of totals.columns) {
        const path = repeat.cellPath(c.column);
        const total = row.cellPath(c.column);
        if (ctx.unreadable(path) || ctx.unreadable(total)) continue;
        ctx.sum(new TotalRepeated(repeat, c, path, amountIn(repeat.row, c), totals.cellsIn([row], c.column), precision, { label: repeatLabel, total }));
      }
    });
  },
});
