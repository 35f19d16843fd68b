// Приложение №2 as a Word table, laid out as in the program document: a two-row header ("Планируемое
// значение показателя по годам…" merged over the year columns) and the column-number row "1 … 11",
// all three repeated on every page; a subprogram row spanning the width after its number; each
// activity's number and name merged down its indicator rows.
import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Activity, Indicator, IndicatorTable } from '../../domain/model/indicators';
import { yearSpanLabel } from '../../domain/model/year-span';
import { indicatorValueText } from './annex-text';
import { INDICATOR_HEADER } from '../../sheets/write/indicator-sheet';
import { columnWidths, docxCell, firstHeaderRowHeight, spanWidth, TABLE_CELL_MARGINS } from './docx-table-cells';

/** Shares of the table width: №, activity, indicator, unit, type, base value; the year columns share the rest. */
const SHARES = [0.04, 0.175, 0.23, 0.07, 0.1, 0.075];
const FIXED = SHARES.length;

export function indicatorTableDocx(table: IndicatorTable, tableWidth: number): Table {
  const years = table.years.length;
  const width = FIXED + years;
  const widths = columnWidths(tableWidth, SHARES, years);
  const w = (from: number, span = 1) => spanWidth(widths, from, span);

  const merged = [
    { text: INDICATOR_HEADER.number, width: w(0) },
    { text: INDICATOR_HEADER.activity, width: w(1) },
    { text: INDICATOR_HEADER.indicator, width: w(2) },
    { text: INDICATOR_HEADER.unit, width: w(3) },
    { text: INDICATOR_HEADER.type, width: w(4) },
    { text: INDICATOR_HEADER.base, width: w(5) },
  ];
  const plan = { text: INDICATOR_HEADER.plan, width: w(FIXED, years) };
  const header = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: firstHeaderRowHeight(merged, [plan], 1),
      children: [
        ...merged.map((c) => docxCell(c.text, { rowSpan: 2, width: c.width })),
        docxCell(plan.text, { columnSpan: years, width: plan.width }),
      ],
    }),
    new TableRow({ tableHeader: true, cantSplit: true, children: table.years.map((y, i) => docxCell(yearSpanLabel(y), { width: w(FIXED + i) })) }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: Array.from({ length: width }, (_, i) => docxCell(String(i + 1), { width: w(i) })),
    }),
  ];

  const indicatorCells = (indicator: Indicator | null) => [
    docxCell(indicator?.name ?? '', { align: 'left', width: w(2) }),
    docxCell(indicator?.unit ?? '', { width: w(3) }),
    docxCell(indicator?.type ?? '', { width: w(4) }),
    docxCell(indicator ? indicatorValueText(indicator.base) : '', { width: w(5) }),
    ...table.years.map((_, i) => docxCell(indicator ? indicatorValueText(indicator.plan[i] ?? null) : '', { width: w(FIXED + i) })),
  ];
  const activityRows = (activity: Activity): TableRow[] => {
    const span = Math.max(activity.indicators.length, 1);
    const lead = [docxCell(activity.number, { rowSpan: span, width: w(0) }), docxCell(activity.title, { rowSpan: span, align: 'left', width: w(1) })];
    if (activity.indicators.length === 0) return [new TableRow({ cantSplit: true, children: [...lead, ...indicatorCells(null)] })];
    return activity.indicators.map((indicator, i) => new TableRow({ cantSplit: true, children: [...(i === 0 ? lead : []), ...indicatorCells(indicator)] }));
  };

  const body: TableRow[] = [];
  for (const sub of table.subprograms) {
    body.push(
      new TableRow({
        cantSplit: true,
        children: [
          docxCell(sub.number, { keepNext: true, width: w(0) }),
          docxCell(sub.title, { columnSpan: width - 1, align: 'left', bold: true, keepNext: true, width: w(1, width - 1) }),
        ],
      }),
    );
    for (const activity of sub.activities) body.push(...activityRows(activity));
  }

  return new Table({
    rows: [...header, ...body],
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: TABLE_CELL_MARGINS,
  });
}
