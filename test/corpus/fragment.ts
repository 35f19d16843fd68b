// A fragment of a published program, kept verbatim with where it was found, how a person pastes it into
// Excel (the Word table as rows of cells, merges with the value in the top-left cell) and what sverka must
// read from it: every amount as printed, and the arithmetic defects the document really has. The defects
// are not taken on trust: the corpus test recomputes them from the printed amounts with exact arithmetic.

export type Unit = 'руб.' | 'тыс. руб.' | 'млн руб.';

export interface FragmentSource {
  /** The page's address as the search corpus gives it. */
  url: string;
  /** The document, as far as the stored text names it (and what it does not say). */
  document: string;
  /**
   * The document's date, ISO: the act the fragment is from, the edition it quotes, or the act that approved the
   * program (see `dateSeen.dates`). A fragment of the corpus has one; an undated fragment (`undated/`) is kept
   * only as a reader regression and is not counted in the corpus.
   */
  date: string | null;
  /** Where the date was read: the words that give it, as printed, and the page they are on. */
  dateSeen?: DateSeen;
  /** The municipality or region, or what the text says of it when it does not name it. */
  place: string;
  /** What of the stored excerpt the fragment keeps and what it leaves out (site banners, text cut mid-row). */
  excerpt: string;
}

export interface DateSeen {
  /** The words as printed on the page («Постановление администрации Тамбовской области от 8 декабря 2015 г. N 1428»). */
  words: string;
  /** The page that shows them: the fragment's own page or another page of the same act or program. */
  url: string;
  /**
   * What the date is of: `act` — the act the fragment is from; `edition` — the edition of the text the fragment
   * quotes («в ред. … от …», «с изменениями на …»); `program` — the act that approved the program, when the
   * stored text dates neither the fragment's own act nor its edition.
   */
  dates: 'act' | 'edition' | 'program';
}

/** A pasted cell: its text as printed (null: empty). */
export type CellSpec = string | null | PastedCell;

export interface PastedCell {
  text: string;
  /** A merged cell: the value stands in its top-left cell, the merge covers `across` × `down` cells. */
  across?: number;
  down?: number;
  /** A name for the cell, for the defects that point at it. */
  id?: string;
}

export interface PastedSheet {
  /** The sheet's name as a person leaves it ("Лист1"). */
  name: string;
  /** Whether numbers land as numbers (Excel in a Russian locale converts "1234,5") or stay text (NBSP, grouping). */
  numbers: 'number' | 'text';
  rows: CellSpec[][];
}

/** A row of amounts as printed ("695603,733"; null for an empty cell or a dash). */
export interface PrintedRow {
  label: string;
  /** The total column; undefined when the table has none. */
  total?: string | null;
  /** One per year column, in the order of `years`. */
  years: (string | null)[];
}

export interface FundingReading {
  kind: 'funding';
  unit: Unit;
  /** The year columns as read: "2019", "2026-2030". */
  years: string[];
  subprograms?: { title: string; sources: PrintedRow[]; total: PrintedRow | null }[];
  /** The program's source rows (without subprograms: the table's rows; with them: the "в том числе" rows). */
  sources: PrintedRow[];
  total: PrintedRow | null;
  /** "из них: …" rows: a part of the source above them, not added again. */
  ofWhich?: (PrintedRow & { parent: string })[];
  /** Rows that state the program total once more ("По источникам финансирования: …" under "ВСЕГО:"). */
  totalRepeats?: PrintedRow[];
}

export interface ParagraphReading {
  kind: 'paragraph';
  unit: Unit;
  total: string | null;
  years: [string, string][];
  sources: {
    name: string;
    total: string | null;
    years: [string, string][];
    /** A stage's subtotal ("второй этап - 12000 тыс.рублей, из них: 2007 год …") and the years under it, which add up to it. */
    stages?: [string, string, string[]][];
  }[];
}

export interface IndicatorReading {
  kind: 'indicators';
  years: string[];
  indicators: {
    name: string;
    unit: string;
    base: string | null;
    /** One per year column, as printed (null: empty or a dash). */
    values: (string | null)[];
    /** Reported actual values inside the period ("факт." beside "план." of a year): read, not a target. */
    facts?: [string, string][];
  }[];
}

export type Reading = FundingReading | ParagraphReading | IndicatorReading;

/**
 * A published arithmetic defect: in `cell` the document states `stated`, its own parts add up to `computed`.
 * `rule` is the finding sverka must give there.
 */
export interface Defect {
  rule: string;
  /** The id of the pasted cell that holds the stated amount. */
  cell: string;
  /**
   * Set when sverka reports this mismatch through another defect's finding (one defect, one finding: a sum
   * folded under the one finding of its statement at a cell, docs/findings.md): that defect's cell.
   */
  explainedBy?: string;
  stated: string;
  computed: string;
  /** What the arithmetic is, in words. */
  what: string;
}

export interface CorpusFragment {
  id: string;
  source: FragmentSource;
  /** The text as the corpus gives it (the document's text; site banners left out). */
  verbatim: string;
  sheets: PastedSheet[];
  read: Reading;
  defects: Defect[];
  /**
   * Findings that come from the corpus cutting the text, not from the document (a list of sources that stops
   * after the second of four): the rule and the cell where sverka rightly reports the cut text.
   */
  cutEffects?: { rule: string; cell: string; stated: string; computed: string; why: string }[];
  /** Amounts in the text that belong to no funding statement: the cell, and each amount the S-rule must quote there. */
  unattributed?: { cell: string; amounts: string[] }[];
  /** Set while sverka still cannot read the fragment: why. Its test fails until it can. */
  unreadable?: string;
}

/** A merged or named cell. */
export function m(text: string, across = 1, down = 1, id?: string): PastedCell {
  return { text, ...(across > 1 ? { across } : {}), ...(down > 1 ? { down } : {}), ...(id ? { id } : {}) };
}

/** The rows of a text pasted into Excel: one paragraph a row, in the first column; `[id, text]` names a row's cell. */
export function paragraphRows(lines: readonly (string | readonly [string, string])[]): CellSpec[][] {
  return lines.map((line) => (typeof line === 'string' ? [line] : [{ text: line[1], id: line[0] }]));
}

/** A named cell (a defect points at it). */
export function at(id: string, text: string): PastedCell {
  return { text, id };
}
