// The worked example (городской округ Ступино, «Цифровое муниципальное образование», 2020–2024), as
// transcribed to examples/stupino-2020-2024.program.json: the findings docs/design/RULES.md says it must give.
import { renderMessage } from '../../../src/domain/messages/render-message';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProgram } from '../../../src/domain/check-program';
import { Program } from '../../../src/domain/model/program';
import { paths } from '../../../src/domain/paths';

const program = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));
const report = checkProgram({ program });
const y2020 = { from: 2020, to: 2020 };
const of = (rule: string) => report.findings.filter((f) => f.rule === rule);

describe('the worked example', () => {
  it('has exactly two errors: P003 and P006, both at the city budget\'s "всего" in the passport (421 246,4 vs 421 246,1)', () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.path, f.data.expected, f.data.actual])).toEqual([
      ['P003', paths.passportSourceCell('municipal', 'total'), '421246.1', '421246.4'],
      ['P006', paths.passportSourceCell('municipal', 'total'), '421246.1', '421246.4'],
    ]);
    expect(report.valid).toBe(false);
  });

  it('warns P004: Подпрограмма I in Приложение 1 lacks "государственных и"', () => {
    expect(of('P004').map((f) => [f.path, renderMessage(f, 'ru')])).toEqual([
      [paths.fundingSubprogram(0), 'Приложение 1, Подпрограмма I: в наименовании нет слов «государственных и», которые есть в паспорте'],
    ]);
  });

  it('warns I006 exactly four times: satisfaction, waiting time, foreign software share, deadline violations', () => {
    expect(of('I006').map((f) => [f.path, f.data.expected, f.data.actual])).toEqual([
      [paths.indicatorPlan(0, 0, 0, y2020), '96.68', '94.6'],
      [paths.indicatorPlan(0, 1, 0, y2020), '2.38', '11.5'],
      [paths.indicatorPlan(1, 0, 1, y2020), '0', '25.0'],
      [paths.indicatorPlan(1, 2, 3, y2020), '0.55', '2'],
    ]);
  });

  it('warns I009 for Д6 and Е4 with the Latin fix', () => {
    expect(of('I009').map((f) => [f.path, f.data.actual, f.fix])).toEqual([
      [paths.activityField(1, 5, 'title'), 'Д6', { kind: 'text', value: 'Основное мероприятие D6. Федеральный проект «Цифровое государственное управление»' }],
      [paths.activityField(1, 6, 'title'), 'Е4', { kind: 'text', value: 'Основное мероприятие E4. Федеральный проект «Цифровая образовательная среда»' }],
    ]);
  });

  it('informs I012 for the indicator whose base is "-"', () => {
    expect(of('I012').map((f) => f.path)).toEqual([paths.indicatorField(0, 1, 1, 'base')]);
  });

  it('informs I013 for the three indicators whose direction only their plan tells (25 of the 27 have one; 22 by their words)', () => {
    expect(of('I013').map((f) => renderMessage(f, 'ru').replace(/^.*?«(.{0,30}).*?по плану \((.*?)\) похоже, что «(.*?)».*$/, '$1 | $2 | $3'))).toEqual([
      'Удобные услуги – Доля муниципа | 89 → 90 | чем больше, тем лучше',
      'Доля образовательных организац | 53 → 70 | чем больше, тем лучше',
      'Доля используемых в деятельнос | 90 → 100 | чем больше, тем лучше',
    ]);
  });

  it('gives nothing else: Приложение 1 adds up, sources and units are in the dictionaries', () => {
    expect(report.summary).toEqual({ error: 2, warning: 7, info: 4 });
  });
});
