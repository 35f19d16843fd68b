// The rule catalogue of docs/design/RULES.md and docs/design/REPORTS.md (the R-rules): ids, areas and default severities are the product's
// contract. R006 is an error in the annual report and a warning in a quarterly one (the rule lowers it there).
import type { Severity } from '../severity';

export type RuleArea = 'structure' | 'funding' | 'passport' | 'indicators' | 'report';

export const RULE_CATALOGUE = {
  S001: { area: 'structure', severity: 'error' },
  S002: { area: 'structure', severity: 'error' },
  S003: { area: 'structure', severity: 'error' },
  S004: { area: 'structure', severity: 'error' },
  S005: { area: 'structure', severity: 'error' },
  S006: { area: 'structure', severity: 'warning' },
  S007: { area: 'structure', severity: 'error' },
  S008: { area: 'structure', severity: 'warning' },
  S009: { area: 'structure', severity: 'warning' },
  S010: { area: 'structure', severity: 'warning' },
  S011: { area: 'structure', severity: 'warning' },
  F001: { area: 'funding', severity: 'error' },
  F002: { area: 'funding', severity: 'error' },
  F003: { area: 'funding', severity: 'error' },
  F004: { area: 'funding', severity: 'error' },
  F005: { area: 'funding', severity: 'error' },
  F006: { area: 'funding', severity: 'warning' },
  F007: { area: 'funding', severity: 'error' },
  F008: { area: 'funding', severity: 'error' },
  F009: { area: 'funding', severity: 'info' },
  P001: { area: 'passport', severity: 'error' },
  P002: { area: 'passport', severity: 'error' },
  P003: { area: 'passport', severity: 'error' },
  P004: { area: 'passport', severity: 'warning' },
  P005: { area: 'passport', severity: 'error' },
  P006: { area: 'passport', severity: 'error' },
  I001: { area: 'indicators', severity: 'error' },
  I002: { area: 'indicators', severity: 'error' },
  I003: { area: 'indicators', severity: 'error' },
  I004: { area: 'indicators', severity: 'warning' },
  I005: { area: 'indicators', severity: 'warning' },
  I006: { area: 'indicators', severity: 'warning' },
  I007: { area: 'indicators', severity: 'warning' },
  I008: { area: 'indicators', severity: 'warning' },
  I009: { area: 'indicators', severity: 'warning' },
  I010: { area: 'indicators', severity: 'warning' },
  I011: { area: 'indicators', severity: 'error' },
  I012: { area: 'indicators', severity: 'info' },
  I013: { area: 'indicators', severity: 'info' },
  R001: { area: 'report', severity: 'error' },
  R002: { area: 'report', severity: 'error' },
  R003: { area: 'report', severity: 'error' },
  R004: { area: 'report', severity: 'warning' },
  R005: { area: 'report', severity: 'error' },
  R006: { area: 'report', severity: 'error' },
  R007: { area: 'report', severity: 'error' },
  R008: { area: 'report', severity: 'error' },
  R009: { area: 'report', severity: 'error' },
} as const satisfies Record<string, { area: RuleArea; severity: Severity }>;

export type RuleId = keyof typeof RULE_CATALOGUE;
export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_CATALOGUE, id);
}
