import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A configured severity; "off" silences a rule. */
export const ConfiguredSeverity = z.enum(['error', 'warning', 'info', 'off']);
export type ConfiguredSeverity = z.infer<typeof ConfiguredSeverity>;

export const SEVERITY_LABEL: Readonly<Record<Severity, { ru: string; en: string }>> = {
  error: { ru: 'ошибка', en: 'error' },
  warning: { ru: 'предупреждение', en: 'warning' },
  info: { ru: 'сведение', en: 'info' },
};
