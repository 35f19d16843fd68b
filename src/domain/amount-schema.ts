// The zod schema of an exact amount (amount.ts). The schemas of the domain's small values are kept apart from
// their helpers, in modules of their own (*-schema.ts): the store and the JSON files parse with them, while
// `sverka validate` reads a workbook and parses nothing, so that it never initialises zod and its schemas
// (≈ 80 M instructions of every run, test/repo/validate-without-zod.test.ts).
import { z } from 'zod';

/** A decimal number as written, with "." as the separator: "423767.8", "-5", "98100.94". */
export const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'десятичное число вида 123.4');
export type Decimal = z.infer<typeof Decimal>;
