// The annexes of the program document as a .docx: the passport's funding paragraph (when given),
// Приложение №1 and Приложение №2, each annex on its own pages, A4 landscape, Times New Roman 12
// for the text and 10 in the tables, the table header rows repeated on every page.
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import type { Program } from '../../domain/model/program';
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import { annexTitleBlock, fundingTableTitle, indicatorTableTitle } from './annex-text';
import { fundingTableDocx } from './funding-table-docx';
import { indicatorTableDocx } from './indicator-table-docx';

/** A4 in twips (portrait width and height; the section turns it landscape). */
export const A4 = { width: 11906, height: 16838 };
/** Margins in twips: 20 mm left (binding), 15 mm elsewhere. */
export const MARGIN = { top: 850, bottom: 850, left: 1134, right: 850 };
/** The text width of a landscape page: 297 mm minus the side margins. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;

const TEXT_HALF_POINTS = 24;

export interface AnnexDocxOptions {
  precision: number;
  /** The passport's funding paragraph ("\n" between its paragraphs), or null to leave it out. */
  passportParagraph: string | null;
}

export async function annexDocx(program: Program, options: AnnexDocxOptions): Promise<Buffer> {
  const children: FileChild[] = [];
  if (options.passportParagraph !== null) {
    children.push(heading('Паспорт муниципальной программы: источники финансирования'));
    children.push(...options.passportParagraph.split('\n').map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(keepDigitGroups(text))] })));
  }
  if (program.funding) {
    children.push(...titleBlock(1, program, children.length > 0), heading(fundingTableTitle(program)));
    children.push(fundingTableDocx(program.funding, options.precision, LANDSCAPE_TEXT_WIDTH));
  }
  if (program.indicators) {
    children.push(...titleBlock(2, program, children.length > 0), heading(indicatorTableTitle(program)));
    children.push(indicatorTableDocx(program.indicators, LANDSCAPE_TEXT_WIDTH));
  }

  const document = new Document({
    creator: 'sverka',
    title: `Приложения к муниципальной программе «${program.title}»`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: TEXT_HALF_POINTS } } } },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "Приложение №N / к муниципальной программе / «…»" at the right, on a new page unless it is the first thing. */
function titleBlock(number: 1 | 2, program: Program, newPage: boolean): Paragraph[] {
  return annexTitleBlock(number, program).map(
    (text, i) => new Paragraph({ alignment: AlignmentType.RIGHT, pageBreakBefore: newPage && i === 0, children: [new TextRun(text)] }),
  );
}

function heading(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [new TextRun({ text, bold: true })] });
}
