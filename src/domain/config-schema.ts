// The zod schema of the rules config (config.ts): what --rules RULES.json and the pane's settings are checked
// by. Every field has its default from config.ts, so that `{}` parses to DEFAULT_CONFIG. Kept apart from
// config.ts as amount-schema.ts says. A default list is frozen there (shared by every run of a process): each config
// parsed gets its own copy, mutable as its type says.
import { z } from 'zod';
import {
  DEFAULT_HIGHER_IS_BETTER,
  DEFAULT_INDICATOR_TYPES,
  DEFAULT_LOWER_IS_BETTER,
  DEFAULT_PRECISION,
  DEFAULT_REPORT_PACE,
  DEFAULT_SOURCES,
  DEFAULT_UNITS,
} from './config';
import { RULE_IDS, type RuleId } from './rules/catalogue';
import { ConfiguredSeverity } from './severity-schema';

export const Direction = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof Direction>;

const severityShape = Object.fromEntries(RULE_IDS.map((id) => [id, ConfiguredSeverity.optional()])) as Record<
  RuleId,
  z.ZodOptional<typeof ConfiguredSeverity>
>;

export const RulesConfig = z
  .object({
    /** Overrides of the catalogue's default severities; "off" silences a rule. */
    severity: z.object(severityShape).strict().default({}),
    /** Decimals of an amount (тыс. руб. with one decimal). */
    precision: z.number().int().min(0).max(6).default(DEFAULT_PRECISION),
    units: z.array(z.string()).default(() => [...DEFAULT_UNITS]),
    indicatorTypes: z.array(z.string()).default(() => [...DEFAULT_INDICATOR_TYPES]),
    /** Source names; "Бюджет городского округа" also accepts "Бюджет городского округа <name>". */
    sources: z.array(z.string()).default(() => [...DEFAULT_SOURCES]),
    /** The direction of named indicators; `match` is a part of the name (case and spaces folded). */
    directions: z.array(z.object({ match: z.string().min(1), direction: Direction })).default([]),
    /** Words that tell the direction when no entry of `directions` matches. */
    higherIsBetter: z.array(z.string()).default(() => [...DEFAULT_HIGHER_IS_BETTER]),
    lowerIsBetter: z.array(z.string()).default(() => [...DEFAULT_LOWER_IS_BETTER]),
    /**
     * R006: a line is behind the year's pace when Освоено / План is below this share of the elapsed part of the
     * year (quarters / 4); "0.5" — half of it.
     */
    reportPace: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'доля от 0 до 1, например "0.5"').default(DEFAULT_REPORT_PACE),
  })
  .strict();
export type RulesConfig = z.infer<typeof RulesConfig>;
export type RulesConfigInput = z.input<typeof RulesConfig>;

