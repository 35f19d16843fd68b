import type { Decimal } from '../../amount';
import { passportPrecision } from '../../declared-precision';
import { scaledAmount } from '../../funding-rows';
import type { Place } from '../../messages/message-data';
import { unitOf } from '../../model/unit';
import { yearSpanKey } from '../../model/year-span';
import { passportSources } from '../../passport-funding';
import type { Unit } from '../../model/unit';
import { paths, type Column, type Path } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule, type SumAmounts } from '../define-rule';

/** What every sum of the passport's funding section shares: each amount's place, by path, and the section's unit. */
interface Section {
  places: ReadonlyMap<Path, Place>;
  unit: Unit;
}

/**
 * A sum of the passport's funding section. Its finding at its total is `said` with `lead` before the amounts (the
 * stage's place, the source's name, the column); one object per sum, its findings worded by its methods — no
 * closures made per sum, which nearly always holds (issue 10).
 */
class PassportSum {
  readonly statement = 'passport';
  constructor(
    readonly path: Path,
    readonly place: Place,
    readonly stated: Decimal | null,
    readonly addends: readonly { path: Path; amount: Decimal | null }[],
    readonly precision: number,
    private readonly section: Section,
    private readonly said: 'yearsTotal' | 'stageTotal' | 'sourceTotal' | 'sourcesTotal',
    private readonly lead: Place | Column | string | null,
  ) {}
  report(amounts: SumAmounts) {
    const { path } = this;
    const { unit } = this.section;
    switch (this.said) {
      case 'yearsTotal':
        return { messageId: 'yearsTotal' as const, path, data: { ...amounts, unit } };
      case 'stageTotal':
        return { messageId: 'stageTotal' as const, path, data: { stage: this.lead as Place, ...amounts, unit } };
      case 'sourceTotal':
        return { messageId: 'sourceTotal' as const, path, data: { source: { kind: 'passportSource' as const, source: this.lead as string }, ...amounts, unit } };
      case 'sourcesTotal':
        return { messageId: 'sourcesTotal' as const, path, data: { column: this.lead as Column, ...amounts, unit } };
    }
  }
  /** An amount that every passport total it is part of disagrees with: the finding at that amount. */
  blameAddend(path: Path, amounts: SumAmounts) {
    return { messageId: 'amount' as const, path, data: { cell: this.section.places.get(path) ?? { kind: 'passportFunding' as const }, ...amounts, unit: this.section.unit } };
  }
}

export const passportSums = defineRule({
  meta: {
    id: 'P006',
    title: { ru: 'Паспорт не сходится сам с собой', en: 'The passport does not add up' },
    description: {
      ru: 'В разделе паспорта «Источники финансирования» «всего» каждого источника равно сумме его лет, «Всего» — сумме лет, а источники в сумме дают «Всего» и суммы по годам (по годам — только когда каждый источник с ненулевым «всего» расписан по годам). Сумма, с которой не сходятся все итоги паспорта, в которые она входит (а без неё сошлись бы), — одна ошибка в этой ячейке.',
      en: 'In the passport\'s funding section each source\'s total equals the sum of its years, the total equals the sum of the years, and the sources add up to the total and the years (by year only when every source with a non-zero total gives its years). An amount that every passport total it is part of disagrees with (and would agree without) is one error, at that amount.',
    },
    messages: {
      sourceTotal: {
        data: { source: 'place', expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: '{{source}}: всего {{actual}} {{unit}}, а сумма по годам {{expected}}',
        en: '{{source}}: total {{actual}} {{unit}}, the years add up to {{expected}}',
      },
      yearsTotal: {
        data: { expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: 'Паспорт, источники финансирования: всего {{actual}} {{unit}}, а сумма по годам {{expected}}',
        en: 'Passport, funding: total {{actual}} {{unit}}, the years add up to {{expected}}',
      },
      sourcesTotal: {
        data: { column: 'passportColumn', expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: 'Паспорт, источники финансирования, {{column}}: сумма источников {{expected}} {{unit}}, а указано {{actual}}',
        en: 'Passport, funding, {{column}}: the sources add up to {{expected}} {{unit}}, the passport says {{actual}}',
      },
      amount: {
        data: { cell: 'place', expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: '{{cell}}: {{actual}} {{unit}}, а итоги паспорта, в которые входит эта сумма, дают {{expected}}',
        en: '{{cell}}: {{actual}} {{unit}}, while the passport totals it is part of give {{expected}}',
      },
      stageTotal: {
        data: { stage: 'place', expected: 'decimal', actual: 'decimal', unit: 'unit' },
        ru: '{{stage}}: {{actual}} {{unit}}, а сумма его лет {{expected}}',
        en: '{{stage}}: {{actual}} {{unit}}, its years add up to {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const funding = ctx.program.passport?.funding;
    if (!funding) return;
    // The unit the passport writes in (тыс. руб. unless it says otherwise) and the precision it declares.
    const precision = passportPrecision(funding, ctx.config);
    const unit = unitOf(funding);
    // A list of years cut short (the text gives some of the years the total gives) says nothing of the others.
    const complete = (list: readonly unknown[]): boolean => list.length > 0 && list.length >= funding.years.length;
    const sources = passportSources(funding);
    // Every amount of the section, by path: what a sum names when one of its addends is the cell at fault.
    const places = new Map<Path, Place>();
    const cell = (path: Path, place: Place, amount: Decimal | null) => {
      places.set(path, place);
      return { path, amount };
    };
    const section: Section = { places, unit };
    const years = funding.years.map((y) => cell(paths.passportFundingYear(y.year), { kind: 'passportFunding', column: y.year }, y.amount));
    const sourceCells = sources.map(({ source, key }) => {
      const name = collapseSpaces(source.name);
      return {
        total: cell(paths.passportSourceCell(key, 'total'), { kind: 'passportSource', source: name, column: 'total' }, source.total),
        // The cell's fields written out, not spread from `cell`'s answer: one object per year, not two.
        years: source.years.map((y) => {
          const path = paths.passportSourceCell(key, y.year);
          places.set(path, { kind: 'passportSource', source: name, column: y.year });
          return { key: yearSpanKey(y.year), path, amount: y.amount };
        }),
      };
    });
    const totalPlace: Place = { kind: 'passportFunding', column: 'total' };

    if (funding.total !== null && funding.years.length > 0) {
      ctx.sum(new PassportSum(paths.passportFundingTotal, totalPlace, funding.total, years, precision, section, 'yearsTotal', null));
    }
    sources.forEach(({ source, key }, i) => {
      const name = collapseSpaces(source.name);
      // "в том числе: I этап (2014–2015 годы) – …": a stage's amount is the sum of its years.
      (source.stages ?? []).forEach((stage, s) => {
        const stageYears = new Set(stage.years.map(yearSpanKey));
        if (stageYears.size === 0) return;
        const path = paths.passportSourceStage(key, s);
        const place: Place = { kind: 'passportStage', source: name, stage: collapseSpaces(stage.label) };
        ctx.sum(new PassportSum(path, place, stage.amount, sourceCells[i].years.filter((y) => stageYears.has(y.key)), precision, section, 'stageTotal', place));
      });
      if (source.total === null || !complete(source.years)) return;
      const { total } = sourceCells[i];
      ctx.sum(new PassportSum(total.path, places.get(total.path)!, source.total, sourceCells[i].years, precision, section, 'sourceTotal', name));
    });
    if (sources.length === 0) return;

    // The sources add up to "Всего" only when each gives its own "всего".
    if (funding.total !== null && sources.every((s) => s.source.total !== null)) {
      ctx.sum(new PassportSum(paths.passportFundingTotal, totalPlace, funding.total, sourceCells.map((s) => s.total), precision, section, 'sourcesTotal', 'total'));
    }
    // A source given only by its "всего" says nothing of its years (unless it is zero: then it is zero every year).
    const yearsKnown = sources.every((s) => complete(s.source.years) || (s.source.total !== null && scaledAmount(s.source.total, precision) === 0n));
    if (!yearsKnown) return;
    funding.years.forEach((y, j) => {
      const key = yearSpanKey(y.year);
      const path = years[j].path;
      // Each source's cells of that year, in order (one list made, not one per source).
      const addends: { path: Path; amount: Decimal | null }[] = [];
      for (let s = 0; s < sourceCells.length; s++) {
        const cells = sourceCells[s].years;
        for (let k = 0; k < cells.length; k++) if (cells[k].key === key) addends.push(cells[k]);
      }
      ctx.sum(new PassportSum(path, places.get(path)!, y.amount, addends, precision, section, 'sourcesTotal', y.year));
    });
  },
});
