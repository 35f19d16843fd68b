// The finding contract (docs/findings.md): what a rule found, as data. Words come from the rule's message
// map at the edge (messages/render-message.ts); cells and formulas of a fix from the resolver in
// src/sheets (resolve-fix.ts).
import { z } from 'zod';
import { Decimal } from './amount-schema';
import { Severity } from './severity-schema';

/** A localized text: Russian first, English second. */
export const Localized = z.object({ ru: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;
export type Lang = keyof Localized;

/** What would set the finding's own cell right, in the program's terms (paths, not cells). */
export const Fix = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: Decimal }),
  z.object({ kind: z.literal('text'), value: z.string() }),
  /** The cell is the sum of these paths' cells (a formula where they are known); `value` is that sum now. */
  z.object({ kind: z.literal('sum'), addends: z.array(z.string()).min(1), value: Decimal }),
]);
export type Fix = z.infer<typeof Fix>;

/**
 * A cell whose mismatch the finding explains (one defect, one finding: docs/findings.md): a sum there is off
 * only because of the finding's cell, so it is not reported by itself. `place` words it (messages/message-data.ts).
 */
export const Affected = z.object({
  rule: z.string(),
  path: z.string(),
  place: z.record(z.string(), z.json()),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
});
export type Affected = z.infer<typeof Affected>;

/** One finding: the same shape for the task pane, the CLI and the store. */
export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** One of the rule's message ids. */
  messageId: z.string(),
  /** That message's data, typed by the kinds the message declares (messages/message-data.ts). */
  data: z.record(z.string(), z.json()),
  /** Where in the program (see paths.ts). */
  path: z.string(),
  /** Rule id plus domain path: stable across re-layouts; explanations are keyed by it. */
  key: z.string(),
  sheet: z.string().nullable(),
  /** A1 address, no sheet name and no `$`. */
  cell: z.string().nullable(),
  fix: Fix.nullable(),
  /** The other cells this finding's cell throws off (absent: none; reports stored before it also lack it). */
  affects: z.array(Affected).optional(),
});
export type Finding = z.infer<typeof Finding>;
