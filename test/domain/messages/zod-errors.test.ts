// zod's messages in Russian per call (src/domain/messages/zod-errors.ts): zod's own Russian, except a number
// that is not one, which zod would describe as «получено NaN».
import { z } from 'zod';
import { RUSSIAN_ZOD } from '../../../src/domain/messages/zod-errors';

const messagesOf = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value, RUSSIAN_ZOD);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('RUSSIAN_ZOD', () => {
  const Query = z.object({ year: z.coerce.number().int().min(1900).max(2200) });

  it('says a year typed in letters is not a number, never «NaN»', () => {
    expect(messagesOf(Query, { year: 'abc' })).toEqual(['Неверный ввод: ожидается число, получено: не число']);
  });

  it('names the types in Russian (zod leaves «ожидалось string»)', () => {
    expect(messagesOf(z.object({ name: z.string() }), { name: 5 })).toEqual(['Неверный ввод: ожидается строка, получено: число']);
    expect(messagesOf(z.object({ rows: z.array(z.number()) }), { rows: {} })).toEqual(['Неверный ввод: ожидается массив, получено: объект']);
    expect(messagesOf(z.object({ name: z.string() }), {})).toEqual(['Неверный ввод: ожидается строка, получено: ничего']);
  });

  it('names a record, a tuple, a map and a set in Russian too (a push\'s explanations are a record)', () => {
    expect(messagesOf(z.object({ explanations: z.record(z.string(), z.string()) }), { explanations: 5 })).toEqual(['Неверный ввод: ожидается объект, получено: число']);
    expect(messagesOf(z.tuple([z.string()]), 'x')).toEqual(['Неверный ввод: ожидается массив, получено: строка']);
    for (const schema of [z.map(z.string(), z.string()), z.set(z.string())]) expect(messagesOf(schema, 5)[0]).not.toMatch(/[a-z]{3,}/);
  });

  it("keeps zod's Russian for everything else", () => {
    expect(messagesOf(Query, { year: '1800' })).toEqual([expect.stringMatching(/^Слишком маленькое значение/)]);
    expect(messagesOf(z.enum(['a', 'b']), 'c')).toEqual([expect.stringMatching(/^Неверный вариант/)]);
  });

  it("leaves a schema's own message first", () => {
    expect(messagesOf(z.number({ error: 'своё' }), 'x')).toEqual(['своё']);
  });
});
