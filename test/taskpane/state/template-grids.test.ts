import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { programTemplates } from '../../../src/taskpane/state/template-grids';

describe('the templates «Загрузить шаблон» writes', () => {
  test('the blank template has the passport and both annexes, and reads back as a program of the same period', async () => {
    const grids = await programTemplates('blank');
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(['Паспорт', 'Приложение 1', 'Приложение 2']));
    const { sheets } = checkWorkbook(grids);
    expect(Object.values(sheets).every((name) => name !== null)).toBe(true);
  });

  test('the worked example reads back as Ступино 2020–2024 with the published passport errors (P003, P006)', async () => {
    const { program, report } = checkWorkbook(await programTemplates('example'));
    expect(program.municipality).toContain('Ступино');
    expect(program.period).toEqual({ from: 2020, to: 2024 });
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['P003', 'P006']);
  });
});
