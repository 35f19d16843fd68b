// The evaluation as a .docx: a title, and per section a table «Что | Значение | Как вычислено».
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import type { Lang } from '../domain/finding';
import type { Evaluation } from '../domain/reporting/evaluate';
import { keepDigitGroups } from '../domain/text/keep-digit-groups';
import { evaluationSections, evaluationTitle, type EvaluatedProgram } from '../sheets/write/report/evaluation-rows';

const A4 = { width: 11906, height: 16838 };

function cell(text: string, boldText = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: keepDigitGroups(text), bold: boldText, size: 20 })] })] });
}

export async function evaluationDocx(ev: Evaluation, lang: Lang, program: EvaluatedProgram | null = null): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: evaluationTitle(ev, lang, program), bold: true })] }),
  ];
  const header = lang === 'ru' ? ['Что', 'Значение', 'Как вычислено'] : ['What', 'Value', 'How it was computed'];
  for (const section of evaluationSections(ev, lang)) {
    children.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: section.title, bold: true })] }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...section.rows.map((r) => new TableRow({ children: [cell(r.label), cell(r.value), cell(r.formula)] }))],
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
