// The evaluation as a worksheet: a section title, then «Показатель | Значение | Как вычислено | Точно (дробь)».
import type { Lang } from '../../../domain/finding';
import type { Evaluation } from '../../../domain/reporting/evaluate';
import type { Grid } from '../../grid';
import { bold, HEADER_STYLE, TEXT_STYLE } from '../cell-styles';
import { GridBuilder } from '../grid-builder';
import { evaluationSections, evaluationTitle, type EvaluatedProgram } from './evaluation-rows';

export function writeEvaluationSheet(ev: Evaluation, lang: Lang = 'ru', program: EvaluatedProgram | null = null): Grid {
  const sheet = new GridBuilder(lang === 'ru' ? 'Оценка эффективности' : 'Evaluation');
  const header = lang === 'ru' ? ['Что', 'Значение', 'Как вычислено', 'Точно (дробь)'] : ['What', 'Value', 'How it was computed', 'Exact (fraction)'];
  let r = 0;
  sheet.setMerged({ top: r, left: 0, bottom: r, right: 3 }, { value: evaluationTitle(ev, lang, program), style: { bold: true, fontSize: 12, horizontal: 'center' } });
  r += 2;
  for (const section of evaluationSections(ev, lang)) {
    sheet.setMerged({ top: r, left: 0, bottom: r, right: 3 }, { value: section.title, style: bold(TEXT_STYLE) });
    r++;
    header.forEach((h, c) => sheet.set(r, c, { value: h, style: HEADER_STYLE }));
    r++;
    for (const row of section.rows) {
      [row.label, row.value, row.formula, row.exact].forEach((v, c) => sheet.set(r, c, { value: v === '' ? null : v, style: TEXT_STYLE }));
      r++;
    }
    r++;
  }
  return sheet.build({ columnWidths: [60, 14, 80, 24], orientation: 'landscape', fitToWidth: true, paperSize: 'A4' });
}
