// The evaluation as a .docx: a title, and per section a table «Что | Значение | Как вычислено».
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import type { Lang } from '../domain/finding';
import type { Evaluation } from '../domain/reporting/evaluate';
import { keepDigitGroups } from '../domain/text/keep-digit-groups';
import { evaluationSections, evaluationTitle, type EvaluatedProgram } from '../sheets/write/report/evaluation-rows';

const A4 = { width: 11906, height: 16838 };
/** The landscape page's text width (twips): A4's long side less Word's default margins (1 440 each). */
const TEXT_WIDTH = A4.height - 2 * 1440;
/** «Что» (the indicator's full name) wide, «Значение» narrow, «Как вычислено» the rest (twips). */
const COLUMNS = [Math.round(TEXT_WIDTH * 0.4), Math.round(TEXT_WIDTH * 0.12), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4) - Math.round(TEXT_WIDTH * 0.12)];

function cell(text: string, column: number, boldText = false): TableCell {
  return new TableCell({ width: { size: COLUMNS[column], type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: keepDigitGroups(text), bold: boldText, size: 20 })] })] });
}

export async function evaluationDocx(ev: Evaluation, lang: Lang, program: EvaluatedProgram | null = null): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: evaluationTitle(ev, lang, program), bold: true })] }),
  ];
  const header = lang === 'ru' ? ['Что', 'Значение', 'Как вычислено'] : ['What', 'Value', 'How it was computed'];
  // An official document: every indicator named in full.
  for (const section of evaluationSections(ev, lang, { fullNames: true })) {
    children.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: section.title, bold: true })] }));
    children.push(
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: COLUMNS,
        layout: TableLayoutType.FIXED,
        rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...section.rows.map((r) => new TableRow({ children: [cell(r.label, 0), cell(r.value, 1), cell(r.formula, 2)] }))],
      }),
    );
  }
  const document = new Document({
    creator: 'sverka',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(document);
}
