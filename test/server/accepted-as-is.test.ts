// A pushed body read without zod's copy of the program (submissions/accepted-as-is.ts) must be exactly what
// zod makes of it — the same values, the same key order, unknown keys left out — and every body zod refuses
// must still be refused by zod's own words. Checked on the worked example and on thousands of its variants:
// keys taken out, added, reordered; values of another type, out of range, unknown enum members, a period
// ending before it starts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { Program } from '../../src/domain/model/program';
import { issuesOf } from '../../src/server/russian-validator';
import { schemaFailure } from '../../src/server/schema-failure';
import { acceptedAsIs, NOT_SURE } from '../../src/server/submissions/accepted-as-is';
import { parseSubmissionBody } from '../../src/server/submissions/prepare-submission';
import { SubmissionBodyShape } from '../../src/store/contract/submission';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/stupino-2020-2024.program.json'), 'utf8')) as Record<string, unknown>;
const programAsIs = acceptedAsIs(Program)!;

/** Same values and the same key order everywhere. */
function sameTree(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);
}

/** Every object and array of a tree with its path. */
function containers(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; value: object }[] = []): typeof out {
  if (value !== null && typeof value === 'object') {
    out.push({ path, value });
    if (Array.isArray(value)) value.forEach((v, i) => containers(v, [...path, i], out));
    else for (const [k, v] of Object.entries(value)) containers(v, [...path, k], out);
  }
  return out;
}

/** A seeded generator (the same variants every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1.5, 2019, 3000, '', 'x', '12.5', '-0.1', 'abc', true, false, [], {}, ['a'], { from: 2020, to: 2019 }, 'тыс. руб.', 'first', 'min'];

/** One variant of the example: a value replaced, a key removed or added, or an object's keys reordered. */
function variant(next: () => number): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
  const edits = 1 + Math.floor(next() * 2);
  for (let e = 0; e < edits; e++) {
    const all = containers(copy);
    const { value } = all[Math.floor(next() * all.length)];
    const kind = next();
    if (Array.isArray(value)) {
      if (value.length === 0 || kind < 0.2) value.push(ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]);
      else if (kind < 0.4) value.splice(Math.floor(next() * value.length), 1);
      else value[Math.floor(next() * value.length)] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (kind < 0.25 && keys.length > 0) {
      delete record[keys[Math.floor(next() * keys.length)]];
    } else if (kind < 0.4) {
      record[next() < 0.5 ? 'extra' : 'comment'] = 'лишнее';
    } else if (kind < 0.6) {
      // The same keys in another order.
      const entries = Object.entries(record);
      for (const key of keys) delete record[key];
      for (const [k, v] of entries.sort(() => next() - 0.5)) record[k] = v;
    } else if (keys.length > 0) {
      record[keys[Math.floor(next() * keys.length)]] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
    }
  }
  return copy;
}

describe('a program accepted as it is', () => {
  test('the worked example is given back itself (nothing copied) and equals what zod makes of it', () => {
    const parsed = Program.parse(example);
    // Zod's order of keys is the shape's: the example as zod wrote it is taken as it is.
    const zodOrdered = JSON.parse(JSON.stringify(parsed)) as unknown;
    expect(programAsIs(zodOrdered)).toBe(zodOrdered);
    expect(sameTree(programAsIs(example), parsed)).toBe(true);
  });

  test('every variant: either what zod makes of it, key order included, or left to zod; nothing zod refuses is accepted', () => {
    const next = random(20261206);
    let accepted = 0;
    let refused = 0;
    for (let n = 0; n < 1200; n++) {
      const program = variant(next);
      const mine = programAsIs(program);
      const zod = Program.safeParse(program);
      if (mine === NOT_SURE) {
        if (!zod.success) refused++;
        continue;
      }
      expect(zod.success).toBe(true);
      if (!zod.success) continue;
      expect(sameTree(mine, zod.data)).toBe(true);
      accepted++;
    }
    // Both sides were exercised.
    expect(accepted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  test('a pushed body: the same body or the same refusal as zod reading the whole of it', () => {
    const next = random(7);
    for (let n = 0; n < 600; n++) {
      const body: Record<string, unknown> = { program: variant(next), explanations: { 'I006:/indicators': 'пояснение' } };
      if (n % 5 === 1) body.basis = '  постановление   от 12.03.2021 № 715-п ';
      if (n % 7 === 2) body.extra = 1;
      if (n % 11 === 3) delete body.explanations;
      if (n % 13 === 4) body.explanations = { '': 'пустой ключ' };
      const text = JSON.stringify(body);
      const outcome = parseSubmissionBody({ json: Buffer.from(text, 'utf8') });
      const zod = issuesOf(SubmissionBodyShape, JSON.parse(text));
      if (Array.isArray(zod)) {
        expect(outcome.ok).toBe(false);
        const expected = schemaFailure('body', zod.map((issue) => ({ instancePath: `/${issue.path.join('/')}`, message: issue.message })));
        if (!outcome.ok) expect(outcome.failure.toBody()).toEqual(expected.toBody());
      } else {
        expect(outcome.ok).toBe(true);
        if (outcome.ok) expect(sameTree(outcome.body, zod.value)).toBe(true);
      }
    }
  });
});

describe('where code cannot be made from text', () => {
  // The shapes' own code is made with new Function; under --disallow-code-generation-from-strings the generic walk stands in.
  test('the generic walk gives what zod makes of the example and of its variants, or leaves them to zod', () => {
    const script = `
      const { acceptedAsIs, NOT_SURE } = require('./src/server/submissions/accepted-as-is.ts');
      const { Program } = require('./src/domain/model/program.ts');
      let refused = false;
      try { new Function('return 1'); } catch { refused = true; }
      const asIs = acceptedAsIs(Program);
      const programs = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      const answers = programs.map((p) => { const mine = asIs(p); return mine === NOT_SURE ? 'NOT_SURE' : mine; });
      process.stdout.write(JSON.stringify({ refused, answers }));
    `;
    const next = random(99);
    const programs = [example, ...Array.from({ length: 200 }, () => variant(next))];
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', '-e', script], {
      cwd: join(__dirname, '../..'),
      input: JSON.stringify(programs),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    const { refused, answers } = JSON.parse(run.stdout) as { refused: boolean; answers: unknown[] };
    expect(refused).toBe(true);
    let accepted = 0;
    answers.forEach((answer, i) => {
      const zod = Program.safeParse(programs[i]);
      if (answer === 'NOT_SURE') return;
      accepted++;
      expect(zod.success && JSON.stringify(answer) === JSON.stringify(zod.data)).toBe(true);
    });
    expect(accepted).toBeGreaterThan(30);
  });
});

describe('schemas whose checks change the value', () => {
  // Zod's string transforms (trim, toLowerCase, toUpperCase, normalize) and overwrite() are checks that write
  // the value back: the value as it came is not what zod gives, so the answer is NOT_SURE, never the input.
  test.each([
    ['trim', z.object({ name: z.string().trim() }), { name: '  Паспорт ' }],
    ['toLowerCase', z.object({ name: z.string().min(1).toLowerCase() }), { name: 'ПАСПОРТ' }],
    ['normalize', z.object({ name: z.string().normalize() }), { name: 'и\u0306' }],
    ['overwrite', z.object({ years: z.array(z.number().overwrite((n) => n + 1)) }), { years: [2020] }],
  ])('%s', (_, schema, value) => {
    const asIs = acceptedAsIs(schema);
    const mine = asIs ? asIs(value) : NOT_SURE;
    const zod = schema.parse(value);
    if (mine !== NOT_SURE) expect(sameTree(mine, zod)).toBe(true);
    expect(mine).toBe(NOT_SURE);
  });

  test('a check that leaves the value as it is still lets it through', () => {
    const schema = z.object({ name: z.string().trim() });
    expect(acceptedAsIs(schema)!({ name: 'Паспорт' })).toEqual({ name: 'Паспорт' });
  });
});
