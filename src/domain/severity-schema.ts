// The zod schemas of severities (severity.ts has their order and labels), kept apart as amount-schema.ts says.
import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A configured severity; "off" silences a rule. */
export const ConfiguredSeverity = z.enum(['error', 'warning', 'info', 'off']);
export type ConfiguredSeverity = z.infer<typeof ConfiguredSeverity>;
