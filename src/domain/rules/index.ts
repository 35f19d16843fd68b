// The registry: every rule of the catalogue, in catalogue order.
import { requiredTable } from './structure/S001-required-table';
import { headerNotFound } from './structure/S002-header-not-found';
import { yearColumns } from './structure/S003-year-columns';
import { notANumber } from './structure/S004-not-a-number';
import { errorValue } from './structure/S005-error-value';
import { excessDecimals } from './structure/S006-excess-decimals';
import { requiredCell } from './structure/S007-required-cell';
import { unclassifiedRow } from './structure/S008-unclassified-row';
import { mixedAlphabets } from './structure/S009-mixed-alphabets';
import { unattributedAmount } from './structure/S010-unattributed-amount';
import { unitNotStated } from './structure/S011-unit-not-stated';
import { rowTotal } from './funding/F001-row-total';
import { subprogramTotal } from './funding/F002-subprogram-total';
import { programTotal } from './funding/F003-program-total';
import { totalBySource } from './funding/F004-total-by-source';
import { negativeAmount } from './funding/F005-negative-amount';
import { unknownSource } from './funding/F006-unknown-source';
import { duplicateSource } from './funding/F007-duplicate-source';
import { missingTotalRow } from './funding/F008-missing-total-row';
import { typedTotal } from './funding/F009-typed-total';
import { passportProgramTotal } from './passport/P001-program-total';
import { passportYearAmount } from './passport/P002-year-amount';
import { passportSourceAmounts } from './passport/P003-source-amounts';
import { subprogramNames } from './passport/P004-subprogram-names';
import { passportPeriod } from './passport/P005-period';
import { passportSums } from './passport/P006-passport-sums';
import { planMissing } from './indicators/I001-plan-missing';
import { percentRange } from './indicators/I002-percent-range';
import { negativeCount } from './indicators/I003-negative-count';
import { unknownUnit } from './indicators/I004-unknown-unit';
import { unknownType } from './indicators/I005-unknown-type';
import { worseThanBase } from './indicators/I006-worse-than-base';
import { worseningPlan } from './indicators/I007-worsening-plan';
import { numbering } from './indicators/I008-numbering';
import { activityCode } from './indicators/I009-activity-code';
import { duplicateIndicator } from './indicators/I010-duplicate-indicator';
import { subprogramMismatch } from './indicators/I011-subprogram-mismatch';
import { noBase } from './indicators/I012-no-base';
import { assumedDirection } from './indicators/I013-assumed-direction';
import { planDiffers } from './report/R001-plan-differs';
import { reportTotalsAddUp } from './report/R002-report-totals';
import { factInvalid } from './report/R003-fact-invalid';
import { overExecution } from './report/R004-over-execution';
import { factDecreased } from './report/R005-fact-decreased';
import { deviationWithoutReason } from './report/R006-deviation-without-reason';
import { percentTypedWrong } from './report/R007-percent-typed-wrong';
import { reportPeriod } from './report/R008-period';
import { titleLinesDisagree } from './report/R009-title-lines-disagree';
import type { AnyRule } from './define-rule';

export const ALL_RULES: readonly AnyRule[] = [
  requiredTable,
  headerNotFound,
  yearColumns,
  notANumber,
  errorValue,
  excessDecimals,
  requiredCell,
  unclassifiedRow,
  mixedAlphabets,
  unattributedAmount,
  unitNotStated,
  rowTotal,
  subprogramTotal,
  programTotal,
  totalBySource,
  negativeAmount,
  unknownSource,
  duplicateSource,
  missingTotalRow,
  typedTotal,
  passportProgramTotal,
  passportYearAmount,
  passportSourceAmounts,
  subprogramNames,
  passportPeriod,
  passportSums,
  planMissing,
  percentRange,
  negativeCount,
  unknownUnit,
  unknownType,
  worseThanBase,
  worseningPlan,
  numbering,
  activityCode,
  duplicateIndicator,
  subprogramMismatch,
  noBase,
  assumedDirection,
  planDiffers,
  reportTotalsAddUp,
  factInvalid,
  overExecution,
  factDecreased,
  deviationWithoutReason,
  percentTypedWrong,
  reportPeriod,
  titleLinesDisagree,
];

/** The R-rules (docs/design/REPORTS.md): they check a report on a program (reporting/check-report.ts) and stay silent on a program alone. */
export const REPORT_RULES: readonly AnyRule[] = ALL_RULES.filter((r) => r.meta.id.startsWith('R'));
