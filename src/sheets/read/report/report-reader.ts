// Reads a report workbook as pasted (docs/design/REPORTS.md): forms R1 and R2 are found by their header texts wherever
// they are (report-vocabulary.ts), their rows classified by their labels, the title block read for the
// program, the municipality and the period. Every value keeps its cell (provenance); a cell that is not a
// number is S004, an error value S005, a row that is none of the form's kinds S008 — never a silence.
import { decimalFromNumber, parseRussianNumber, type Decimal } from '../../../domain/amount';
import { compareDecimals } from '../../../domain/indicator-values';
import type { IndicatorValue } from '../../../domain/model/indicators';
import { DEFAULT_UNIT, type Unit } from '../../../domain/model/unit';
import type { Provenance } from '../../../domain/provenance';
import type {
  ProgramReference,
  ProgramReport,
  ReportActivity,
  ReportFunding,
  ReportFundingActivity,
  ReportFundingLine,
  ReportFundingSubprogram,
  ReportIndicator,
  ReportIndicators,
  ReportIndicatorSubprogram,
} from '../../../domain/reporting/model';
import type { ReportPeriod } from '../../../domain/reporting/period';
import { looksLikeProgramReference, readProgramReferenceText } from '../../../domain/reporting/program-reference-text';
import { readPeriodText } from '../../../domain/reporting/period-text';
import { reportFundingLines, reportIndicatorRows } from '../../../domain/reporting/report-lines';
import { reportPaths, type FundingColumnKey, type IndicatorColumnKey } from '../../../domain/reporting/report-paths';
import type { ReadIssue } from '../../../domain/rules/define-rule';
import type { Grid, GridCell } from '../../grid';
import { isErrorText } from '../../grid';
import { asExcelShowsIt, readAmount, readIndicatorValue, type CellReading } from '../cell-value';
import { headerForm } from '../header-text';
import { readCell, recordCell, type ReadCell } from '../read-cell';
import { ReadLog } from '../read-log';
import { SheetView, sheetViews } from '../sheet-view';
import { quoted } from '../title-block';
import { unitIn } from '../vocabulary';
import {
  BUDGET_PLAN,
  FUNDING_FORM_COLUMNS,
  INDICATOR_FORM_COLUMNS,
  ROW,
  STATUS,
  type FundingFormColumn,
  type IndicatorFormColumn,
} from './report-vocabulary';

/** Rows of a sheet looked at for a form's header (a form's header is near its top). */
const HEADER_SCAN_ROWS = 300;
/** Rows of a header band (a header merged over sub-columns). */
const HEADER_BAND = 3;
/** Rows above the header read as the title block. */
const TITLE_ROWS = 14;

interface FormAnchor<C extends string> {
  sheet: number;
  /** The header's first and last rows. */
  top: number;
  bottom: number;
  columns: Partial<Record<C, number>>;
  /** Each column's header as written (joined over the band). */
  headers: Partial<Record<C, string>>;
  /**
   * Sources as columns: under an amount's header («План», «Освоено»), a column per source and «Всего» in the
   * band's last row. Absent: a row per source (the source column or the row's label).
   */
  bySource?: SourceColumns;
}

/** For each amount with columns per source: the «Всего» column (null: none) and each source's column, its name as written. */
type SourceColumns = Partial<Record<'plan' | 'financed' | 'spent', { total: number | null; sources: { col: number; name: string }[] }>>;

/** A «Всего» / «Итого» sub-column of an amount. */
const TOTAL_LABEL = /^(?:всего|итого|сумма)(?![а-яё])/;

export interface ReportReading {
  report: ProgramReport;
  /** The title block's program line as written, when it is there but names nothing (edited out of its shape). */
  unreadProgramLine?: { text: string; ref: { sheet: string; cell: string } };
  provenance: Provenance;
  readIssues: ReadIssue[];
  /** The sheets of the forms (null: not in the workbook). */
  sheets: { funding: string | null; indicators: string | null };
}

/** Does the workbook hold a report form (R1 or R2)? Cheap: headers only. */
/** `views`: the grids' views when the caller reads them again (the program's reader after this look). */
export function isReportWorkbook(grids: readonly Grid[], views: readonly SheetView[] = sheetViews(grids)): boolean {
  const found = findForms(views, true);
  return found.funding !== null || found.indicators !== null;
}

/** The report in the workbook, or null when it has neither form. */
export function readReportWorkbook(grids: readonly Grid[]): ReportReading | null {
  const views = grids.map((g) => new SheetView(g));
  const { funding: fundingAt, indicators: indicatorsAt } = findForms(views, false);
  if (!fundingAt && !indicatorsAt) return null;
  const log = new ReadLog();
  const funding = fundingAt ? readFundingForm(views[fundingAt.sheet], fundingAt, log) : null;
  const indicators = indicatorsAt ? readIndicatorForm(views[indicatorsAt.sheet], indicatorsAt, log) : null;

  // The title block of the first form names the report; the other form's and the sheets' names are checked against it.
  const anchors = [fundingAt, indicatorsAt].filter((a): a is FormAnchor<string> => a !== null);
  const titles = anchors.map((a) => titleBlock(views[a.sheet], a.top));
  const main = titles[0];
  const otherPeriods: { text: string; period: ReportPeriod | null }[] = [];
  const mentions: { text: string; period: ReportPeriod | null; ref: { sheet: string; cell: string } }[] = [];
  titles.slice(1).forEach((t) => { if (t.period) mentions.push(t.period); });
  for (const a of anchors) {
    const v = views[a.sheet];
    const reading = readPeriodText(v.name);
    if (reading) mentions.push({ text: v.name, period: reading.kind === 'period' ? reading.period : null, ref: { sheet: v.name, cell: 'A1' } });
  }
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.text)) continue;
    seen.add(m.text);
    log.record(reportPaths.otherPeriod(otherPeriods.length), m.ref);
    otherPeriods.push({ text: m.text, period: m.period });
  }
  const programLine = main.program ?? titles.find((t) => t.program)?.program ?? null;
  if (programLine) log.record(reportPaths.programReference, programLine.ref);
  reportOtherPrograms(titles, log);
  const unit = statedUnit(titles, fundingAt ? headerUnits(views[fundingAt.sheet], fundingAt) : [], log);
  if (main.period) log.record(reportPaths.period, main.period.ref);
  else if (anchors[0]) log.record(reportPaths.period, views[anchors[0].sheet].ref(Math.max(0, anchors[0].top - 1), 0));

  const report: ProgramReport = {
    municipality: main.municipality ?? titles.find((t) => t.municipality)?.municipality ?? '',
    title: main.title ?? titles.find((t) => t.title)?.title ?? '',
    programPeriod: main.programPeriod,
    period: main.period?.period ?? null,
    periodText: main.period?.text ?? null,
    ...(otherPeriods.length > 0 ? { otherPeriods } : {}),
    date: null,
    // The unit stated above the form, else in its header («Объем финансирования, руб.», «План, млн руб.»), else тыс. руб.
    unit: unit ?? DEFAULT_UNIT,
    program: main.program?.reference ?? titles.find((t) => t.program?.reference)?.program?.reference ?? { programId: null, version: null, file: null },
    funding,
    indicators,
  };
  return {
    report,
    ...(programLine && programLine.reference === null ? { unreadProgramLine: { text: programLine.text, ref: programLine.ref } } : {}),
    provenance: log.provenance,
    readIssues: log.issues,
    sheets: { funding: fundingAt ? views[fundingAt.sheet].name : null, indicators: indicatorsAt ? views[indicatorsAt.sheet].name : null },
  };
}

// ---- finding the forms ----

function isFundingForm(c: Partial<Record<FundingFormColumn, number>>): boolean {
  return c.plan !== undefined && (c.financed !== undefined || c.spent !== undefined) && (c.source !== undefined || c.name !== undefined);
}

function isIndicatorForm(c: Partial<Record<IndicatorFormColumn, number>>): boolean {
  return c.plan !== undefined && c.fact !== undefined && c.name !== undefined && (c.unit !== undefined || c.base !== undefined);
}

/** Is the row a header-like row: texts in `least` columns or more (a title line is one merged cell), no numbers? */
function textRow(view: SheetView, row: number, least = 3): boolean {
  const cols = view.filledColumns(row);
  if (cols.length < least) return false;
  return cols.every((c) => typeof view.cell(row, c)?.value !== 'number');
}

/** A header-like row with the rows under it that continue its header, and the text of each column over them. */
interface HeaderBand {
  bottom: number;
  /** The columns that have text in the band, left to right: each one's texts over the band as written, and their headerForm. */
  columns: { col: number; written: string; form: string }[];
}

/**
 * The longest text a column of a report form has over its header band: a form's headers are a few words to a
 * sentence a row (the longest in the published forms are under 300 characters over three rows). Also below
 * the length past which V8 hashes a string by its length alone (16 384), so that the texts HeaderTexts keeps
 * are told apart by their hash.
 */
const MAX_FORM_HEADER_TEXT = 2_000;

/** A column's texts over a band, as met: the texts that follow, and what the whole of them is when the band ends here. */
interface TextTrail {
  next: Map<string, TextTrail>;
  header: { written: string; form: string } | null;
}

/**
 * What the look for the forms learns of a column's header texts, kept for the texts met again: the same
 * header cells start a band on each of the first rows, so a column's texts over a band come back row after
 * row. Their join, its form (headerForm) and the column kind each form's vocabulary gives it are the same
 * each time; a sheet of long texts in many columns joined, folded and matched them once per row and column
 * (20 s for 300 rows × 1 000 columns of three shared texts). The texts are looked up one by one (a cell's text is one string, met
 * again), never joined twice. Bounded: past MAX_KEPT entries it starts afresh.
 */
class HeaderTexts {
  private static readonly MAX_KEPT = 4096;
  private trails: TextTrail = { next: new Map(), header: null };
  private kept = 0;
  private readonly kinds = new Map<readonly [string, RegExp][], Map<string, string | null>>();

  /** The header of a column whose texts over the band are `parts`, top to bottom (one or more). */
  header(parts: readonly string[]): { written: string; form: string } {
    if (this.kept >= HeaderTexts.MAX_KEPT) {
      this.trails = { next: new Map(), header: null };
      this.kept = 0;
    }
    let trail = this.trails;
    for (let i = 0; i < parts.length; i++) {
      let next = trail.next.get(parts[i]);
      if (next === undefined) {
        next = { next: new Map(), header: null };
        trail.next.set(parts[i], next);
        this.kept++;
      }
      trail = next;
    }
    if (trail.header === null) {
      const written = parts.length === 1 ? parts[0] : parts.join(' ');
      trail.header = { written, form: headerForm(written) };
    }
    return trail.header;
  }

  /** The kind of column the vocabulary gives a header of this form, or null. */
  kind<C extends string>(vocabulary: readonly [C, RegExp][], form: string): C | null {
    let known = this.kinds.get(vocabulary);
    if (known === undefined) this.kinds.set(vocabulary, (known = new Map()));
    let kind = known.get(form);
    if (kind === undefined) {
      if (known.size >= HeaderTexts.MAX_KEPT) known.clear();
      kind = vocabulary.find(([, re]) => re.test(form))?.[0] ?? null;
      known.set(form, kind);
    }
    return kind as C | null;
  }
}

function bandFrom(view: SheetView, r: number, texts: HeaderTexts): HeaderBand {
  let bottom = r;
  while (bottom + 1 < view.height && bottom + 1 < r + HEADER_BAND && textRow(view, bottom + 1, 2) && !isDataLabel(view, bottom + 1) && !isColumnNumbers(view, bottom + 1)) bottom++;
  const columns: HeaderBand['columns'] = [];
  for (let c = 0; c < view.width; c++) {
    const parts: string[] = [];
    for (let rr = r; rr <= bottom; rr++) {
      const t = view.headerText(rr, c);
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length === 0) continue;
    let length = parts.length - 1;
    for (let i = 0; i < parts.length; i++) length += parts[i].length;
    // Paragraphs, not a column's header: never joined, folded or matched (a sheet of thousands of such cells
    // would be, on each of the first rows).
    if (length > MAX_FORM_HEADER_TEXT) continue;
    const { written, form } = texts.header(parts);
    columns.push({ col: c, written, form });
  }
  return { bottom, columns };
}

/** The first place of each form (R1, R2): sheet by sheet, row by row, as each would be looked for alone. */
interface FoundForms {
  funding: FormAnchor<FundingFormColumn> | null;
  indicators: FormAnchor<IndicatorFormColumn> | null;
}

/**
 * Both forms looked for in one pass over the header rows: each band is made once and asked for both, then
 * dropped (a band holds its columns' texts: kept for every row, a sheet of long texts in many columns grew
 * without bound). Each form's answer is its first place in sheet and row order, what a pass of its own finds.
 * `either`: stop at the first place of either form (all that "is it a report?" asks).
 */
function findForms(views: readonly SheetView[], either: boolean): FoundForms {
  const found: FoundForms = { funding: null, indicators: null };
  const texts = new HeaderTexts();
  for (let s = 0; s < views.length; s++) {
    const view = views[s];
    const last = Math.min(view.height, HEADER_SCAN_ROWS);
    for (let r = 0; r < last; r++) {
      if (!textRow(view, r)) continue;
      const band = bandFrom(view, r, texts);
      found.funding ??= formAt(view, s, r, band, texts, FUNDING_FORM_COLUMNS, isFundingForm, true);
      found.indicators ??= formAt(view, s, r, band, texts, INDICATOR_FORM_COLUMNS, isIndicatorForm, false);
      if (found.funding !== null && found.indicators !== null) return found;
      if (either && (found.funding !== null || found.indicators !== null)) return found;
    }
  }
  return found;
}

/** The form whose header starts at row `r` (its band), or null. `splits`: the form may give its amounts a column per source (form R1). */
function formAt<C extends string>(view: SheetView, s: number, r: number, band: HeaderBand, texts: HeaderTexts, vocabulary: readonly [C, RegExp][], accept: (c: Partial<Record<C, number>>) => boolean, splits: boolean): FormAnchor<C> | null {
  const { bottom } = band;
  const columns: Partial<Record<C, number>> = {};
  const headers: Partial<Record<C, string>> = {};
  const groups = new Map<C, { col: number; label: string }[]>();
  for (const { col: c, written, form } of band.columns) {
    const kind = texts.kind(vocabulary, form);
    if (kind === null) continue;
    // The band's last row under a header merged across: a sub-column's own label («Всего», «Местный бюджет»).
    const own = bottom > r && view.text(bottom, c) !== '' && !view.isCovered(bottom, c) ? view.text(bottom, c).trim() : '';
    if (own !== '') {
      const group = groups.get(kind);
      if (group) group.push({ col: c, label: own });
      else groups.set(kind, [{ col: c, label: own }]);
    }
    if (columns[kind] !== undefined) continue;
    columns[kind] = c;
    headers[kind] = written;
  }
  const bySource = splits ? sourceColumnsOf(groups as Map<string, { col: number; label: string }[]>) : null;
  if (bySource) {
    for (const [kind, g] of Object.entries(bySource) as unknown as [C, { total: number | null; sources: { col: number }[] }][]) columns[kind] = g.total ?? g.sources[0].col;
  }
  return accept(columns) ? { sheet: s, top: r, bottom, columns, headers, ...(bySource ? { bySource } : {}) } : null;
}

/**
 * Sources as columns: an amount (plan, financed, spent) over two or more sub-columns, at least one of them a
 * source (not «Всего»). Null when no amount is split so (the form has a row per source).
 */
function sourceColumnsOf(groups: Map<string, { col: number; label: string }[]>): SourceColumns | null {
  const out: SourceColumns = {};
  for (const kind of ['plan', 'financed', 'spent'] as const) {
    const g = groups.get(kind);
    if (!g || g.length < 2) continue;
    const totals = g.filter((x) => TOTAL_LABEL.test(headerForm(x.label)));
    const sources = g.filter((x) => !TOTAL_LABEL.test(headerForm(x.label))).map((x) => ({ col: x.col, name: x.label }));
    if (sources.length === 0 || totals.length > 1) continue;
    out[kind] = { total: totals[0]?.col ?? null, sources };
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** A row that starts the data (a subprogram, a total), not a continuation of the header. */
function isDataLabel(view: SheetView, row: number): boolean {
  const cols = view.filledColumns(row);
  // Whether the row holds a number: looked up once per row, on the first «Итого» (not once per «Итого» — linear in the row).
  let holdsNumber: boolean | undefined;
  const hasNumber = () => (holdsNumber ??= cols.some((o) => parseRussianNumber(view.text(row, o)).kind === 'number'));
  return cols.some((c) => {
    const t = headerForm(view.text(row, c));
    // «Всего» alone is a sub-column's header too (under «План»: «Всего», «Местный бюджет»): a total row has amounts.
    // «Муниципальная программа» in a «Статус» column starts the data as well.
    return ROW.subprogram.test(t) || ROW.subprogramTotal.test(t) || STATUS.program.test(t) || (ROW.programTotal.test(t) && hasNumber());
  });
}

/** A row of column numbers under the header ("1 2 3 …", as numbers or as text). */
function isColumnNumbers(view: SheetView, row: number): boolean {
  const cols = view.filledColumns(row);
  return cols.length >= 3 && cols.every((c) => /^\d{1,2}\.?$/.test(view.text(row, c)));
}

/** The first row of data: past the header and a row of column numbers ("1 2 3 …") under it. */
function firstDataRow(view: SheetView, bottom: number): number {
  return isColumnNumbers(view, bottom + 1) ? bottom + 2 : bottom + 1;
}

/** An activity's number under its subprogram: «1.1», «2.3.», «1.2.1». */
const ACTIVITY_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?$/;

/** The end of a form: a signature line («Руководитель», «Исполнитель») or the end of the sheet. */
const SIGNATURE = /^(?:руководитель|исполнитель|глава|начальник|подпись|м\.\s*п\.|ответственн)/;

/** The units the header cells of the form state, left to right, top to bottom. */
function headerUnits(view: SheetView, at: FormAnchor<string>): StatedUnit[] {
  const out: StatedUnit[] = [];
  for (let r = at.top; r <= at.bottom; r++) {
    for (const c of view.filledColumns(r)) {
      const unit = unitIn(view.text(r, c));
      if (unit) out.push({ unit, ref: view.ref(r, c) });
    }
  }
  return out;
}

interface StatedUnit {
  unit: Unit;
  ref: { sheet: string; cell: string };
}

/**
 * The unit of the amounts: the one stated above the form, else in its header («Объем финансирования, руб.»,
 * «План, млн руб.»); null: none (тыс. руб. is assumed). Every other stated unit that differs is R009 at its cell,
 * naming the one taken — «(тыс. рублей)» over a column «…, руб.» is not a silent choice.
 */
function statedUnit(titles: readonly TitleBlock[], header: readonly StatedUnit[], log: ReadLog): Unit | null {
  const stated = [...titles.flatMap((t) => (t.unit ? [t.unit] : [])), ...header];
  const first = stated[0];
  if (!first) return null;
  const named = new Set<string>();
  for (const other of stated.slice(1)) {
    if (other.unit === first.unit || named.has(other.unit)) continue;
    // One finding per unit that differs (a header of ten columns «…, руб.» is one disagreement), at its first cell.
    named.add(other.unit);
    log.issue('R009', 'unitDisagrees', other.ref, null, { sheet: other.ref.sheet, cell: other.ref.cell, unit: other.unit, firstSheet: first.ref.sheet, firstCell: first.ref.cell, firstUnit: first.unit });
  }
  return first.unit;
}

/** The title blocks of R1 and R2 name one program version: each line that names another is R009 at its cell, naming the first. */
function reportOtherPrograms(titles: readonly TitleBlock[], log: ReadLog): void {
  const lines = titles.flatMap((t) => (t.program?.reference ? [{ ...t.program, reference: t.program.reference }] : []));
  const first = lines[0];
  if (!first) return;
  for (const other of lines.slice(1)) {
    if (sameReference(first.reference, other.reference)) continue;
    log.issue('R009', 'programDisagrees', other.ref, null, { sheet: other.ref.sheet, cell: other.ref.cell, written: other.text, firstSheet: first.ref.sheet, firstCell: first.ref.cell, first: first.text });
  }
}

function sameReference(a: ProgramReference, b: ProgramReference): boolean {
  return a.programId === b.programId && a.version === b.version && (a.file?.name ?? null) === (b.file?.name ?? null) && (a.file?.sha256 ?? null) === (b.file?.sha256 ?? null);
}

// ---- the title block ----

interface TitleBlock {
  title: string | null;
  municipality: string | null;
  programPeriod: { from: number; to: number } | null;
  period: { text: string; period: ReportPeriod | null; ref: { sheet: string; cell: string } } | null;
  unit: StatedUnit | null;
  /** The line naming the program version the report was laid out from (program-reference-text.ts). */
  program: { reference: ProgramReference | null; text: string; ref: { sheet: string; cell: string } } | null;
}

function titleBlock(view: SheetView, headerTop: number): TitleBlock {
  const out: TitleBlock = { title: null, municipality: null, programPeriod: null, period: null, unit: null, program: null };
  for (let r = Math.max(0, headerTop - TITLE_ROWS); r < headerTop; r++) {
    for (const c of view.filledColumns(r)) {
      const text = view.text(r, c);
      if (looksLikeProgramReference(text)) {
        if (out.program === null) out.program = { reference: readProgramReferenceText(text), text: text.trim(), ref: view.ref(r, c) };
        continue;
      }
      const form = headerForm(text);
      if (out.title === null) {
        const q = quoted(text);
        if (q && q.inner !== '') out.title = q.inner;
      }
      if (out.municipality === null) {
        const m = /((?:городского|муниципального|сельского)\s+(?:округа|района|поселения|образования)[^«»"]*?)(?=\s+(?:за|на|по состоянию)\s|[.,;«"]|$)/i.exec(text);
        if (m && !/программ/i.test(m[1])) out.municipality = m[1].trim();
      }
      const pp = /(\d{4})\s*[-–—]\s*(\d{4})\s*(?:годы|гг|г\.)/i.exec(text);
      if (pp && out.programPeriod === null) out.programPeriod = { from: Number(pp[1]), to: Number(pp[2]) };
      if (out.period === null && !/(\d{4})\s*[-–—]\s*(\d{4})\s*(?:годы|гг)/i.test(form.replace(/за \d{4} год/, ''))) {
        const reading = readPeriodText(text);
        if (reading) out.period = { text, period: reading.kind === 'period' ? reading.period : null, ref: view.ref(r, c) };
      }
      if (out.unit === null) {
        const u = /руб/.test(form) && /(единиц|измерен|\(|тыс|млн)/.test(form) ? unitIn(text) : null;
        if (u) out.unit = { unit: u, ref: view.ref(r, c) };
      }
    }
  }
  return out;
}

// ---- cells ----

/** «x» (Latin or Cyrillic, or «×») in an amount's cell: not applicable to the row, as the forms print it — no amount. */
function readReportAmount(cell: GridCell | null): CellReading<Decimal> {
  if (cell && typeof cell.value === 'string' && /^\s*[xх×]\s*$/i.test(cell.value)) return { kind: 'empty' };
  return readAmount(cell);
}

/** A percentage as shown: 24,1, "24,1 %", or 0.241 in a cell formatted as a percentage. */
function readPercent(cell: GridCell | null): CellReading<Decimal> {
  if (cell && typeof cell.value === 'number' && !cell.error && cell.numberFormat && /%/.test(cell.numberFormat.replace(/"[^"]*"/g, ''))) {
    const d = decimalFromNumber(asExcelShowsIt(cell.value * 100));
    return d === null ? { kind: 'invalid', text: String(cell.value) } : { kind: 'value', value: d };
  }
  if (cell && typeof cell.value === 'string' && !cell.error && !isErrorText(cell.value)) {
    const parsed = parseRussianNumber(cell.value.replace(/%/g, ''));
    if (parsed.kind === 'number') return { kind: 'value', value: parsed.value };
  }
  return readReportAmount(cell);
}

function reasonText(view: SheetView, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const t = view.text(row, col).trim();
  return t === '' ? null : t;
}

// ---- form R1 ----

type FundingCells = Partial<Record<FundingColumnKey, ReadCell<Decimal>>> & { label: { sheet: string; cell: string }; reasonAt: { sheet: string; cell: string } | null };

function readFundingForm(view: SheetView, at: FormAnchor<FundingFormColumn>, log: ReadLog): ReportFunding {
  const c = at.columns;
  const cells = new Map<ReportFundingLine, FundingCells>();
  const subprograms: ReportFundingSubprogram[] = [];
  const subprogramCells: { sheet: string; cell: string }[] = [];
  let total: ReportFundingLine | null = null;
  const totalBySource: ReportFundingLine[] = [];
  let sub: ReportFundingSubprogram | null = null;
  let act: ReportFundingSubprogram['activities'][number] | null = null;
  let afterTotal = false;
  let owner: 'program' | 'subprogram' | 'activity' | null = null;

  const lineAt = (row: number, source: string, cols: Partial<Record<'plan' | 'financed' | 'spent' | 'percent', number>> = c): ReportFundingLine => {
    const read = (col: number | undefined, how: (cell: GridCell | null) => CellReading<Decimal>) => (col === undefined ? undefined : readCell(view, row, col, how));
    const plan = read(cols.plan, readReportAmount);
    const financed = read(cols.financed, readReportAmount);
    const spent = read(cols.spent, readReportAmount);
    const percent = read(cols.percent, readPercent);
    const line: ReportFundingLine = {
      source,
      plan: plan?.value ?? null,
      financed: financed?.value ?? null,
      spent: spent?.value ?? null,
      percent: percent?.value ?? null,
      reason: reasonText(view, row, c.reason),
    };
    const labelCol = c.source ?? c.name ?? 0;
    cells.set(line, { plan, financed, spent, percent, label: view.ref(row, labelCol), reasonAt: c.reason === undefined ? null : view.ref(row, c.reason) });
    return line;
  };
  // Sources as columns: a row's amounts are its total («Всего» columns, with the row's percent) and a line per source column.
  const split = at.bySource;
  const amountColumns = [c.plan, c.financed, c.spent, ...Object.values(split ?? {}).flatMap((g) => [g.total, ...g.sources.map((x) => x.col)])].filter((x): x is number => x !== undefined && x !== null);
  const hasAmounts = (row: number) => amountColumns.some((col) => view.text(row, col) !== '');
  const sourceNames = split ? [...new Set(Object.values(split).flatMap((g) => g.sources.map((x) => x.name)))] : [];
  const splitLines = (row: number): { total: ReportFundingLine | null; sources: ReportFundingLine[] } => {
    const colOf = (kind: 'plan' | 'financed' | 'spent', name: string | null): number | undefined => {
      const g = split![kind];
      if (!g) return name === null ? c[kind] : undefined;
      return name === null ? (g.total ?? undefined) : g.sources.find((x) => x.name === name)?.col;
    };
    const totalCols = { plan: colOf('plan', null), financed: colOf('financed', null), spent: colOf('spent', null), percent: c.percent };
    const total = totalCols.plan !== undefined || totalCols.spent !== undefined ? lineAt(row, '', totalCols) : null;
    // A source column left empty or a dash on the row: the row has no line of that source.
    const sources = sourceNames
      .filter((name) => (['plan', 'financed', 'spent'] as const).some((k) => { const col = colOf(k, name); return col !== undefined && !/^[-–—\s]*$/.test(view.text(row, col)); }))
      .map((name) => lineAt(row, name, { plan: colOf('plan', name), financed: colOf('financed', name), spent: colOf('spent', name) }));
    return { total, sources };
  };
  /**
   * A line stated again on a later row (a subprogram's heading row and «Итого по подпрограмме», an activity's row and
   * «Итого по мероприятию», ИТОГО twice; in a form with «Статус», a second «всего» of the same program, subprogram or activity): the first is kept, a column the first leaves empty
   * is taken from the second, and a column where they disagree is R002 at the second's cell, naming the first — never
   * an overwrite. `messageId` says whose total it is.
   */
  const restate = (first: ReportFundingLine, again: ReportFundingLine, messageId: 'statedTwice' | 'programStatedTwice' | 'activityStatedTwice' = 'statedTwice') => {
    const was = cells.get(first);
    const now = cells.get(again);
    if (!was || !now) return;
    for (const column of ['plan', 'financed', 'spent'] as const) {
      const x = first[column];
      const y = again[column];
      if (y === null) continue;
      if (x === null) {
        first[column] = y;
        was[column] = now[column];
        continue;
      }
      if (compareDecimals(x, y) === 0) continue;
      const at = now[column]!.ref;
      log.issue('R002', messageId, at, null, { sheet: at.sheet, cell: at.cell, first: was[column]!.ref.cell, expected: x, actual: y });
    }
  };
  /** «Итого по подпрограмме»: its total and its lines of each source (sources as columns), each kept or checked against the one already read. */
  const subprogramTotalRow = (s: ReportFundingSubprogram, rowTotal: ReportFundingLine | null, sources: readonly ReportFundingLine[]) => {
    if (rowTotal) {
      if (s.total) restate(s.total, rowTotal);
      else s.total = rowTotal;
    }
    for (const line of sources) {
      const same = s.sources.find((x) => x.source === line.source);
      if (same) restate(same, line);
      else s.sources.push(line);
    }
  };
  /** A total read for an owner that may have one already: the first kept, the second checked against it (restate). */
  const once = (first: ReportFundingLine | null, again: ReportFundingLine, messageId: 'statedTwice' | 'programStatedTwice' | 'activityStatedTwice') => {
    if (!first) return again;
    restate(first, again, messageId);
    return first;
  };
  /** Whether the program's total was stated a second time: its lines of each source that follow state them again. */
  let programAgain = false;
  const programTotal = (line: ReportFundingLine) => {
    if (total) programAgain = true;
    total = once(total, line, 'programStatedTwice');
  };
  /**
   * A program's line of a source («в том числе»). Under a second statement of the program's total, a source it had
   * under the first is that line again: checked against it (restate), never read as a second line of the source.
   */
  const programSource = (line: ReportFundingLine) => {
    const same = programAgain ? totalBySource.find((x) => x.source === line.source) : undefined;
    if (same) restate(same, line, 'programStatedTwice');
    else totalBySource.push(line);
  };
  const newSubprogram = (title: string, row: number, col: number) => {
    sub = { title, sources: [], total: null, activities: [] };
    act = null;
    subprograms.push(sub);
    subprogramCells.push(view.ref(row, col));
  };

  const start = firstDataRow(view, at.bottom);
  for (let row = start; row < view.height; row++) {
    if (view.isBlankRow(row)) continue;
    const numberText = c.number === undefined ? '' : view.text(row, c.number);
    const nameText = c.name === undefined ? '' : view.text(row, c.name);
    const sourceText = c.source === undefined ? '' : view.text(row, c.source);
    const firstText = headerForm(view.text(row, view.filledColumns(row)[0] ?? 0));
    if (SIGNATURE.test(firstText)) break;
    const labels = [nameText, numberText, sourceText].map(headerForm);
    const is = (re: RegExp) => labels.some((l) => re.test(l));
    if (c.status !== undefined) {
      // A form with «Статус»: the status names the row's owner (the program, a subprogram, an activity) on its first
      // row, its name beside it; the owner's rows are its sources, «всего» its total.
      const status = headerForm(view.text(row, c.status));
      const ownName = nameText !== '' ? nameText : view.text(row, c.status);
      // «Итого по программе» under the last block, its «Статус» left empty: the program's total again, not that block's.
      const programTotalRow = status === '' && [nameText, numberText].some((t) => /^(?:итого|всего) по (?:муниципальной )?программ/.test(headerForm(t)));
      if (STATUS.program.test(status) || programTotalRow) {
        owner = 'program';
        sub = null;
        act = null;
      } else if (STATUS.subprogram.test(status) || (STATUS.activity.test(status) && !sub)) {
        newSubprogram(ownName, row, nameText !== '' ? c.name! : c.status);
        owner = 'subprogram';
      } else if (STATUS.activity.test(status) && sub) {
        act = { title: ownName, sources: [], total: null };
        (sub as ReportFundingSubprogram).activities.push(act);
        owner = 'activity';
      }
      if (sourceText === '' && !hasAmounts(row)) continue;
      const isTotal = sourceText === '' || ROW.programTotal.test(headerForm(sourceText));
      const line = lineAt(row, isTotal ? '' : sourceText);
      // A second «всего» of the same owner is checked against the first, never taken over it.
      if (owner === 'activity' && act) {
        const a = act as ReportFundingActivity;
        if (isTotal) a.total = once(a.total, line, 'activityStatedTwice');
        else a.sources.push(line);
      } else if (owner === 'subprogram' && sub) {
        const s = sub as ReportFundingSubprogram;
        if (isTotal) s.total = once(s.total, line, 'statedTwice');
        else s.sources.push(line);
      } else if (isTotal) programTotal(line);
      else programSource(line);
      continue;
    }
    if (split) {
      if (!hasAmounts(row)) {
        const heading = nameText !== '' ? nameText : numberText;
        if (ROW.subprogram.test(headerForm(heading))) newSubprogram(heading, row, nameText !== '' ? c.name! : (c.number ?? 0));
        continue;
      }
      const { total: rowTotal, sources } = splitLines(row);
      const title = nameText !== '' ? nameText : !/^[\d.\s]*$/.test(numberText) ? numberText : '';
      if (is(ROW.programTotal) && !is(ROW.subprogramTotal)) {
        if (rowTotal) programTotal(rowTotal);
        sources.forEach(programSource);
        sub = null;
        act = null;
      } else if (is(ROW.subprogramTotal) && sub) {
        // Its per-source amounts are the subprogram's lines of those sources: R002 checks them against its activities'.
        subprogramTotalRow(sub as ReportFundingSubprogram, rowTotal, sources);
        act = null;
      } else if (ROW.subprogram.test(headerForm(title)) || !sub) {
        newSubprogram(title, row, nameText !== '' ? c.name! : (c.number ?? 0));
        sub!.total = rowTotal;
        sub!.sources.push(...sources);
      } else {
        act = { title, sources, total: rowTotal };
        (sub as ReportFundingSubprogram).activities.push(act);
      }
      continue;
    }
    if (is(ROW.programTotal) && !is(ROW.subprogramTotal)) {
      // ИТОГО stated again (at the top and under the table): checked against the first, never taken over it.
      programTotal(lineAt(row, ''));
      afterTotal = true;
      sub = null;
      act = null;
      continue;
    }
    if (is(ROW.ofWhich) && sourceText === '') {
      afterTotal = true;
      continue;
    }
    if (is(ROW.subprogramTotal)) {
      if (sub) subprogramTotalRow(sub as ReportFundingSubprogram, lineAt(row, ''), []);
      act = null;
      continue;
    }
    if (is(ROW.activityTotal)) {
      // An activity's total on its own row and again on «Итого по мероприятию»: the second checked against the first.
      if (act) {
        const a = act as ReportFundingActivity;
        a.total = once(a.total, lineAt(row, ''), 'activityStatedTwice');
      }
      continue;
    }
    const title = nameText !== '' ? nameText : !/^[\d.\s]*$/.test(numberText) ? numberText : '';
    const titleCol = nameText !== '' ? c.name! : (c.number ?? 0);
    if (ROW.subprogram.test(headerForm(title))) {
      newSubprogram(title, row, titleCol);
      afterTotal = false;
      if (sourceText !== '') sub!.sources.push(lineAt(row, sourceText));
      else if (hasAmounts(row)) sub!.total = lineAt(row, '');
      continue;
    }
    // An activity: named so («Мероприятие 2.1»), numbered under its subprogram («1.1», «1.2.»), or a named row of amounts without a source.
    const activityNumber = ACTIVITY_NUMBER.test(numberText.trim());
    if (title !== '' && sub && (ROW.activity.test(headerForm(title)) || (activityNumber && nameText !== '') || (sourceText === '' && hasAmounts(row)))) {
      act = { title, sources: [], total: null };
      (sub as ReportFundingSubprogram).activities.push(act);
      if (sourceText !== '') act.sources.push(lineAt(row, sourceText));
      else if (hasAmounts(row)) act.total = lineAt(row, '');
      continue;
    }
    if (sourceText !== '') {
      const line = lineAt(row, sourceText);
      if (afterTotal || !sub) programSource(line);
      else if (act) (act as ReportFundingSubprogram['activities'][number]).sources.push(line);
      else (sub as ReportFundingSubprogram).sources.push(line);
      continue;
    }
    if (hasAmounts(row)) {
      log.issue('S008', 'unclassifiedRow', view.ref(row, view.filledColumns(row)[0] ?? 0), null, { sheet: view.name, cell: view.address(row, view.filledColumns(row)[0] ?? 0), text: view.text(row, view.filledColumns(row)[0] ?? 0) });
    }
  }

  const planHeader = at.headers.plan ?? '';
  const funding: ReportFunding = {
    title: null,
    plan: BUDGET_PLAN.test(headerForm(planHeader)) ? 'budget' : 'program',
    planHeader,
    columns: { financed: c.financed !== undefined, spent: c.spent !== undefined || c.financed !== undefined, percent: c.percent !== undefined, reason: c.reason !== undefined },
    spentIncludesObligations: c.obligations !== undefined || /кредиторск/.test(headerForm(at.headers.spent ?? '')),
    subprograms,
    total,
    totalBySource,
  };
  // A form with one fact column «Профинансировано» only: its fact is the spent column too.
  if (c.spent === undefined && c.financed !== undefined) {
    for (const [line, cl] of cells) {
      line.spent = line.financed;
      cl.spent = cl.financed;
    }
    funding.columns.financed = false;
  }
  subprogramCells.forEach((ref, i) => log.record(reportPaths.fundingSubprogram(i), ref));
  log.record(reportPaths.funding, view.ref(at.top, 0));
  for (const l of reportFundingLines(funding)) {
    const cl = cells.get(l.line);
    if (!cl) continue;
    log.record(reportPaths.fundingLine(l.ref), cl.label);
    for (const column of ['plan', 'financed', 'spent', 'percent'] as const) {
      const cell = cl[column];
      if (cell) recordCell(log, reportPaths.fundingCell(l.ref, column), cell, at.headers[column] ?? column);
    }
    if (cl.reasonAt) log.record(reportPaths.fundingCell(l.ref, 'reason'), cl.reasonAt);
  }
  return funding;
}

// ---- form R2 ----

type IndicatorCells = Partial<Record<IndicatorColumnKey, ReadCell<unknown>>> & { name: ReadCell<unknown> | undefined; reasonAt: { sheet: string; cell: string } | null };

function readIndicatorForm(view: SheetView, at: FormAnchor<IndicatorFormColumn>, log: ReadLog): ReportIndicators {
  const c = at.columns;
  const subprograms: ReportIndicatorSubprogram[] = [];
  const cells = new Map<ReportIndicator, IndicatorCells>();
  const activityCells = new Map<ReportActivity, { sheet: string; cell: string }>();
  let sub: ReportIndicatorSubprogram | null = null;
  let act: ReportActivity | null = null;
  const ensureSub = () => {
    if (!sub) {
      sub = { number: '', title: '', activities: [] };
      subprograms.push(sub);
    }
    return sub;
  };
  const ensureAct = () => {
    const s = ensureSub();
    if (!act) {
      act = { number: '', title: '', indicators: [] };
      s.activities.push(act);
    }
    return act;
  };
  const valueText = (row: number, col: number | undefined) => (col === undefined ? '' : view.text(row, col));
  const start = firstDataRow(view, at.bottom);
  for (let row = start; row < view.height; row++) {
    if (view.isBlankRow(row)) continue;
    const numberText = valueText(row, c.number);
    const nameText = valueText(row, c.name);
    const unitText = valueText(row, c.unit);
    const firstText = headerForm(view.text(row, view.filledColumns(row)[0] ?? 0));
    if (SIGNATURE.test(firstText)) break;
    const title = nameText !== '' ? nameText : !/^[\d.\s]*$/.test(numberText) ? numberText : '';
    const values = [c.base, c.plan, c.fact].some((col) => valueText(row, col) !== '');
    if (ROW.subprogram.test(headerForm(title)) && unitText === '') {
      sub = { number: /^[\d.\s]*$/.test(numberText) ? numberText : '', title, activities: [] };
      subprograms.push(sub);
      act = null;
      continue;
    }
    if (title !== '' && unitText === '' && !values) {
      act = { number: /^[\d.\s]*$/.test(numberText) ? numberText : '', title, indicators: [] };
      ensureSub().activities.push(act);
      activityCells.set(act, view.ref(row, c.name ?? 0));
      continue;
    }
    if (nameText === '') {
      if (values) log.issue('S008', 'unclassifiedRow', view.ref(row, view.filledColumns(row)[0] ?? 0), null, { sheet: view.name, cell: view.address(row, view.filledColumns(row)[0] ?? 0), text: view.text(row, view.filledColumns(row)[0] ?? 0) });
      continue;
    }
    const read = <T>(col: number | undefined, how: (cell: GridCell | null) => CellReading<T>) => (col === undefined ? undefined : readCell(view, row, col, how));
    const base = read<IndicatorValue>(c.base, readIndicatorValue);
    const plan = read<IndicatorValue>(c.plan, readIndicatorValue);
    const fact = read<Decimal>(c.fact, readAmount);
    const percent = read<Decimal>(c.percent, readPercent);
    const indicator: ReportIndicator = {
      name: nameText,
      unit: unitText,
      base: base?.value ?? null,
      plan: plan?.value ?? null,
      fact: fact?.value ?? null,
      percent: percent?.value ?? null,
      reason: reasonText(view, row, c.reason),
    };
    ensureAct().indicators.push(indicator);
    cells.set(indicator, { name: readCell(view, row, c.name!, () => ({ kind: 'empty' })), base, plan, fact, percent, reasonAt: c.reason === undefined ? null : view.ref(row, c.reason) });
  }
  const indicators: ReportIndicators = { title: null, columns: { base: c.base !== undefined, percent: c.percent !== undefined, reason: c.reason !== undefined }, subprograms };
  log.record(reportPaths.indicators, view.ref(at.top, 0));
  subprograms.forEach((s, i) => s.activities.forEach((a, j) => { const ref = activityCells.get(a); if (ref) log.record(reportPaths.indicatorActivity(i, j), ref); }));
  for (const r of reportIndicatorRows(indicators)) {
    const cl = cells.get(r.indicator);
    if (!cl) continue;
    if (cl.name) log.record(reportPaths.indicator(r.sub, r.act, r.ind), cl.name.ref);
    for (const column of ['base', 'plan', 'fact', 'percent'] as const) {
      const cell = cl[column];
      if (cell) recordCell(log, reportPaths.indicatorCell(r.sub, r.act, r.ind, column), cell, at.headers[column] ?? column);
    }
    if (cl.reasonAt) log.record(reportPaths.indicatorCell(r.sub, r.act, r.ind, 'reason'), cl.reasonAt);
  }
  return indicators;
}
