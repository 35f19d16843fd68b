// The passport's "Источники финансирования" written as a paragraph, in the wording of the published
// programs: "Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; …".
// The <p> paragraphs of the document are lines here.
import { formatScaledRu, toScaled, type Decimal } from './amount';
import type { PassportFunding, PassportYearAmount } from './model/passport';
import { DEFAULT_UNIT, unitOf, unitPrecision, type Unit } from './model/unit';
import { yearSpanLabel } from './model/year-span';

/** "99 822,7 тыс. руб.", "0,355 млн руб."; a zero or missing amount is written "0", as in the published text. */
export function passportAmountText(amount: Decimal | null, precision: number, unit: Unit = DEFAULT_UNIT): string {
  if (amount === null) return '0';
  const scaled = toScaled(amount, precision);
  return scaled === 0n ? '0' : `${formatScaledRu(scaled, precision)} ${unit}`;
}

function byYears(years: readonly PassportYearAmount[], precision: number, unit: Unit): string {
  return years.map((y) => `${yearSpanLabel(y.year)} – ${passportAmountText(y.amount, precision, unit)}`).join('; ');
}

/** "всего X" followed, when there are years, by ", в т.ч. по годам реализации: …", ending with one full stop. */
function totalWithYears(total: Decimal | null, years: readonly PassportYearAmount[], precision: number, unit: Unit): string {
  const text = `всего ${passportAmountText(total, precision, unit)}` + (years.length > 0 ? `, в т.ч. по годам реализации: ${byYears(years, precision, unit)}` : '');
  return text.endsWith('.') ? text : `${text}.`;
}

/** A line of the paragraph and what it is about: the lead (total and years), «… по источникам:», a source. */
export type PassportFundingLine =
  | { role: 'lead'; text: string }
  | { role: 'sourcesHead'; text: string }
  | { role: 'source'; source: number; text: string };

/**
 * The paragraph as the document's lines (one <p> each): the lead, then, when there are sources, one line per
 * source — in the funding's own unit, with that unit's decimals (`thousandsPrecision` is the configured one of тыс. руб.).
 */
export function passportFundingLines(funding: PassportFunding, thousandsPrecision: number): PassportFundingLine[] {
  const unit = unitOf(funding);
  const precision = unitPrecision(unit, thousandsPrecision);
  const total = passportAmountText(funding.total, precision, unit);
  const head = totalWithYears(funding.total, funding.years, precision, unit);
  const lines: PassportFundingLine[] = [{ role: 'lead', text: head.charAt(0).toUpperCase() + head.slice(1) }];
  if (funding.sources.length > 0) {
    lines.push({ role: 'sourcesHead', text: `Всего ${total} в т.ч. по источникам:` });
    funding.sources.forEach((source, i) => lines.push({ role: 'source', source: i, text: `${source.name}: ${totalWithYears(source.total, source.years, precision, unit)}` }));
  }
  return lines;
}

export function passportFundingParagraph(funding: PassportFunding, thousandsPrecision: number): string {
  return passportFundingLines(funding, thousandsPrecision)
    .map((line) => line.text)
    .join('\n');
}
