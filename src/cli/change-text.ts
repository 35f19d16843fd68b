// A change between two versions of a program in words, for `sverka diff` and the «было / стало» table
// of `sverka annex --changes`: where it is («Приложение 1, подпрограмма «…», источник «…», 2021 год»),
// and the old and new values as the program document writes them (amounts with the unit of their table
// in their version — "15 867,6 тыс. руб." —, bounds "не менее 85", "—" for nothing). A folded change is one
// row, followed by the totals it moves.
import { formatDecimalRu } from '../domain/amount';
import type { Program } from '../domain/model/program';
import { unitOf, type Unit } from '../domain/model/unit';
import { yearSpanLabel } from '../domain/model/year-span';
import type { Change, FoldedChange } from '../store/contract/diff';

const TABLE: Record<Change['table'], string> = { program: 'Программа', passport: 'Паспорт', funding: 'Приложение 1', indicators: 'Приложение 2' };

const FIELD: Record<string, string> = {
  title: 'наименование',
  name: 'наименование',
  unit: 'единица измерения',
  type: 'тип показателя',
  base: 'базовое значение',
  number: 'номер',
  subprogram: 'подпрограмма',
  source: 'источник финансирования',
  activity: 'мероприятие',
  indicator: 'показатель',
  table: 'таблица',
  period: 'срок реализации',
  municipality: 'муниципальное образование',
  subtotal: 'строка «Всего по подпрограмме»',
  grandTotal: 'строка «ИТОГО»',
  funding: 'источники финансирования',
};

/** An amount of Приложение 1 or of the passport's funding. */
function isAmount(c: Change): boolean {
  return (c.table === 'funding' || c.table === 'passport') && (c.field === 'total' || c.field === 'amount');
}

function fieldText(c: Change): string {
  if (c.field === 'total') return 'всего';
  if (c.field === 'amount') return c.year ? yearSpanLabel(c.year) : 'сумма';
  if (c.field === 'plan') return c.year ? `план на ${yearSpanLabel(c.year)}` : 'план';
  // A passport field is named by its label.
  return FIELD[c.field] ?? `«${c.field}»`;
}

/** Where the change is, in the document's words. */
export function changePlace(c: Change): string {
  const parts = [TABLE[c.table]];
  if (c.table === 'funding' && /^funding\/(total|bySource)(\/|$)/.test(c.path)) parts.push('ИТОГО по программе');
  else if (c.subprogram !== null && c.field !== 'subprogram') parts.push(`подпрограмма «${c.subprogram}»`);
  if (c.table === 'funding' && /^funding\/sub\/\d+\/total\//.test(c.path)) parts.push('всего по подпрограмме');
  if (c.table === 'passport' && /^passport\/funding\/(total|y\/)/.test(c.path)) parts.push('объём финансирования');
  if (c.source !== null && c.field !== 'source') parts.push(`источник «${c.source}»`);
  if (c.activity !== null && c.field !== 'activity') parts.push(`мероприятие «${c.activity}»`);
  if (c.indicator !== null && c.field !== 'indicator') parts.push(`показатель «${c.indicator}»`);
  parts.push(fieldText(c));
  return parts.join(', ');
}

/** The units a version writes its amounts in: Приложение 1's and the passport's funding section's. */
export interface AmountUnits {
  funding: Unit;
  passport: Unit;
}

export function programUnits(program: Program): AmountUnits {
  return { funding: unitOf(program.funding), passport: unitOf(program.passport?.funding) };
}

/** A value of the change as the document writes it, an amount with the unit of its table (in `units`' version); "—" for none. */
export function changeValue(c: Change, value: string | null, units: AmountUnits): string {
  if (value === null) return '—';
  if (isAmount(c)) return `${formatDecimalRu(value)} ${c.table === 'passport' ? units.passport : units.funding}`;
  if (c.field === 'base' || c.field === 'plan') return value.replace(/-?\d+(?:\.\d+)?$/, (n) => formatDecimalRu(n));
  return value;
}

export interface ChangeRow {
  /** "1", and "1.1", "1.2" … for the totals the first change moves. */
  number: string;
  place: string;
  old: string;
  new: string;
  /** A total moved by the change above it. */
  total: boolean;
}

/** The rows of a «было / стало» table: each change, then the totals it moves; old values in the old version's units, new in the new's. */
export function changeRows(changes: readonly FoldedChange[], from: Program, to: Program): ChangeRow[] {
  const units = { old: programUnits(from), new: programUnits(to) };
  const row = (c: Change, number: string, total: boolean): ChangeRow => ({ number, place: changePlace(c), old: changeValue(c, c.old, units.old), new: changeValue(c, c.new, units.new), total });
  const rows: ChangeRow[] = [];
  changes.forEach((c, i) => {
    rows.push(row(c, String(i + 1), false));
    c.totals.forEach((t, j) => rows.push(row(t, `${i + 1}.${j + 1}`, true)));
  });
  return rows;
}

/** How many totals the changes move, all together. */
export function movedTotals(changes: readonly FoldedChange[]): number {
  return changes.reduce((n, c) => n + c.totals.length, 0);
}
