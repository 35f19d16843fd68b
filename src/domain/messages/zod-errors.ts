// zod's own messages in Russian, per call: `schema.safeParse(value, RUSSIAN_ZOD)`. Never `z.config()`,
// which would change zod for the whole process (the pane, the server and every library that uses zod).
// A schema's own message (`{ error: '…' }`) still wins over this map, as zod orders them.
import { z } from 'zod';

const russian = z.locales.ru().localeError;

/** The types zod's Russian leaves in English («ожидалось string»), in Russian. */
const TYPE_NAMES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  bigint: 'целое число',
  boolean: 'да или нет (true/false)',
  object: 'объект',
  record: 'объект',
  map: 'объект',
  array: 'массив',
  tuple: 'массив',
  set: 'массив',
  date: 'дата',
  null: 'null',
  undefined: 'ничего',
};

/** What a value is, in Russian, as an «получено …» names it. */
function receivedName(input: unknown): string {
  if (input === undefined) return 'ничего';
  if (input === null) return 'null';
  if (typeof input === 'number') return Number.isNaN(input) ? 'не число' : 'число';
  if (Array.isArray(input)) return 'массив';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

/**
 * zod's Russian, with a wrong type said wholly in Russian: zod itself says «ожидалось string, получено число»
 * and, for a query's `year=abc` coerced to a number, «получено NaN» — a JavaScript value, not what was typed.
 */
const russianError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string' && issue.expected in TYPE_NAMES) {
    return `Неверный ввод: ожидается ${TYPE_NAMES[issue.expected]}, получено: ${receivedName(issue.input)}`;
  }
  return russian(issue);
};

export const RUSSIAN_ZOD: { error: z.core.$ZodErrorMap } = { error: russianError };
