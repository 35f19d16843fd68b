// How the annexes write their values as text (the .docx): amounts "345 128,0" with the declared
// decimals and zero as "0", as the program document does; indicator values as written ("96,68"),
// with their bound ("не менее 85"); a missing base value as "-".
import { formatDecimalRu, formatScaledRu, toScaled, type Decimal } from '../../domain/amount';
import type { IndicatorValue } from '../../domain/model/indicators';
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import type { Program } from '../../domain/model/program';
import { FUNDING_HEADING } from '../../sheets/write/funding-sheet';
import { INDICATOR_HEADING } from '../../sheets/write/indicator-sheet';

/** "345 128,0" with a no-break space between the digit groups, so that a narrow cell never breaks a number. */
export function annexAmountText(amount: Decimal | null, precision: number): string {
  const scaled = amount === null ? 0n : toScaled(amount, precision);
  return scaled === 0n ? '0' : keepDigitGroups(formatScaledRu(scaled, precision));
}

export function indicatorValueText(value: IndicatorValue | null): string {
  if (value === null) return '-';
  const number = keepDigitGroups(formatDecimalRu(value.value));
  if (value.bound === 'min') return `не менее ${number}`;
  if (value.bound === 'max') return `не более ${number}`;
  return number;
}

/** The lines of the title block above an annex: "Приложение №1", "к муниципальной программе", "«…»". */
export function annexTitleBlock(number: 1 | 2, program: Program): string[] {
  return [`Приложение №${number}`, 'к муниципальной программе', `«${program.title}»`];
}

/**
 * The heading of Приложение 1 with the program's name. Not the title read from a sheet: readers may take a
 * line of the title block for it, and the document's heading is fixed wording.
 */
export function fundingTableTitle(program: Program): string {
  return `${FUNDING_HEADING} «${program.title}»`;
}

export function indicatorTableTitle(program: Program): string {
  return `${INDICATOR_HEADING} «${program.title}»`;
}
