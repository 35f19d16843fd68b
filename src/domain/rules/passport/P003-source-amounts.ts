import { fromScaled, type Decimal } from '../../amount';
import { programAmountsBySource, sourceMatchKey } from '../../funding-sums';
import { fundingTotals, type SumCell } from '../../funding-totals';
import type { Place } from '../../messages/message-data';
import { annexYearIndex, passportComparison, passportSources, type PassportComparison } from '../../passport-funding';
import { paths, type Column, type Path } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule, type SumAmounts } from '../define-rule';

/** A cell of Приложение 1 with its amount in the passport's unit: its path asked of the cell only when needed. */
class ConvertedCell implements SumCell {
  constructor(
    private readonly cell: SumCell,
    readonly amount: Decimal | null,
  ) {}
  get path(): Path {
    return this.cell.path;
  }
  get under(): Path | undefined {
    return this.cell.under;
  }
}

/** A passport source's amount in one column against Приложение 1: its finding worded, its place made, only when asked. */
class SourceAmount {
  readonly statement = 'passportFunding';
  constructor(
    readonly path: Path,
    private readonly source: string,
    private readonly column: Column,
    readonly stated: Decimal | null,
    readonly addends: readonly SumCell[],
    private readonly inUnit: PassportComparison,
  ) {}
  get precision(): number | undefined {
    return this.inUnit.precision;
  }
  get place(): Place {
    return { kind: 'passportSource', source: this.source, column: this.column };
  }
  report(amounts: SumAmounts) {
    return { messageId: 'sourceAmount' as const, path: this.path, data: { source: this.place, ...amounts, unit: this.inUnit.unit } };
  }
}

export const passportSourceAmounts = defineRule({
  meta: {
    id: 'P003',
    title: { ru: 'Суммы источника в паспорте не равны Приложению 1', en: 'A passport source amount differs from Annex 1' },
    description: {
      ru: 'Для каждого источника паспорта «всего» и суммы по годам равны строке этого источника «в том числе» под «ИТОГО» Приложения 1 (или сумме источника по подпрограммам, если таких строк нет). Источники сопоставляются по виду бюджета; источник, которого нет с одной из сторон, считается нулевым.',
      en: 'Each passport source\'s total and year amounts equal its "of which" row under the program total of Annex 1 (or its sum over the subprograms); sources are matched by category, a missing one counts as zero.',
    },
    messages: {
      sourceAmount: {
        data: { source: 'place', expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: '{{source}}: {{actual}} {{unit}}, а в Приложении 1 {{expected}}',
        en: '{{source}}: {{actual}} {{unit}}, Annex 1 says {{expected}}',
      },
      sourceMissing: {
        data: { source: 'source', expected: 'decimal', unit: 'unit' },
        ru: 'Паспорт, источники финансирования: нет источника «{{source}}», а в Приложении 1 по нему {{expected}} {{unit}}',
        en: 'Passport, funding: the source "{{source}}" is missing, Annex 1 gives it {{expected}} {{unit}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const passportFunding = ctx.program.passport?.funding;
    const funding = ctx.program.funding;
    if (!passportFunding || !funding) return;
    const { precision } = ctx.config;
    const totals = fundingTotals(funding, precision);
    const sources = passportSources(passportFunding);
    const inUnit = passportComparison(passportFunding, funding, ctx.config);
    // Indexed loops, and the precision passed as it is (absent: the config's): no iterator result per step and no
    // spread object per declared sum on the store's cold calls.
    for (let s = 0; s < sources.length; s++) {
      const { source, key } = sources[s];
      if (key !== sourceMatchKey(key)) continue; // a repeated source
      const rows = totals.programSource(key);
      const name = collapseSpaces(source.name);
      const compare = (stated: string | null, column: Column): void => {
        const cells = totals.cellsIn(rows, column);
        // In one unit the table's cells are the addends as they are; else each amount converted, its path asked of its cell.
        const addends = inUnit.sameUnit ? cells : cells.map((cell) => new ConvertedCell(cell, inUnit.annex(cell.amount)));
        ctx.sum(new SourceAmount(paths.passportSourceCell(key, column), name, column, stated, addends, inUnit));
      };
      if (source.total !== null) compare(source.total, 'total');
      for (let j = 0; j < source.years.length; j++) {
        const y = source.years[j];
        const i = annexYearIndex(funding, y.year);
        if (i !== null) compare(y.amount, funding.years[i]);
      }
    }
    if (sources.length === 0) return;
    // Only the sources the passport does not state are summed (nearly always none): the amounts of the others are not looked at.
    const stated = new Set(sources.map((s) => sourceMatchKey(s.key)));
    const annex = programAmountsBySource(funding, precision, (key) => !stated.has(key));
    for (const [key, amounts] of annex) {
      if (amounts.every((a) => a === 0n)) continue;
      ctx.report({ messageId: 'sourceMissing', path: paths.passportSource(key), data: { source: key, expected: inUnit.annex(fromScaled(amounts[0], precision))!, unit: inUnit.unit } });
    }
  },
});
