// Every published report form of the corpus (one file each here).
import irkutskActivitiesExecution from './irkutsk-activities-execution';
import municipalIndicatorsAchievement from './municipal-indicators-achievement';
import type { ReportFragment } from './report-fragment';
import sudogdaExpensesAllSources from './sudogda-expenses-all-sources';

export const REPORT_CORPUS: readonly ReportFragment[] = [sudogdaExpensesAllSources, municipalIndicatorsAchievement, irkutskActivitiesExecution];
