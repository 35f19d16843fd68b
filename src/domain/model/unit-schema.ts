// The zod schemas of a unit and of where it was read (unit.ts), kept apart as amount-schema.ts says.
import { z } from 'zod';

export const Unit = z.enum(['руб.', 'тыс. руб.', 'млн руб.']);
export type Unit = z.infer<typeof Unit>;

/** Where the unit was read: the title above a table, a header cell, the amount's own text — or not stated. */
export const UnitSource = z.enum(['title', 'header', 'cell', 'text', 'assumed']);
export type UnitSource = z.infer<typeof UnitSource>;
