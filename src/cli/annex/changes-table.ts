// The «было / стало» table that an amending resolution carries: what the amendment changes in the
// program, one row per changed value and, under it, the totals it moves — as a .docx (A4 landscape, the
// header row repeated on every page) and as an .xlsx sheet for print. Values are written as the
// program document writes them ("15 867,6", "не менее 85", "—").
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Program } from '../../domain/model/program';
import type { Grid, GridCell } from '../../sheets/grid';
import { CENTER_STYLE, HEADER_STYLE, TEXT_STYLE, TITLE_STYLE } from '../../sheets/write/cell-styles';
import type { ChangeRow } from '../change-text';
import { A4, LANDSCAPE_TEXT_WIDTH, MARGIN } from './annex-docx';
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import { columnWidths, docxCell, TABLE_CELL_MARGINS } from './docx-table-cells';

export const CHANGES_SHEET_NAME = 'Было – стало';
export const CHANGES_HEADER = ['№ п/п', 'Что изменяется', 'Было', 'Стало'] as const;

export interface ChangesTable {
  program: Program;
  rows: readonly ChangeRow[];
  /** The act that makes the changes («постановление от 12.03.2021 № 715-п»), when given. */
  basis: string | null;
}

export function changesHeading(program: Program): string {
  return `Изменения, вносимые в муниципальную программу «${program.title}»`;
}

function place(row: ChangeRow): string {
  return row.total ? `итог: ${row.place}` : row.place;
}

export async function changesDocx(table: ChangesTable): Promise<Buffer> {
  const widths = columnWidths(LANDSCAPE_TEXT_WIDTH, [0.07, 0.53, 0.2, 0.2], 0);
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, i) => docxCell(text, { width: widths[i], align: i === 1 && !header ? 'left' : 'center', bold: header })),
    });
  const body = table.rows.map((r) => row([r.number, place(r), keepDigitGroups(r.old), keepDigitGroups(r.new)], false));
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: changesHeading(table.program), bold: true })] }),
    ...(table.basis ? [new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 240 }, children: [new TextRun(`Основание: ${table.basis}`)] })] : []),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      margins: TABLE_CELL_MARGINS,
      rows: [row([...CHANGES_HEADER], true), ...body],
    }),
  ];
  const document = new Document({
    creator: 'sverka',
    title: changesHeading(table.program),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(document);
}

const text = (value: string, style = TEXT_STYLE): GridCell => ({ value, style });

export function changesGrid(table: ChangesTable): Grid {
  const rows: GridCell[][] = [[text(changesHeading(table.program), TITLE_STYLE)]];
  const merges = [{ top: 0, left: 0, bottom: 0, right: 3 }];
  if (table.basis) {
    rows.push([text(`Основание: ${table.basis}`, { wrap: true, horizontal: 'left', vertical: 'top' })]);
    merges.push({ top: 1, left: 0, bottom: 1, right: 3 });
  }
  const headerRow = rows.length;
  rows.push(CHANGES_HEADER.map((h) => text(h, HEADER_STYLE)));
  for (const r of table.rows) rows.push([text(r.number, CENTER_STYLE), text(place(r)), text(r.old, CENTER_STYLE), text(r.new, CENTER_STYLE)]);
  return {
    name: CHANGES_SHEET_NAME,
    rows,
    merges,
    layout: {
      columnWidths: [8, 80, 20, 20],
      printTitleRows: [headerRow, headerRow],
      orientation: 'landscape',
      fitToWidth: true,
      paperSize: 'A4',
    },
  };
}
