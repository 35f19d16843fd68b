// Properties of the whole rule set on generated programs: a program that adds up gives no finding,
// and changing any single amount makes the rule about that amount fire at the cells it concerns.
import fc from 'fast-check';
import { fromScaled, toScaled, type Decimal } from '../../src/domain/amount';
import { collectFindings } from '../../src/domain/check-program';
import { fundingColumns } from '../../src/domain/funding-rows';
import type { FundingRow } from '../../src/domain/model/funding';
import type { Program } from '../../src/domain/model/program';
import { paths, type Column, type Path } from '../../src/domain/paths';
import { sourceKeys } from '../../src/domain/sources';
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

/** One amount of the program that a person could mistype, and the findings its change must give: [rule, path]. */
interface AmountCell {
  path: Path;
  get(p: Program): Decimal | null;
  set(p: Program, d: Decimal): void;
  expected: [string, Path][];
}

function rowCells(row: (p: Program) => FundingRow, cellPath: (c: Column) => Path, columns: ReturnType<typeof fundingColumns>, expect: (c: Column) => [string, Path][]): AmountCell[] {
  return columns.map((c) => ({
    path: cellPath(c.column),
    get: (p) => (c.index === null ? row(p).total : row(p).years[c.index]),
    set: (p, d) => { if (c.index === null) row(p).total = d; else row(p).years[c.index] = d; },
    expected: expect(c.column),
  }));
}

function amountCells(program: Program): AmountCell[] {
  const funding = program.funding!;
  const columns = fundingColumns(funding.years);
  const cells: AmountCell[] = [];
  const hasPassport = program.passport !== null;
  funding.subprograms.forEach((sp, sub) => {
    const keys = sourceKeys(sp.sources.map((s) => s.source));
    sp.sources.forEach((_, i) => {
      cells.push(...rowCells((p) => p.funding!.subprograms[sub].sources[i], (c) => paths.fundingSourceCell(sub, keys[i], c), columns, (c) => [
        ['F001', paths.fundingSourceCell(sub, keys[i], 'total')],
        ['F002', paths.fundingSubtotalCell(sub, c)],
        ['F004', paths.fundingBySourceCell(keys[i], c)],
      ]));
    });
    cells.push(...rowCells((p) => p.funding!.subprograms[sub].total!, (c) => paths.fundingSubtotalCell(sub, c), columns, (c) => [
      ['F001', paths.fundingSubtotalCell(sub, 'total')],
      ['F002', paths.fundingSubtotalCell(sub, c)],
      ['F003', paths.fundingTotalCell(c)],
    ]));
  });
  cells.push(...rowCells((p) => p.funding!.total!, (c) => paths.fundingTotalCell(c), columns, (c) => [
    ['F001', paths.fundingTotalCell('total')],
    ['F003', paths.fundingTotalCell(c)],
    ...(hasPassport ? [c === 'total' ? ['P001', paths.passportFundingTotal] : ['P002', paths.passportFundingYear(c)]] as [string, Path][] : []),
  ]));
  const byKeys = sourceKeys(funding.totalBySource.map((s) => s.source));
  funding.totalBySource.forEach((_, i) => {
    cells.push(...rowCells((p) => p.funding!.totalBySource[i], (c) => paths.fundingBySourceCell(byKeys[i], c), columns, (c) => [
      ['F001', paths.fundingBySourceCell(byKeys[i], 'total')],
      ['F004', paths.fundingBySourceCell(byKeys[i], c)],
      ...(hasPassport ? [['P003', paths.passportSourceCell(byKeys[i], c)]] as [string, Path][] : []),
    ]));
  });
  const pf = program.passport?.funding;
  if (pf) {
    cells.push({ path: paths.passportFundingTotal, get: (p) => p.passport!.funding!.total, set: (p, d) => { p.passport!.funding!.total = d; }, expected: [['P001', paths.passportFundingTotal], ['P006', paths.passportFundingTotal]] });
    pf.years.forEach((y, j) => cells.push({
      path: paths.passportFundingYear(y.year),
      get: (p) => p.passport!.funding!.years[j].amount,
      set: (p, d) => { p.passport!.funding!.years[j].amount = d; },
      expected: [['P002', paths.passportFundingYear(y.year)], ['P006', paths.passportFundingTotal]],
    }));
    const keys = sourceKeys(pf.sources.map((s) => s.name));
    pf.sources.forEach((s, i) => {
      cells.push({
        path: paths.passportSourceCell(keys[i], 'total'),
        get: (p) => p.passport!.funding!.sources[i].total,
        set: (p, d) => { p.passport!.funding!.sources[i].total = d; },
        expected: [['P003', paths.passportSourceCell(keys[i], 'total')], ['P006', paths.passportSourceCell(keys[i], 'total')]],
      });
      s.years.forEach((y, j) => cells.push({
        path: paths.passportSourceCell(keys[i], y.year),
        get: (p) => p.passport!.funding!.sources[i].years[j].amount,
        set: (p, d) => { p.passport!.funding!.sources[i].years[j].amount = d; },
        expected: [['P003', paths.passportSourceCell(keys[i], y.year)], ['P006', paths.passportSourceCell(keys[i], 'total')]],
      }));
    });
  }
  return cells;
}

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

  it('changing any single amount makes its rules fire at the cells it concerns, and makes the program invalid', () => {
    fc.assert(
      fc.property(programSpec, fc.nat(), fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((d) => d !== 0), (spec, pick, delta) => {
        const program = buildProgram(spec);
        const cells = amountCells(program);
        const cell = cells[pick % cells.length];
        const changed = structuredClone(program);
        const old = cell.get(changed);
        cell.set(changed, fromScaled((old === null ? 0n : toScaled(old, 1)) + BigInt(delta), 1));
        const findings = collectFindings({ program: changed });
        const got = findings.map((f) => [f.rule, f.path]);
        for (const e of cell.expected) expect(got).toContainEqual(e);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
