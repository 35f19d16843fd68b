// Properties of the whole rule set on generated programs: a program that adds up gives no finding,
// and changing any single amount gives one error, at that amount (one defect, one finding).
import fc from 'fast-check';
import { fromScaled } from '../../src/domain/amount';
import { collectFindings } from '../../src/domain/check-program';
import { amountCells, changedAmount } from '../fixtures/amount-cells';
import { buildProgram, EXTRA_BUDGETARY, FEDERAL, MOSCOW_REGION, STUPINO, type ActivitySpec, type ProgramSpec } from '../fixtures/program-builder';

const SOURCES = [STUPINO, MOSCOW_REGION, EXTRA_BUDGETARY, FEDERAL];
const SUBPROGRAM_NAMES = [
  'Снижение административных барьеров, повышение качества и доступности предоставления государственных и муниципальных услуг',
  'Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики',
  'Цифровое государственное управление',
];

/** An amount in тыс. руб. with one decimal, or an empty cell. */
const amount = fc.option(fc.integer({ min: 0, max: 2_000_000_000 }).map((tenths) => fromScaled(BigInt(tenths), 1)), { nil: null, freq: 5 });

const programSpec: fc.Arbitrary<ProgramSpec> = fc
  .record({
    years: fc.integer({ min: 1, max: 5 }),
    subprograms: fc.array(fc.subarray(SOURCES, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
    passport: fc.boolean(),
  })
  .chain(({ years, subprograms, passport }) =>
    fc.record({
      period: fc.constant({ from: 2020, to: 2020 + years - 1 }),
      passport: fc.constant(passport),
      subprograms: fc.tuple(
        ...subprograms.map((sources, i) =>
          fc.record({
            name: fc.constant(SUBPROGRAM_NAMES[i]),
            sources: fc.tuple(...sources.map((name) => fc.record({ name: fc.constant(name), years: fc.array(amount, { minLength: years, maxLength: years }) }))),
            activities: fc.constant<ActivitySpec[]>([{
              title: `Основное мероприятие 0${i + 1}. Информационная инфраструктура`,
              indicators: [{ name: 'Доля рабочих мест, обеспеченных компьютерным оборудованием', unit: '%', base: '100.0', plan: Array.from({ length: years }, () => '100.0') }],
            }]),
          }),
        ),
      ),
    }),
  );

describe('properties of the rule set', () => {
  it('a generated program that adds up gives no finding (but the info that a passport is missing)', () => {
    fc.assert(
      fc.property(programSpec, (spec) => {
        const findings = collectFindings({ program: buildProgram(spec) });
        expect(findings.map((f) => `${f.rule} ${f.severity} ${f.path}`)).toEqual(spec.passport ? [] : ['S001 info passport']);
      }),
      { numRuns: 150 },
    );
  });

  // One defect, one finding (issue 9, docs/findings.md): the cascade of totals a changed amount throws off is
  // folded under that amount. A passport amount makes two statements false — the passport disagrees with
  // itself (P006) and with Приложение 1 (P001–P003) — each once, both at that amount.
  it('changing any single amount gives exactly one error, at that amount (a passport amount: P006 and its comparison with Приложение 1)', () => {
    fc.assert(
      fc.property(programSpec, fc.nat(), fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((d) => d !== 0), (spec, pick, delta) => {
        const program = buildProgram(spec);
        const cells = amountCells(program);
        const cell = cells[pick % cells.length];
        const changed = structuredClone(program);
        cell.set(changed, changedAmount(cell.get(changed), delta));
        const errors = collectFindings({ program: changed }).filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.path)).toEqual(errors.map(() => cell.path));
        if (cell.cross === null) expect(errors).toHaveLength(1);
        else expect(errors.map((f) => f.rule).sort()).toEqual([cell.cross, 'P006']);
        for (const f of errors) expect((f.affects ?? []).map((a) => a.path)).not.toContain(cell.path);
      }),
      { numRuns: 400 },
    );
  });
});
