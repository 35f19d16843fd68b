// sverka on the corpus of published fragments: each fragment pasted into a workbook as a person would,
// read and checked by the same entry point as the CLI and the task pane. Each table must be found, every
// amount read exactly as printed (a misread fails even without a finding), every published arithmetic
// defect found at its cell, and no error that the document does not have. A fragment sverka still cannot
// read says why (`unreadable`) and its test fails.
import { readXlsxBuffer } from '../../src/cli/xlsx/read-xlsx';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import type { FundingRow, FundingTable } from '../../src/domain/model/funding';
import type { Indicator } from '../../src/domain/model/indicators';
import type { PassportFunding } from '../../src/domain/model/passport';
import { unitOf } from '../../src/domain/model/unit';
import { yearSpanKey } from '../../src/domain/model/year-span';
import { renderMessage } from '../../src/domain/messages/render-message';
import { foldName } from '../../src/domain/text/fold';
import { checkWorkbook, type WorkbookCheck, type WorkbookFinding } from '../../src/sheets/check-workbook';
import { sameAmount } from './arithmetic';
import { CORPUS } from './corpus';
import { UNDATED } from './undated';
import type { CorpusFragment, FundingReading, IndicatorReading, ParagraphReading, PrintedRow } from './fragment';
import { pasteWorkbook, type PastedWorkbook } from './paste-workbook';

interface Checked {
  pasted: PastedWorkbook;
  check: WorkbookCheck;
}

const checked = new Map<string, Checked>();

/** The corpus, and the undated fragments kept as reader regressions (not counted in the corpus). */
const ALL = [...CORPUS, ...UNDATED];

beforeAll(async () => {
  for (const fragment of ALL) {
    const pasted = await pasteWorkbook(fragment.sheets);
    const grids = await readXlsxBuffer(pasted.buffer);
    checked.set(fragment.id, { pasted, check: checkWorkbook(grids, DEFAULT_CONFIG) });
  }
});

const brief = (f: WorkbookFinding): string => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}: ${renderMessage(f, 'ru').slice(0, 160)}`;

describe.each(ALL.map((f) => [f.source.date ? f.id : `${f.id} (undated, not in the corpus)`, f] as const))('%s', (_id, fragment) => {
  const got = (): Checked => checked.get(fragment.id)!;

  it(fragment.unreadable ? `is read exactly as printed (still unreadable: ${fragment.unreadable})` : 'is read exactly as printed', () => {
    const { check } = got();
    const read = fragment.read;
    if (read.kind === 'funding') expectFunding(check.program.funding, read);
    else if (read.kind === 'paragraph') expectParagraph(check.program.passport?.funding ?? null, read);
    else expectIndicators(check.program.indicators?.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators)) ?? null, read);
    // The report says what was read; the unit was read where it is printed, not assumed.
    const table = read.kind === 'funding' ? 'funding' : read.kind === 'paragraph' ? 'passport' : 'indicators';
    const said = check.report.read?.filter((t) => t.table === table) ?? [];
    expect(said).toHaveLength(1);
    if (read.kind !== 'indicators') expect({ unit: said[0].unit, stated: said[0].unitFrom !== 'assumed' }).toEqual({ unit: read.unit, stated: true });
  });

  it('finds every published defect at its cell, and no error the document does not have', () => {
    const { check, pasted } = got();
    const findings = check.report.findings;
    const cellOf = (id: string) => pasted.cells.get(id)!;
    const expected = [...fragment.defects.filter((d) => !d.explainedBy), ...(fragment.cutEffects ?? [])];
    for (const d of expected) {
      const at = cellOf(d.cell);
      const found = findings.find((f) => f.rule === d.rule && f.sheet === at.sheet && f.cell === at.cell);
      if (!found) throw new Error(`${d.rule} not found at ${at.sheet}!${at.cell}\nfindings:\n  ${findings.map(brief).join('\n  ')}`);
    }
    const allowed = new Set(expected.map((d) => `${d.rule}@${cellOf(d.cell).cell}`));
    const errors = findings.filter((f) => f.severity === 'error' && !allowed.has(`${f.rule}@${f.cell}`) && !absentTable(f, fragment));
    if (errors.length > 0) throw new Error(`errors the document does not have:\n  ${errors.map(brief).join('\n  ')}`);
  });

  if (fragment.unattributed) {
    it('says which amounts it could not attribute, at their cells', () => {
      const { check, pasted } = got();
      for (const u of fragment.unattributed!) {
        const at = pasted.cells.get(u.cell)!;
        const found = check.report.findings.filter((f) => f.rule === 'S010' && f.sheet === at.sheet && f.cell === at.cell);
        expect(found).toHaveLength(1);
        for (const amount of u.amounts) expect(renderMessage(found[0], 'ru')).toContain(amount);
      }
    });
  }
});

/** S001 for a table the fragment does not have (a funding paragraph has no Приложение 2): true of the workbook. */
function absentTable(f: { rule: string; messageId: string }, fragment: CorpusFragment): boolean {
  if (f.rule !== 'S001') return false;
  const own = fragment.read.kind === 'funding' ? 'fundingMissing' : fragment.read.kind === 'indicators' ? 'indicatorsMissing' : null;
  return f.messageId !== own;
}

function expectRow(row: FundingRow | null | undefined, printed: PrintedRow, where: string): void {
  if (!row) throw new Error(`${where}: row «${printed.label}» not read`);
  expect({ where, label: foldName(row.source).includes(foldName(printed.label.replace(/^-\s*/, ''))) || row.source === '' }).toEqual({ where, label: true });
  if (printed.total !== undefined) expectAmount(row.total, printed.total, `${where} «${printed.label}», total`);
  expect({ where, years: row.years.length }).toEqual({ where, years: printed.years.length });
  printed.years.forEach((p, i) => expectAmount(row.years[i], p, `${where} «${printed.label}», year ${i + 1}`));
}

/** The amount read equals the amount printed (null: an empty cell or a dash, read as nothing). */
function expectAmount(read: string | null | undefined, printed: string | null, where: string): void {
  const same = printed === null ? read === null || read === undefined : read !== null && read !== undefined && sameAmount(read, printed);
  if (!same) throw new Error(`${where}: read ${read ?? 'nothing'}, printed ${printed ?? 'nothing'}`);
}

function expectFunding(table: FundingTable | null, read: FundingReading): void {
  if (!table) throw new Error('the funding table was not found');
  expect(unitOf(table)).toBe(read.unit);
  expect(table.years.map(yearSpanKey)).toEqual(read.years);
  const subprograms = read.subprograms ?? [];
  expect(table.subprograms).toHaveLength(subprograms.length);
  subprograms.forEach((sp, i) => {
    const got = table.subprograms[i];
    expect(foldName(got.title)).toContain(foldName(sp.title));
    expect(got.sources).toHaveLength(sp.sources.length);
    sp.sources.forEach((s, j) => expectRow(got.sources[j], s, `subprogram ${i + 1}`));
    if (sp.total) expectRow({ ...got.total!, source: got.total?.source || sp.total.label }, sp.total, `subprogram ${i + 1} total`);
  });
  expect(table.totalBySource).toHaveLength(read.sources.length);
  read.sources.forEach((s, j) => expectRow(table.totalBySource[j], s, 'source'));
  if (read.total) expectRow(table.total && { ...table.total, source: table.total.source || read.total.label }, read.total, 'total');
  else expect(table.total).toBeNull();
  const ofWhich = read.ofWhich ?? [];
  expect(table.ofWhich ?? []).toHaveLength(ofWhich.length);
  ofWhich.forEach((p, j) => {
    expectRow(table.ofWhich![j], p, 'of which');
    expect(foldName(table.ofWhich![j].parent)).toContain(foldName(p.parent));
  });
  const repeats = read.totalRepeats ?? [];
  expect(table.totalRepeats ?? []).toHaveLength(repeats.length);
  repeats.forEach((r, j) => expectRow(table.totalRepeats![j], r, 'total repeated'));
}

function expectYears(got: readonly { year: { from: number; to: number }; amount: string | null }[], printed: readonly [string, string][], where: string): void {
  expect({ where, years: got.map((y) => yearSpanKey(y.year)) }).toEqual({ where, years: printed.map(([y]) => y) });
  printed.forEach(([year, amount], i) => expectAmount(got[i].amount, amount, `${where}, ${year}`));
}

function expectParagraph(funding: PassportFunding | null, read: ParagraphReading): void {
  if (!funding) throw new Error('the funding paragraph was not read');
  expect(unitOf(funding)).toBe(read.unit);
  if (read.total === null) expect(funding.total).toBeNull();
  else expectAmount(funding.total, read.total, 'the total');
  expectYears(funding.years, read.years, 'the total');
  expect(funding.sources.map((s) => s.name)).toHaveLength(read.sources.length);
  read.sources.forEach((s, i) => {
    const got = funding.sources[i];
    expect(foldName(got.name)).toContain(foldName(s.name));
    if (s.total === null) expect(got.total).toBeNull();
    else expectAmount(got.total, s.total, `${s.name}: total`);
    expectYears(got.years, s.years, s.name);
    const stages = s.stages ?? [];
    expect(got.stages ?? []).toHaveLength(stages.length);
    stages.forEach(([label, amount, years], j) => {
      const stage = got.stages![j];
      expect(foldName(stage.label)).toContain(foldName(label));
      expectAmount(stage.amount, amount, `${s.name}, ${label}`);
      expect(stage.years.map(yearSpanKey)).toEqual(years);
    });
  });
}

function expectIndicators(indicators: Indicator[] | null, read: IndicatorReading): void {
  if (!indicators) throw new Error('the indicator table was not found');
  expect(indicators.map((i) => i.name.replace(/\s+/g, ' '))).toEqual(read.indicators.map((i) => i.name.replace(/\s+/g, ' ')));
  read.indicators.forEach((p, k) => {
    const got = indicators[k];
    expect({ name: p.name, unit: got.unit }).toEqual({ name: p.name, unit: p.unit });
    if (p.base === null) expect({ name: p.name, base: got.base }).toEqual({ name: p.name, base: null });
    else expectAmount(got.base?.value, p.base, `${p.name}: base`);
    expect({ name: p.name, values: got.plan.length }).toEqual({ name: p.name, values: p.values.length });
    p.values.forEach((v, i) => expectAmount(got.plan[i]?.value, v, `${p.name}: value ${i + 1}`));
    const facts = p.facts ?? [];
    expect((got.facts ?? []).map((f) => yearSpanKey(f.year))).toEqual(facts.map(([y]) => y));
    facts.forEach(([year, v], i) => expectAmount(got.facts![i].value.value, v, `${p.name}: fact ${year}`));
  });
}
