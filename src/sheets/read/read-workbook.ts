// Reads the grids of a workbook into the program model, with the cell of every path read (provenance)
// and the issues found on the way. Tables are found by their header texts wherever they are; a table
// that is not there stays null (S001), one whose header is not recognised on a sheet meant for it is S002.
import type { FundingTable } from '../../domain/model/funding';
import type { IndicatorTable } from '../../domain/model/indicators';
import type { Program } from '../../domain/model/program';
import { paths } from '../../domain/paths';
import type { Provenance } from '../../domain/provenance';
import type { ReadIssue } from '../../domain/rules/define-rule';
import type { TableReading } from '../../domain/read-summary';
import type { Grid } from '../grid';
import { readFundingTable } from './funding-reader';
import { FUNDING_HEADER_LOOKED, INDICATOR_HEADER_LOOKED } from './header-text';
import { readIndicatorTable } from './indicator-reader';
import { readPassport, type PassportReading } from './passport-reader';
import { programIdentity } from './program-identity';
import { ReadLog } from './read-log';
import { sheetViews, type SheetView } from './sheet-view';
import { fundingLayout } from './funding-layout';
import { readFundingText } from './funding-text';
import { readSourceTable } from './source-table-reader';
import { locateTables, transposedHeader, type TableAnchor, type TableKind, type WorkbookMap } from './table-locator';
import { readTransposedFunding } from './transposed-funding-reader';
import { yearSourceColumns } from './year-source-columns';
import { readYearSourceTable } from './year-source-reader';

export interface TableSheets {
  passport: string | null;
  funding: string | null;
  indicators: string | null;
}

export interface WorkbookReading {
  program: Program;
  provenance: Provenance;
  readIssues: ReadIssue[];
  sheets: TableSheets;
  /** What each table read was (the report's "Прочитано: …"). */
  read: TableReading[];
}

const TABLE_NAMES: Readonly<Record<'funding' | 'indicators', string>> = {
  funding: 'Приложение 1 «Объем финансовых ресурсов»',
  indicators: 'Приложение 2 «Планируемые результаты»',
};

/** `views`: the grids' views, when the caller has made them already (validate looks for a report's forms first). */
export function readWorkbook(grids: readonly Grid[], views: readonly SheetView[] = sheetViews(grids)): WorkbookReading {
  const log = new ReadLog();
  const map = locateTables(views);
  const chosen = (kind: TableKind): TableAnchor | null =>
    (kind === 'funding' ? map.anchors.find((a) => a.kind === kind && a.official) : undefined) ?? map.anchors.find((a) => a.kind === kind) ?? null;

  const passportAt = chosen('passport');
  const fundingAt = chosen('funding');
  const indicatorsAt = chosen('indicators');

  const textAt = chosen('fundingText');

  let passport: PassportReading | null = passportAt
    ? readPassport(views[passportAt.sheet], passportAt.row, passportAt.col, limitOf(map, passportAt, views[passportAt.sheet].height), log)
    : null;
  // The funding section written as text (not in the passport's table): read as the passport's funding.
  if (textAt && !passport?.passport.funding) {
    passport = readFundingText(views[textAt.sheet], textAt.row, textAt.col, limitOf(map, textAt, views[textAt.sheet].height), log, passport);
  }
  const funding: FundingTable | null = fundingAt ? readAnyFundingTable(views[fundingAt.sheet], fundingAt, limitOf(map, fundingAt, views[fundingAt.sheet].height), log) : null;
  const indicators: IndicatorTable | null = indicatorsAt
    ? readIndicatorTable(views[indicatorsAt.sheet], indicatorsAt.row, indicatorsAt.col, limitOf(map, indicatorsAt, views[indicatorsAt.sheet].height), log)
    : null;

  if (!fundingAt) reportMissingHeader(map, views, 'funding', log);
  if (!indicatorsAt) reportMissingHeader(map, views, 'indicators', log);

  reportUnstatedUnits(log);

  const identity = programIdentity(passport, funding, indicators);
  return {
    program: { ...identity, passport: passport?.passport ?? null, funding, indicators },
    provenance: log.provenance,
    readIssues: log.issues,
    read: log.tables,
    sheets: {
      passport: passportAt ? views[passportAt.sheet].name : null,
      funding: fundingAt ? views[fundingAt.sheet].name : null,
      indicators: indicatorsAt ? views[indicatorsAt.sheet].name : null,
    },
  };
}

/** A funding table of whatever shape: years in rows, subprogram blocks, or a row per source. */
function readAnyFundingTable(view: SheetView, anchor: TableAnchor, limit: number, log: ReadLog): FundingTable {
  if (anchor.transposed) return readTransposedFunding(view, anchor.row, transposedHeader(view, anchor.row) ?? anchor.col, limit, log);
  const layout = fundingLayout(view, anchor.row, limit);
  // "2020 год" over "всего | областной бюджет | местный бюджет": the sources under each year.
  const underYears = yearSourceColumns(view, layout);
  if (underYears) return readYearSourceTable(view, layout, underYears, limit, log);
  return layout.nameCol >= 0 ? readFundingTable(view, layout, limit, log) : readSourceTable(view, layout, limit, log);
}

/** A table reads up to the next table found on the same sheet. */
function limitOf(map: WorkbookMap, anchor: TableAnchor, height: number): number {
  let limit = height;
  for (const other of map.anchors) if (other.sheet === anchor.sheet && other.row > anchor.row && other.row < limit) limit = other.row;
  return limit;
}

/** S002 at the first sign of the table (its title or a lone header cell) when its header row was not recognised. */
function reportMissingHeader(map: WorkbookMap, views: readonly SheetView[], kind: 'funding' | 'indicators', log: ReadLog): void {
  const hint = map.hints.find((h) => h.kind === kind && !h.weak) ?? map.hints.find((h) => h.kind === kind && !titlesOtherTable(map, h));
  if (!hint) return;
  log.issue('S002', 'headerNotFound', views[hint.sheet].ref(hint.row, hint.col), kind === 'funding' ? paths.funding : paths.indicators, {
    table: TABLE_NAMES[kind],
    looked: kind === 'funding' ? FUNDING_HEADER_LOOKED : INDICATOR_HEADER_LOOKED,
  });
}

/** Rows between an annex's title and its table's header. */
const TITLE_ROWS = 8;

/**
 * "Приложение 1" over an indicator table: the annexes are not numbered the same in every program, so a
 * number alone says nothing when the table right under it is of the other kind.
 */
function titlesOtherTable(map: WorkbookMap, hint: WorkbookMap['hints'][number]): boolean {
  const next = map.anchors.find((a) => a.sheet === hint.sheet && a.row > hint.row);
  return next !== undefined && next.row - hint.row <= TITLE_ROWS && next.kind !== hint.kind && next.kind !== 'passport';
}

/**
 * S011: the passport and Приложение 1 state the same money; one of them states a unit and the other none
 * (тыс. руб. assumed) while the stated one is another unit — the comparison rests on a guess.
 */
function reportUnstatedUnits(log: ReadLog): void {
  const money = log.tables.filter((t): t is typeof t & { table: 'passport' | 'funding' } => (t.table === 'passport' || t.table === 'funding') && t.unit !== undefined);
  for (const t of money) {
    if (t.unitFrom !== 'assumed') continue;
    const other = money.find((o) => o.table !== t.table && o.unitFrom !== 'assumed' && o.unit !== t.unit);
    if (!other) continue;
    log.issue('S011', 'unitNotStated', { sheet: t.sheet, cell: t.cell }, null, { table: t.table, assumed: t.unit!, other: other.table, otherUnit: other.unit! });
  }
}
