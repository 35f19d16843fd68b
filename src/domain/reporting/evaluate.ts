// The annual effectiveness evaluation (docs/design/REPORTS.md), computed exactly: every share is a fraction of integers,
// rounded once for display (half away from zero), and every figure carries the formula with its inputs
// written out, so that a person can redo it by hand. Inputs inside a formula are shown with two more
// decimals than results, so that redoing the last step from them gives the same last digit.
import { formatDecimalRu, type Decimal } from '../amount';
import type { Localized } from '../finding';
import { indicatorDirection, type IndicatorDirection } from '../indicator-direction';
import type { RulesConfig } from '../config';
import { subprogramLabel } from '../funding-rows';
import type { IndicatorValue } from '../model/indicators';
import type { Path } from '../paths';
import { unitPrecision } from '../model/unit';
import { parseSubprogramTitle } from '../subprogram-title';
import type { EvaluationMethod } from './evaluation-method';
import type { ProgramReport, ReportFunding, ReportFundingLine, ReportFundingSubprogram } from './model';
import { effectiveDirection, isReached } from './percent';
import { add, compareRatios, divide, isZero, mean, minRatio, multiply, ONE, ratio, ratioOf, ratioText, roundRatio, ZERO, type Ratio } from './ratio';
import { reportIndicatorRows } from './report-lines';
import { reportPaths } from './report-paths';
import { reportUnit } from './report-unit';
import { collapseSpaces } from '../text/fold';

export interface Figure {
  /** Rounded to the method's decimals; null when it cannot be computed (the note says why). */
  value: Decimal | null;
  /** The exact value as a fraction, "2417/2500". */
  exact: string | null;
  /** How it was computed, inputs written out: «СД = 94,9 / 94,8 = 1,0011 → 1 (не более 1)». */
  formula: Localized;
  note: Localized | null;
}

export interface IndicatorAchievement {
  path: Path;
  /** "1.2. «Среднее время ожидания…»". */
  label: string;
  /** The same with the indicator's name in full, for a document (an official one is never cut short). */
  fullLabel: string;
  subprogram: number;
  activity: number;
  direction: 'higher' | 'lower';
  /** False when the direction was not known from the name or the settings (counted as "more is better"). */
  directionKnown: boolean;
  plan: string | null;
  fact: string | null;
  /** Whether this indicator enters СДЦ (it has a plan and a fact). */
  counted: boolean;
  reached: boolean | null;
  sd: Figure;
}

export interface ScopeEvaluation {
  /** "Муниципальная программа" or "Подпрограмма I". */
  scope: Localized;
  plan: Decimal | null;
  spent: Decimal | null;
  sdc: Figure;
  uf: Figure;
  e: Figure;
  rating: Localized | null;
}

export interface Evaluation {
  method: Localized;
  formula: EvaluationMethod['formula'];
  year: number | null;
  program: ScopeEvaluation;
  subprograms: ScopeEvaluation[];
  indicators: IndicatorAchievement[];
}

type DirectionConfig = Pick<RulesConfig, 'directions' | 'higherIsBetter' | 'lowerIsBetter'> & Partial<Pick<RulesConfig, 'precision'>>;

interface Exact {
  value: Ratio | null;
  figure: Figure;
}

function ru(d: Decimal): string {
  return formatDecimalRu(d);
}

function shown(r: Ratio, decimals: number): string {
  return ru(roundRatio(r, decimals));
}

function figure(value: Ratio | null, decimals: number, formula: Localized, note: Localized | null = null): Figure {
  return { value: value === null ? null : roundRatio(value, decimals), exact: value === null ? null : ratioText(value), formula, note };
}

function valueText(v: IndicatorValue): string {
  const n = ru(v.value);
  return v.bound === 'min' ? `не менее ${n}` : v.bound === 'max' ? `не более ${n}` : n;
}

/** СД of one indicator. */
function achievement(fact: Decimal, plan: IndicatorValue, direction: 'higher' | 'lower', method: EvaluationMethod): Exact & { reached: boolean } {
  const d = method.decimals;
  const reached = isReached(fact, plan, direction);
  const f = ratioOf(fact);
  const p = ratioOf(plan.value);
  const f1 = ru(fact);
  const p1 = ru(plan.value);
  if (plan.bound !== null && reached) {
    const text = `СД = 1 (план «${valueText(plan)}» выполнен: факт ${f1})`;
    return { value: ONE, reached, figure: figure(ONE, d, { ru: text, en: `SD = 1 (plan "${valueText(plan)}" met: fact ${f1})` }) };
  }
  const higher = direction === 'higher';
  const [num, den, numText, denText] = higher ? [f, p, f1, p1] : [p, f, p1, f1];
  if (isZero(den)) {
    // fact / 0 (plan 0, more is better) or plan / 0 (fact 0, less is better): the target is met or beaten.
    const note: Localized = higher
      ? { ru: `план 0: любой факт не меньше нуля выполняет его`, en: `plan 0: any fact of zero or more meets it` }
      : { ru: `факт 0 при «меньше — лучше»: не хуже любого плана`, en: `fact 0 where less is better: no worse than any plan` };
    return { value: ONE, reached: true, figure: figure(ONE, d, { ru: `СД = 1 (${note.ru}; деления на ноль нет)`, en: `SD = 1 (${note.en}; no division by zero)` }) };
  }
  const raw = divide(num, den);
  const capped = method.capAchievement ? minRatio(raw, ONE) : raw;
  const capText = method.capAchievement && compareRatios(raw, ONE) > 0 ? { ru: ' → 1 (не более 1)', en: ' → 1 (at most 1)' } : { ru: '', en: '' };
  const name = higher ? { ru: 'факт / план', en: 'fact / plan' } : { ru: 'план / факт', en: 'plan / fact' };
  return {
    value: capped,
    reached,
    figure: figure(capped, d, {
      ru: `СД = ${name.ru} = ${numText} / ${denText} = ${shown(raw, d)}${capText.ru}`,
      en: `SD = ${name.en} = ${numText} / ${denText} = ${shown(raw, d)}${capText.en}`,
    }),
  };
}

/** A line's amount; null stays null (not read), an empty amount in a read line is zero. */
function lineAmount(line: ReportFundingLine | null, column: 'plan' | 'spent'): Ratio | null {
  if (!line) return null;
  const v = line[column];
  return v === null ? ZERO : ratioOf(v);
}

function sum(values: readonly (Ratio | null)[]): Ratio | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return values.reduce<Ratio>((a, b) => add(a, b as Ratio), ZERO);
}

/** A subprogram's plan or spent: its total row, else the sum of its sources, else of its activities. */
function subprogramAmount(sp: ReportFundingSubprogram, column: 'plan' | 'spent'): Ratio | null {
  if (sp.total) return lineAmount(sp.total, column);
  if (sp.sources.length > 0) return sum(sp.sources.map((s) => lineAmount(s, column)));
  return sum(sp.activities.map((a) => (a.total ? lineAmount(a.total, column) : sum(a.sources.map((s) => lineAmount(s, column))))));
}

function programAmount(funding: ReportFunding, column: 'plan' | 'spent'): Ratio | null {
  if (funding.total) return lineAmount(funding.total, column);
  return sum(funding.subprograms.map((sp) => subprogramAmount(sp, column)));
}

/**
 * An amount as a decimal with at least `decimals` places — the report unit's («82 348,0 тыс. руб.», not «82 348»),
 * and more only where the amount has them.
 */
function decimalOf(r: Ratio | null, decimals: number): Decimal | null {
  if (r === null) return null;
  // Amounts are decimals: the denominator is a power of ten's divisor, so 10 places hold it exactly.
  const [whole, frac = ''] = roundRatio(r, 10).split('.');
  const kept = frac.replace(/0+$/, '').padEnd(decimals, '0');
  return kept === '' ? whole : `${whole}.${kept}`;
}

function levelOfFunding(plan: Ratio | null, spent: Ratio | null, method: EvaluationMethod, amountDecimals: number): Exact {
  const d = method.decimals;
  if (plan === null || spent === null) {
    return { value: null, figure: figure(null, d, { ru: 'УФ не вычисляется: нет формы R1 или её итогов', en: 'UF cannot be computed: no form R1 or its totals' }) };
  }
  const p = ru(decimalOf(plan, amountDecimals) as Decimal);
  const s = ru(decimalOf(spent, amountDecimals) as Decimal);
  if (isZero(plan)) {
    return { value: null, figure: figure(null, d, { ru: `УФ = Освоено / План = ${s} / 0 — план равен нулю, УФ не вычисляется`, en: `UF = spent / plan = ${s} / 0 — the plan is zero, UF cannot be computed` }) };
  }
  const uf = divide(spent, plan);
  return { value: uf, figure: figure(uf, d, { ru: `УФ = Освоено / План = ${s} / ${p} = ${shown(uf, d)}`, en: `UF = spent / plan = ${s} / ${p} = ${shown(uf, d)}` }) };
}

function meanAchievement(items: readonly IndicatorAchievementWork[], method: EvaluationMethod): Exact {
  const d = method.decimals;
  const counted = items.filter((i) => i.value !== null);
  const m = mean(counted.map((i) => i.value as Ratio));
  if (m === null) return { value: null, figure: figure(null, d, { ru: 'СДЦ не вычисляется: нет показателей с планом и фактом', en: 'SDC cannot be computed: no indicator with a plan and a fact' }) };
  const terms = counted.map((i) => shown(i.value as Ratio, d + 2)).join(' + ');
  return {
    value: m,
    figure: figure(m, d, {
      ru: `СДЦ = (${terms}) / ${counted.length} = ${shown(m, d)}`,
      en: `SDC = (${terms}) / ${counted.length} = ${shown(m, d)}`,
    }),
  };
}

interface IndicatorAchievementWork {
  value: Ratio | null;
  reached: boolean | null;
  activityKey: string;
}

function effectiveness(sdc: Exact, uf: Exact, activities: Exact, method: EvaluationMethod): Exact {
  const d = method.decimals;
  const scale = method.percent ? ratio(100n, 1n) : ONE;
  const pct = method.percent ? { ru: ' × 100', en: ' × 100' } : { ru: '', en: '' };
  const none = (why: Localized): Exact => ({ value: null, figure: figure(null, d, { ru: `Э не вычисляется: ${why.ru}`, en: `E cannot be computed: ${why.en}` }) });
  switch (method.formula) {
    case 'ratio': {
      if (sdc.value === null) return none({ ru: 'нет СДЦ', en: 'no SDC' });
      if (uf.value === null) return none({ ru: 'нет УФ', en: 'no UF' });
      if (isZero(uf.value)) return none({ ru: 'УФ = 0 (средства не освоены), на ноль не делим', en: 'UF = 0 (nothing spent); no division by zero' });
      const e = multiply(divide(sdc.value, uf.value), scale);
      return {
        value: e,
        figure: figure(e, d, {
          ru: `Э = СДЦ / УФ${pct.ru} = ${shown(sdc.value, d + 2)} / ${shown(uf.value, d + 2)}${pct.ru} = ${shown(e, d)}`,
          en: `E = SDC / UF${pct.en} = ${shown(sdc.value, d + 2)} / ${shown(uf.value, d + 2)}${pct.en} = ${shown(e, d)}`,
        }),
      };
    }
    case 'product': {
      if (sdc.value === null) return none({ ru: 'нет СДЦ', en: 'no SDC' });
      if (uf.value === null) return none({ ru: 'нет УФ', en: 'no UF' });
      const ufCapped = minRatio(uf.value, ONE);
      const e = multiply(multiply(sdc.value, ufCapped), scale);
      const cap = compareRatios(uf.value, ONE) > 0 ? { ru: ' (УФ не более 1)', en: ' (UF at most 1)' } : { ru: '', en: '' };
      return {
        value: e,
        figure: figure(e, d, {
          ru: `Э = СДЦ × УФ${pct.ru} = ${shown(sdc.value, d + 2)} × ${shown(ufCapped, d + 2)}${pct.ru} = ${shown(e, d)}${cap.ru}`,
          en: `E = SDC × UF${pct.en} = ${shown(sdc.value, d + 2)} × ${shown(ufCapped, d + 2)}${pct.en} = ${shown(e, d)}${cap.en}`,
        }),
      };
    }
    case 'indicators': {
      if (sdc.value === null) return none({ ru: 'нет СДЦ', en: 'no SDC' });
      const e = multiply(sdc.value, scale);
      return { value: e, figure: figure(e, d, { ru: `Э = СДЦ${pct.ru} = ${shown(sdc.value, d + 2)}${pct.ru} = ${shown(e, d)}`, en: `E = SDC${pct.en} = ${shown(sdc.value, d + 2)}${pct.en} = ${shown(e, d)}` }) };
    }
    case 'activities': {
      if (activities.value === null) return none({ ru: 'нет мероприятий с планом и фактом', en: 'no activity with a plan and a fact' });
      const e = multiply(activities.value, scale);
      return { value: e, figure: { ...figure(e, d, { ru: `Э = ${activities.figure.formula.ru}${pct.ru} = ${shown(e, d)}`, en: `E = ${activities.figure.formula.en}${pct.en} = ${shown(e, d)}` }) } };
    }
  }
}

function activitiesDone(items: readonly IndicatorAchievementWork[], method: EvaluationMethod): Exact {
  const byActivity = new Map<string, boolean>();
  for (const i of items) {
    if (i.reached === null) continue;
    byActivity.set(i.activityKey, (byActivity.get(i.activityKey) ?? true) && i.reached);
  }
  const all = byActivity.size;
  const done = [...byActivity.values()].filter(Boolean).length;
  if (all === 0) return { value: null, figure: figure(null, method.decimals, { ru: 'нет мероприятий', en: 'no activities' }) };
  const share = ratio(BigInt(done), BigInt(all));
  return { value: share, figure: figure(share, method.decimals, { ru: `выполнено мероприятий / всего = ${done} / ${all}`, en: `activities completed / all = ${done} / ${all}` }) };
}

function rate(e: Ratio | null, method: EvaluationMethod): Localized | null {
  if (e === null) return null;
  for (const t of method.thresholds) if (compareRatios(e, ratioOf(t.min)) >= 0) return t.rating;
  return method.below;
}

function scope(
  label: Localized,
  plan: Ratio | null,
  spent: Ratio | null,
  items: readonly IndicatorAchievementWork[],
  method: EvaluationMethod,
  amountDecimals: number,
): ScopeEvaluation {
  const sdc = meanAchievement(items, method);
  const uf = levelOfFunding(plan, spent, method, amountDecimals);
  const e = effectiveness(sdc, uf, activitiesDone(items, method), method);
  return {
    scope: label,
    plan: decimalOf(plan, amountDecimals),
    spent: decimalOf(spent, amountDecimals),
    sdc: sdc.figure,
    uf: uf.figure,
    e: e.figure,
    rating: rate(e.value, method),
  };
}

/** The number of a subprogram by its title (Подпрограмма II → 2), else its position. */
function subprogramNumber(title: string, index: number): number {
  return parseSubprogramTitle(title).number ?? index + 1;
}

/** Evaluates an annual report (its own plan and fact; R001 has checked the plan against the program). */
export function evaluateReport(report: ProgramReport, method: EvaluationMethod, directions: DirectionConfig): Evaluation {
  const d = method.decimals;
  // Amounts are shown with the decimals of the report's unit (тыс. руб.: the configured one, руб.: 2, млн руб.: 3).
  const amountDecimals = unitPrecision(reportUnit(report), directions.precision ?? 1);
  const indicators: IndicatorAchievement[] = [];
  const work: (IndicatorAchievementWork & { sub: number })[] = [];
  const rows = report.indicators ? reportIndicatorRows(report.indicators) : [];
  for (const row of rows) {
    const { indicator } = row;
    const inferred: IndicatorDirection = indicatorDirection(indicator.name, directions);
    // A bound says which way the indicator goes: "не менее" is more-is-better, "не более" less-is-better.
    const direction = indicator.plan?.bound === 'min' ? 'higher' : indicator.plan?.bound === 'max' ? 'lower' : effectiveDirection(inferred);
    const directionKnown = inferred !== 'unknown' || indicator.plan?.bound != null;
    const path = reportPaths.indicator(row.sub, row.act, row.ind);
    const number = collapseSpaces(row.activity.number);
    const fullLabel = `${number ? number + ' ' : ''}«${collapseSpaces(indicator.name)}»`;
    const base = { path, label: row.label, fullLabel, subprogram: row.sub, activity: row.act, direction, directionKnown, plan: indicator.plan ? valueText(indicator.plan) : null, fact: indicator.fact !== null ? ru(indicator.fact) : null };
    const subNumber = subprogramNumber(row.subprogram.title, row.sub);
    const activityKey = `${row.sub}/${row.act}`;
    if (indicator.plan === null || indicator.fact === null) {
      const why = indicator.plan === null ? { ru: 'нет плана', en: 'no plan' } : { ru: 'нет факта', en: 'no fact' };
      indicators.push({ ...base, counted: false, reached: null, sd: figure(null, d, { ru: `СД не вычисляется: ${why.ru}; показатель не входит в СДЦ`, en: `SD cannot be computed: ${why.en}; not part of SDC` }) });
      work.push({ value: null, reached: null, activityKey, sub: subNumber });
      continue;
    }
    const a = achievement(indicator.fact, indicator.plan, direction, method);
    const note = directionKnown ? null : { ru: 'направление не определено: считается «больше — лучше»', en: 'direction unknown: counted as more is better' };
    indicators.push({ ...base, counted: true, reached: a.reached, sd: { ...a.figure, note: a.figure.note ?? note } });
    work.push({ value: a.value, reached: a.reached, activityKey, sub: subNumber });
  }

  const funding = report.funding;
  const program = scope(
    { ru: 'Муниципальная программа', en: 'Municipal program' },
    funding ? programAmount(funding, 'plan') : null,
    funding ? programAmount(funding, 'spent') : null,
    work,
    method,
    amountDecimals,
  );

  const numbers = new Map<number, { label: Localized; funding: ReportFundingSubprogram | null }>();
  funding?.subprograms.forEach((sp, i) => numbers.set(subprogramNumber(sp.title, i), { label: subprogramLabel(sp.title, i), funding: sp }));
  report.indicators?.subprograms.forEach((sp, i) => {
    const n = subprogramNumber(sp.title, i);
    if (!numbers.has(n)) numbers.set(n, { label: subprogramLabel(sp.title, i), funding: null });
  });
  const subprograms = [...numbers.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, { label, funding: sp }]) =>
      scope(label, sp ? subprogramAmount(sp, 'plan') : null, sp ? subprogramAmount(sp, 'spent') : null, work.filter((w) => w.sub === n), method, amountDecimals),
    );

  return { method: method.name, formula: method.formula, year: report.period?.year ?? null, program, subprograms, indicators };
}
