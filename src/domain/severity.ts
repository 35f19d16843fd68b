// Severities. Their schemas are in severity-schema.ts, apart from these tables: `sverka validate` loads no zod.
import type { Severity } from './severity-schema';

export type { Severity, ConfiguredSeverity } from './severity-schema';

/** The one order of severities: errors first. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
/** A severity's place in that order (0 is the most severe). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_LABEL: Readonly<Record<Severity, { ru: string; en: string }>> = {
  error: { ru: 'ошибка', en: 'error' },
  warning: { ru: 'предупреждение', en: 'warning' },
  info: { ru: 'сведение', en: 'info' },
};
