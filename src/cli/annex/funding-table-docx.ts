// Приложение №1 as a Word table, laid out as in the program document: a two-row header ("в том числе
// по годам…" merged over the year columns), each subprogram's name merged down its source rows,
// "Всего по подпрограмме N" and "ИТОГО по муниципальной программе" over the first two columns,
// "в том числе:" merged down the source rows under ИТОГО. The header rows repeat on every page.
import { Table, TableLayoutType, TableRow, WidthType, type TableCell } from 'docx';
import type { FundingRow, FundingTable } from '../../domain/model/funding';
import { yearSpanLabel } from '../../domain/model/year-span';
import { FUNDING_HEADER, fundingHeaderInUnit, subprogramTotalLabel } from '../../sheets/write/funding-sheet';
import { unitOf, unitPrecision } from '../../domain/model/unit';
import { annexAmountText } from './annex-text';
import { columnWidths, docxCell, firstHeaderRowHeight, spanWidth, TABLE_CELL_MARGINS } from './docx-table-cells';

/** Shares of the table width: subprogram name, source, "Общий объем"; the year columns share the rest. */
const SHARES = [0.26, 0.19, 0.12];

export function fundingTableDocx(table: FundingTable, thousandsPrecision: number, tableWidth: number): Table {
  // In the table's own unit, with its decimals (3 in млн руб.).
  const precision = unitPrecision(unitOf(table), thousandsPrecision);
  const inUnit = fundingHeaderInUnit(unitOf(table));
  const years = table.years.length;
  const widths = columnWidths(tableWidth, SHARES, years);
  const w = (from: number, span = 1) => spanWidth(widths, from, span);
  const amounts = (row: FundingRow | null, from: number): TableCell[] => [
    docxCell(annexAmountText(row?.total ?? null, precision), { width: w(from) }),
    ...table.years.map((_, i) => docxCell(annexAmountText(row?.years[i] ?? null, precision), { width: w(from + 1 + i) })),
  ];

  const merged = [
    { text: FUNDING_HEADER.subprogram, width: w(0) },
    { text: FUNDING_HEADER.source, width: w(1) },
    { text: inUnit.total, width: w(2) },
  ];
  const byYears = { text: inUnit.years, width: w(3, years) };
  const header = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: firstHeaderRowHeight(merged, [byYears], 1),
      children: [...merged.map((c) => docxCell(c.text, { rowSpan: 2, width: c.width })), docxCell(byYears.text, { columnSpan: years, width: byYears.width })],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.years.map((y, i) => docxCell(yearSpanLabel(y), { width: w(3 + i) })),
    }),
  ];

  const body: TableRow[] = [];
  table.subprograms.forEach((sub, index) => {
    if (sub.sources.length === 0) {
      body.push(new TableRow({ cantSplit: true, children: [docxCell(sub.title, { align: 'left', width: w(0) }), docxCell('', { width: w(1) }), ...amounts(null, 2)] }));
    }
    sub.sources.forEach((row, i) => {
      const name = i === 0 ? [docxCell(sub.title, { rowSpan: sub.sources.length, align: 'left', width: w(0) })] : [];
      body.push(new TableRow({ cantSplit: true, children: [...name, docxCell(row.source, { align: 'left', width: w(1) }), ...amounts(row, 2)] }));
    });
    body.push(
      new TableRow({
        cantSplit: true,
        children: [docxCell(subprogramTotalLabel(sub.title, index), { columnSpan: 2, align: 'left', width: w(0, 2) }), ...amounts(sub.total, 2)],
      }),
    );
  });
  body.push(
    new TableRow({
      cantSplit: true,
      children: [docxCell(FUNDING_HEADER.programTotal, { columnSpan: 2, align: 'left', bold: true, width: w(0, 2) }), ...amounts(table.total, 2)],
    }),
  );
  table.totalBySource.forEach((row, i) => {
    const label = i === 0 ? [docxCell(FUNDING_HEADER.bySource, { rowSpan: table.totalBySource.length, align: 'left', width: w(0) })] : [];
    body.push(new TableRow({ cantSplit: true, children: [...label, docxCell(row.source, { align: 'left', width: w(1) }), ...amounts(row, 2)] }));
  });

  return new Table({
    rows: [...header, ...body],
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: TABLE_CELL_MARGINS,
  });
}
