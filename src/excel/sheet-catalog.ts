// What the adapter remembers about the workbook between batches: the sheet names in order, and per
// sheet the height of the used range and the number of merged areas. Knowing the names lets a read
// ask for every sheet's content in the same sync that checks the names; knowing the merge count
// lets it ask for merged areas in row bands that stay under Excel's 512-areas-per-call limit.

export interface SheetFacts {
  /** Rows down to the last used row (0 for an empty sheet). */
  rows: number;
  /** Counted on the last read (or write); unknown after the pane's sample, which does not count them. */
  mergedAreas?: number;
  /** The used range as last read ("A1:G36002"), when the sheet has one. */
  used?: string;
  /** What a row of the used range cost in Excel's answer, measured on the last read (bytes of JSON). */
  bytesPerRow?: number;
  /** `bytesPerRow` was estimated from the pane's sample, not measured on a read. */
  sampled?: boolean;
}

const SHEET_ROWS = 1_048_576;
/** Excel returns at most 512 merged areas from one call; the adapter aims at half of that per band. */
const MERGES_PER_BAND = 256;

export class SheetCatalog {
  private names: string[] | null = null;
  private readonly hidden = new Set<string>();
  private readonly facts = new Map<string, SheetFacts>();

  /** The names as last seen, or null before the first look. */
  knownNames(): string[] | null {
    return this.names ? [...this.names] : null;
  }

  /** The sheets a person sees (the adapter reads only these), or null before the first look. */
  knownVisibleNames(): string[] | null {
    return this.names ? this.names.filter((n) => !this.hidden.has(n.toLowerCase())) : null;
  }

  /** All sheet names; `hidden` when known (a look that did not ask keeps what was known). */
  setNames(names: readonly string[], hidden?: readonly string[]): void {
    this.names = [...names];
    const keep = new Set(names.map((n) => n.toLowerCase()));
    for (const key of [...this.facts.keys()]) if (!keep.has(key)) this.facts.delete(key);
    if (hidden) {
      this.hidden.clear();
      for (const n of hidden) this.hidden.add(n.toLowerCase());
    } else {
      for (const key of [...this.hidden]) if (!keep.has(key)) this.hidden.delete(key);
    }
  }

  /** Records a sheet the adapter hid (the lists behind long drop-downs). */
  hid(name: string): void {
    this.hidden.add(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.names?.some((n) => n.toLowerCase() === name.toLowerCase()) ?? false;
  }

  /** Records a sheet the adapter itself created. */
  added(name: string): void {
    if (!this.names) return;
    if (!this.has(name)) this.names.push(name);
  }

  setFacts(name: string, facts: SheetFacts): void {
    this.facts.set(name.toLowerCase(), facts);
  }

  factsOf(name: string): SheetFacts | undefined {
    return this.facts.get(name.toLowerCase());
  }

  forget(): void {
    this.names = null;
    this.hidden.clear();
    this.facts.clear();
  }
}

/** A sheet not seen before is asked in bands this tall, down to this row, then in one band for the rest. */
const UNKNOWN_BAND_ROWS = 256;
const UNKNOWN_BANDS_DOWN_TO = 16_384;

/**
 * The row bands ("1:120", "121:240", …, "961:1048576") to ask for merged areas in, or [null] for the
 * whole sheet in one call when the sheet is known to have few merged areas. Excel returns the areas
 * whose top-left cell lies in the range, so the bands split the areas without repeating any.
 */
export function mergeBands(facts: SheetFacts | undefined): (string | null)[] {
  const counted = facts?.mergedAreas !== undefined ? { rows: facts.rows, mergedAreas: facts.mergedAreas } : null;
  if (counted && (counted.mergedAreas <= MERGES_PER_BAND || counted.rows === 0)) return [null];
  const perBand = counted ? Math.max(4, Math.floor((MERGES_PER_BAND * counted.rows) / counted.mergedAreas)) : UNKNOWN_BAND_ROWS;
  const downTo = counted ? counted.rows : UNKNOWN_BANDS_DOWN_TO;
  const bands: string[] = [];
  let top = 1;
  while (top <= downTo) {
    const bottom = Math.min(top + perBand - 1, downTo);
    bands.push(`${top}:${bottom}`);
    top = bottom + 1;
  }
  if (top <= SHEET_ROWS) bands.push(`${top}:${SHEET_ROWS}`);
  return bands;
}
