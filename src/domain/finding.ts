import { z } from 'zod';
import { Decimal } from './amount';
import { Severity } from './severity';

/** A localized text: Russian first, English second. */
export const Localized = z.object({ ru: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;
export type Lang = keyof Localized;

/** What to write into the finding's own cell to set it right. */
export const Fix = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: Decimal }),
  z.object({ kind: z.literal('text'), value: z.string() }),
  /** A formula (without "=") that computes the value; `value` is what it gives now. */
  z.object({ kind: z.literal('formula'), formula: z.string(), value: Decimal }),
]);
export type Fix = z.infer<typeof Fix>;

/** One finding: the same shape for the task pane, the CLI and the store. */
export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** Rule id plus domain path: stable across re-layouts; explanations are keyed by it. */
  key: z.string(),
  /** Where in the program (see paths.ts). */
  path: z.string(),
  sheet: z.string().nullable(),
  /** A1 address, no sheet name and no `$`. */
  cell: z.string().nullable(),
  messageId: z.string(),
  message: Localized,
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  fix: Fix.nullable(),
});
export type Finding = z.infer<typeof Finding>;
