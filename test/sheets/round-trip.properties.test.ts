// Properties through the sheets (issue 2, point 6): any generated valid program, laid out by the writers
// and read back by the readers, is the same program and has no error; typing a wrong number into any
// total or value cell makes the rule about that cell fire at that very cell.
import fc from 'fast-check';
import { fromScaled, toScaled, type Decimal } from '../../src/domain/amount';
import type { Program } from '../../src/domain/model/program';
import { paths } from '../../src/domain/paths';
import { locate } from '../../src/domain/provenance';
import { sourceKeys } from '../../src/domain/sources';
import { parseA1 } from '../../src/sheets/address';
import { checkWorkbook } from '../../src/sheets/check-workbook';
import type { Grid } from '../../src/sheets/grid';
import { readWorkbook } from '../../src/sheets/read/read-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { amountCells, changedAmount } from '../fixtures/amount-cells';
import { buildProgram, EXTRA_BUDGETARY, FEDERAL, MOSCOW_REGION, STUPINO, type ProgramSpec } from '../fixtures/program-builder';

const SOURCES = [STUPINO, MOSCOW_REGION, EXTRA_BUDGETARY, FEDERAL];
const NAMES = [
  'Снижение административных барьеров, повышение качества и доступности предоставления государственных и муниципальных услуг',
  'Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики',
  'Развитие архивного дела',
  'Обеспечивающая подпрограмма',
];
const INDICATORS = [
  { name: 'Доля рабочих мест, обеспеченных компьютерным оборудованием', unit: '%' },
  { name: 'Увеличение доли граждан, зарегистрированных в ЕСИА', unit: '%' },
  { name: 'Количество современных компьютеров на 100 обучающихся', unit: 'единиц' },
];

/** An amount in тыс. руб. with one decimal; zero is written "0", as the documents write it. */
const amount = fc.option(
  fc.integer({ min: 0, max: 500_000_000 }).map((tenths) => (tenths === 0 ? '0' : fromScaled(BigInt(tenths), 1))),
  { nil: null, freq: 6 },
);
/** A value of a "%" indicator with up to two decimals, as written ("95", "96.68", "100.0"). */
const percent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => fromScaled(BigInt(hundredths), 2).replace(/\.?0+$/, '') || '0');

const programSpec: fc.Arbitrary<ProgramSpec> = fc
  .record({
    from: fc.integer({ min: 2019, max: 2030 }),
    years: fc.integer({ min: 1, max: 7 }),
    subprograms: fc.array(fc.subarray(SOURCES, { minLength: 1 }), { minLength: 1, maxLength: 4 }),
    passport: fc.boolean(),
  })
  .chain(({ from, years, subprograms, passport }) =>
    fc.record({
      period: fc.constant({ from, to: from + years - 1 }),
      passport: fc.constant(passport),
      subprograms: fc.tuple(
        ...subprograms.map((sources, i) =>
          fc.record({
            name: fc.constant(NAMES[i]),
            sources: fc.tuple(...sources.map((name) => fc.record({ name: fc.constant(name), years: fc.array(amount, { minLength: years, maxLength: years }) }))),
            activities: fc.array(
              fc.record({
                title: fc.constant(`Основное мероприятие 0${i + 1}. Информационная инфраструктура`),
                indicators: fc.uniqueArray(
                  fc.record({ pick: fc.constantFrom(...INDICATORS), base: percent }).map(({ pick, base }) => ({ ...pick, base, plan: Array.from({ length: years }, () => base) })),
                  { minLength: 1, maxLength: 3, selector: (x) => x.name },
                ),
              }),
              { minLength: 1, maxLength: 2 },
            ),
          }),
        ),
      ),
    }),
  );

const RUNS = 25;

/**
 * The writers show a zero amount as "0", the way the documents write it (number format "#,##0.0;-#,##0.0;0"),
 * so a computed total "0.0" reads back as "0": compare zeros as zeros.
 */
function zerosAsWritten<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' && /^0\.0+$/.test(v) ? '0' : v));
}

describe('a generated valid program through the writers and the readers', () => {
  it('reads back as the same program and has no error', () => {
    fc.assert(
      fc.property(programSpec, (spec) => {
        const program = buildProgram(spec);
        const grids = writeProgramWorkbook(program);
        const reading = readWorkbook(grids);
        expect(reading.readIssues).toEqual([]);
        // The table's title is the program's name in the title block, which the builder does not set.
        expect(reading.program.funding).toEqual(zerosAsWritten(program.funding && { ...program.funding, title: reading.program.funding?.title }));
        expect(reading.program.indicators?.subprograms).toEqual(program.indicators?.subprograms);
        expect(reading.program.period).toEqual(program.period);
        if (program.passport) {
          expect(reading.program.passport?.funding).toEqual(zerosAsWritten(program.passport.funding));
          expect(reading.program.passport?.subprograms).toEqual(program.passport.subprograms);
        }
        expect(checkWorkbook(grids).report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A cell a person may mistype, and the rule that must fire at it. */
interface TypedCell {
  rule: string;
  path: string;
  /** The wrong value typed. */
  wrong: (current: Decimal) => number;
}

function totalCells(program: Program): TypedCell[] {
  const funding = program.funding!;
  const off = (d: Decimal) => Number(fromScaled(toScaled(d, 1) + 1n, 1)); // 0,1 тыс. руб. more
  const out: TypedCell[] = [];
  funding.subprograms.forEach((sub, i) => {
    const keys = sourceKeys(sub.sources.map((s) => s.source));
    keys.forEach((key) => out.push({ rule: 'F001', path: paths.fundingSourceCell(i, key, 'total'), wrong: off }));
    funding.years.forEach((y) => out.push({ rule: 'F002', path: paths.fundingSubtotalCell(i, y), wrong: off }));
  });
  funding.years.forEach((y) => out.push({ rule: 'F003', path: paths.fundingTotalCell(y), wrong: off }));
  sourceKeys(funding.totalBySource.map((r) => r.source)).forEach((key) => funding.years.forEach((y) => out.push({ rule: 'F004', path: paths.fundingBySourceCell(key, y), wrong: off })));
  program.indicators!.subprograms.forEach((sub, s) =>
    sub.activities.forEach((act, a) =>
      act.indicators.forEach((ind, n) => {
        if (ind.unit === '%') program.indicators!.years.forEach((y) => out.push({ rule: 'I002', path: paths.indicatorPlan(s, a, n, y), wrong: () => 120 }));
        else program.indicators!.years.forEach((y) => out.push({ rule: 'I003', path: paths.indicatorPlan(s, a, n, y), wrong: () => -1 }));
      }),
    ),
  );
  return out;
}

/** Types a number over the cell, as a person does (the formula is gone). */
function typeInto(grids: Grid[], sheet: string, cell: string, value: number): Grid[] {
  const { row, col } = parseA1(cell);
  return grids.map((g) => {
    if (g.name !== sheet) return g;
    const r = row - (g.origin?.row ?? 0);
    const c = col - (g.origin?.col ?? 0);
    const rows = g.rows.map((cells, i) => (i === r ? cells.map((x, j) => (j === c ? { ...x, value, formula: null } : x)) : cells));
    return { ...g, rows };
  });
}

describe('typing a wrong number into one cell', () => {
  it('makes the rule about that cell fire at that cell', () => {
    fc.assert(
      fc.property(programSpec, fc.nat(), (spec, pick) => {
        const program = buildProgram(spec);
        const grids = writeProgramWorkbook(program);
        const { provenance } = readWorkbook(grids);
        const cells = totalCells(program);
        const target = cells[pick % cells.length];
        const at = locate(provenance, target.path);
        expect(at).not.toBeNull();
        const broken = typeInto(grids, at!.sheet, at!.cell, target.wrong(valueAt(grids, at!.sheet, at!.cell) ?? '0'));
        const findings = checkWorkbook(broken).report.findings;
        expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toContainEqual([target.rule, at!.sheet, at!.cell]);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

function valueAt(grids: Grid[], sheet: string, cell: string): Decimal | null {
  const g = grids.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  const v = g.rows[row - (g.origin?.row ?? 0)]?.[col - (g.origin?.col ?? 0)]?.value;
  return typeof v === 'number' ? String(v) : null;
}

// One defect, one finding (issue 9), through the writers and the readers: an amount of Приложение 1 typed
// over, or a passport amount changed in its text (paragraph or table), gives one error, at that cell — a
// passport amount two, both there: P006 (the passport with itself) and P001–P003 (against Приложение 1).
describe('changing any single amount of a valid program, through the sheets', () => {
  it('gives exactly one error, at that cell (a passport amount: P006 and its comparison with Приложение 1)', () => {
    fc.assert(
      fc.property(programSpec, fc.constantFrom<'paragraph' | 'table'>('paragraph', 'table'), fc.nat(), fc.integer({ min: -100_000, max: 100_000 }).filter((d) => d !== 0), (spec, form, pick, delta) => {
        const program = buildProgram(spec);
        if (program.passport?.funding) program.passport.funding.form = form;
        const cells = amountCells(program);
        const cell = cells[pick % cells.length];
        let grids = writeProgramWorkbook(program);
        const at = locate(readWorkbook(grids).provenance, cell.path);
        expect(at).not.toBeNull();
        if (cell.cross === null) {
          grids = typeInto(grids, at!.sheet, at!.cell, Number(changedAmount(valueAt(grids, at!.sheet, at!.cell), delta)));
        } else {
          const changed = structuredClone(program);
          cell.set(changed, changedAmount(cell.get(changed), delta));
          grids = writeProgramWorkbook(changed);
        }
        const errors = checkWorkbook(grids).report.findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => [f.path, f.sheet, f.cell])).toEqual(errors.map(() => [cell.path, at!.sheet, at!.cell]));
        if (cell.cross === null) expect(errors.map((f) => f.rule)).toHaveLength(1);
        else expect(errors.map((f) => f.rule).sort()).toEqual([cell.cross, 'P006']);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
