// The templates the pane can write into the workbook: the blank sheets, or the worked example
// (Ступино, 2020–2024). The example is a separate chunk, fetched only when asked for.
import { Program } from '../../domain/model/program';
import type { Grid } from '../../sheets/grid';
import { writeProgramWorkbook } from '../../sheets/write/program-workbook';

export type TemplateKind = 'blank' | 'example';

export type TemplateSource = (kind: TemplateKind) => Promise<Grid[]>;

export const programTemplates: TemplateSource = async (kind) => {
  if (kind === 'blank') return writeProgramWorkbook(null);
  const example = await import(/* webpackChunkName: "example-program" */ '../../../examples/stupino-2020-2024.program.json');
  return writeProgramWorkbook(Program.parse(example.default));
};
