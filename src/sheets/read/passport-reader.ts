// The passport: a table of label/value rows ("Наименование муниципальной программы" → "…",
// "Сроки реализации…" → "2020-2024 годы", "Перечень подпрограмм…", "Источники финансирования…"), under
// the title block "МУНИЦИПАЛЬНАЯ ПРОГРАММА / городского округа … / «title»". A value may go on over
// several rows with an empty label (a Word cell of several paragraphs pasted into Excel).
import type { Passport, PassportField, PassportFunding, PassportSource, PassportYearAmount } from '../../domain/model/passport';
import { DEFAULT_UNIT } from '../../domain/model/unit';
import type { YearSpan } from '../../domain/model/year-span';
import { paths } from '../../domain/paths';
import { sourceKeys } from '../../domain/sources';
import { SECTION_HEADING } from './header-text';
import { PASSPORT_ROW, matches, type Phrases } from './vocabulary';
import { parseFundingParagraph, type ParagraphAmount } from './passport-funding-paragraph';
import { passportTableLayout, readPassportFundingTable } from './passport-funding-table';
import { splitSubprograms } from './passport-subprograms';
import type { TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import { passportReading } from './table-reading';
import type { CellRef } from '../../domain/provenance';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import { joinLines, quoted, titleBlockAbove } from './title-block';

export interface PassportReading {
  passport: Passport;
  /** The program's title: from the title block, else the "Наименование муниципальной программы" row. */
  title: TextCell | null;
  /** "городского округа Ступино Московской области", from the title block. */
  municipality: string | null;
}

interface Field {
  label: TextCell;
  parts: TextCell[];
}

export function readPassport(view: SheetView, anchorRow: number, labelCol: number, limit: number, log: ReadLog): PassportReading {
  const fields: Field[] = [];
  let funding: PassportFunding | null = null;
  let fundingField: Field | null = null;
  let fundingTableField: Field | null = null;
  for (let row = anchorRow; row < limit; row++) {
    if (view.isBlankRow(row)) continue;
    if (isTitleRow(view, row)) break;
    const label = view.text(row, labelCol);
    const parts = valueParts(view, row, labelCol);
    const previousField = fields.length > 0 ? fields[fields.length - 1] : null;
    if (label !== '' && previousField && label === previousField.label.text && previousField !== fundingTableField) {
      // The label repeated beside each paragraph (a merged label reported in every cell): the same field.
      previousField.parts.push(...parts);
    } else if (label !== '') {
      if (parts.length === 0 && SECTION_HEADING.test(label)) break;
      const field: Field = { label: { text: label, ref: view.ref(row, labelCol) }, parts };
      fields.push(field);
      if (matches(label, PASSPORT_ROW.funding)) {
        fundingField = field;
        const layout = passportTableLayout(view, row, labelCol);
        if (layout) {
          const table = readPassportFundingTable(view, layout, labelCol, limit, log);
          funding = table.funding;
          row = table.lastRow;
          field.parts = [];
          fundingTableField = field;
        }
      }
    } else if (fields.length > 0) {
      fields[fields.length - 1].parts.push(...parts);
    }
  }

  const find = (phrases: Phrases): Field | null => fields.find((f) => matches(f.label.text, phrases)) ?? null;
  log.record(paths.passport, fields[0]?.label.ref ?? view.ref(anchorRow, labelCol));

  const periodField = find(PASSPORT_ROW.period);
  const periodCell = periodField && periodField.parts.length > 0 ? periodField.parts[0] : null;
  if (periodCell) log.record(paths.passportPeriod, periodCell.ref);

  const subprograms: string[] = [];
  for (const part of find(PASSPORT_ROW.subprograms)?.parts ?? []) {
    for (const mention of splitSubprograms(part.text)) {
      log.record(paths.passportSubprogram(subprograms.length), part.ref);
      subprograms.push(mention.text);
    }
  }

  let fundingForm: 'paragraph' | 'table' = funding ? 'table' : 'paragraph';
  let unread = 0;
  let unitStated = funding !== null;
  if (!funding && fundingField && fundingField.parts.length > 0) {
    const paragraph = readParagraph(fundingField.parts, log);
    funding = paragraph.funding;
    unread = paragraph.unread;
    unitStated = paragraph.unitStated;
    fundingForm = 'paragraph';
  }
  log.read(passportReading(funding, fields.length, fields[0]?.label.ref ?? view.ref(anchorRow, labelCol), fundingForm, unread, unitStated));

  const structured = new Set([periodField, find(PASSPORT_ROW.subprograms), fundingField]);
  const kept: PassportField[] = fields
    .filter((f) => !structured.has(f))
    .map((f, i) => {
      log.record(paths.passportField(i), f.parts[0]?.ref ?? f.label.ref);
      return { label: f.label.text, value: f.parts.map((p) => p.text).join('\n') };
    });

  const block = titleBlock(view, anchorRow);
  const nameField = find(PASSPORT_ROW.name);
  const named = nameField && nameField.parts.length > 0 ? { text: stripAlias(nameField.parts.map((p) => p.text).join(' ')), ref: nameField.parts[0].ref } : null;
  const title = block.title ?? named;
  if (title) log.record(paths.passportTitle, title.ref);

  return {
    passport: { periodText: periodCell?.text ?? null, period: periodCell ? parsePeriod(periodCell.text) : null, subprograms, funding, fields: kept },
    title,
    municipality: block.municipality,
  };
}

function valueParts(view: SheetView, row: number, labelCol: number): TextCell[] {
  const out: TextCell[] = [];
  const n = view.rowLength(row);
  for (let col = labelCol + 1; col < n; col++) {
    const text = view.text(row, col);
    if (text !== '') out.push({ text, ref: view.ref(row, col) });
  }
  return out;
}

/** "2020-2024 годы" → 2020…2024; "2021 год" → 2021. */
export function parsePeriod(text: string): YearSpan | null {
  const span = /(\d{4})\s*(?:год[аы]?\s*)?[-–—‐−]\s*(\d{4})/.exec(text) ?? /(\d{4})\s*(?:год[аы]?\s*)?по\s*(\d{4})/.exec(text);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    return to >= from ? { from, to } : null;
  }
  const single = /(\d{4})/.exec(text);
  return single ? { from: Number(single[1]), to: Number(single[1]) } : null;
}

/** "Цифровое муниципальное образование (далее – муниципальная программа)" → the name alone. */
function stripAlias(text: string): string {
  return text.replace(/\s*\(далее[^)]*\)\.?/gi, '').replace(/^[«"]|[»"]$/g, '').trim();
}

/** "МУНИЦИПАЛЬНАЯ ПРОГРАММА городского округа Ступино Московской области «Цифровое муниципальное образование»". */
function titleBlock(view: SheetView, anchorRow: number): { title: TextCell | null; municipality: string | null } {
  const lines = titleBlockAbove(view, anchorRow);
  const joined = joinLines(lines);
  const head = /муниципальн\S*\s+программ\S*/i.exec(joined.text);
  const from = head ? head.index + head[0].length : 0;
  const q = quoted(joined.text, from);
  if (!head && !q) return { title: null, municipality: null };
  const between = head ? joined.text.slice(from, q ? q.start : joined.text.length).trim() : '';
  const municipality = /^(?:городского|муниципального|сельского)/i.test(between) ? between.replace(/[,.]$/, '') : null;
  return { title: q && q.inner !== '' ? { text: q.inner, ref: joined.refAt(q.start) } : null, municipality };
}

/** The paragraph form: every amount points at the cell (row) its text is in; an amount it cannot place is S010. */
export function readParagraph(parts: readonly TextCell[], log: ReadLog): { funding: PassportFunding; unread: number; unitStated: boolean } {
  const joined = joinLines(parts, '\n');
  const parsed = parseFundingParagraph(joined.text);
  reportUnattributed(parsed.unattributed, joined.refAt, log);
  log.record(paths.passportFunding, parts[0].ref);
  // Every cell of the paragraph is its own (writing the paragraph back replaces them all).
  parts.forEach((part, i) => log.record(paths.passportFundingLine(i), part.ref));
  const at = (a: ParagraphAmount) => joined.refAt(a.at);
  if (parsed.total) log.record(paths.passportFundingTotal, at(parsed.total));
  const years: PassportYearAmount[] = parsed.years.map((y) => {
    log.record(paths.passportFundingYear(y.year), at(y));
    return { year: y.year, amount: y.value };
  });
  const keys = sourceKeys(parsed.sources.map((s) => s.name));
  const sources = parsed.sources.map((s, j): PassportSource => {
    log.record(paths.passportSource(keys[j]), joined.refAt(s.at));
    if (s.total) log.record(paths.passportSourceCell(keys[j], 'total'), at(s.total));
    s.stages.forEach((st, i) => log.record(paths.passportSourceStage(keys[j], i), at(st.amount)));
    return {
      name: s.name,
      total: s.total?.value ?? null,
      years: s.years.map((y) => {
        log.record(paths.passportSourceCell(keys[j], y.year), at(y));
        return { year: y.year, amount: y.value };
      }),
      ...(s.stages.length > 0 ? { stages: s.stages.map((st) => ({ label: st.label, amount: st.amount.value, years: st.years })) } : {}),
    };
  });
  const funding: PassportFunding = {
    form: 'paragraph',
    ...(parsed.unit && parsed.unit !== DEFAULT_UNIT ? { unit: parsed.unit } : {}),
    total: parsed.total?.value ?? null,
    years,
    sources,
  };
  return { funding, unread: parsed.unattributed.length, unitStated: parsed.unit !== null };
}

/** One S010 per cell: the amounts of its text that no statement of the funding claims, quoted. */
function reportUnattributed(amounts: readonly { text: string; at: number }[], refAt: (pos: number) => CellRef, log: ReadLog): void {
  const byCell = new Map<string, { ref: CellRef; texts: string[] }>();
  for (const a of amounts) {
    const ref = refAt(a.at);
    const key = `${ref.sheet}!${ref.cell}`;
    const entry = byCell.get(key) ?? { ref, texts: [] };
    entry.texts.push(a.text);
    byCell.set(key, entry);
  }
  for (const { ref, texts } of byCell.values()) log.issue('S010', 'unattributedAmount', ref, null, { amounts: texts.join('; ') });
}
