import { z } from 'zod';
import { FundingTable } from './funding';
import { IndicatorTable } from './indicators';
import { Passport } from './passport';
import { Period } from './year-span-schema';

/** A municipal program: the passport (optional) and its two annexes. */
export const Program = z.object({
  /** Who the program belongs to, as in the title block: "городского округа Ступино Московской области". */
  municipality: z.string(),
  /** "Цифровое муниципальное образование". */
  title: z.string(),
  period: Period,
  passport: Passport.nullable(),
  /** Приложение №1; null when the workbook lacks it (S001). */
  funding: FundingTable.nullable(),
  /** Приложение №2; null when the workbook lacks it (S001). */
  indicators: IndicatorTable.nullable(),
});
export type Program = z.infer<typeof Program>;
