// The worked example as data: examples/stupino-2020-2024.program.json is the published program, defects included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../../src/domain/model/program';

const EXAMPLE = join(__dirname, '../../../examples/stupino-2020-2024.program.json');

function loadExample(): Program {
  return Program.parse(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
}

describe('the worked example program (examples/stupino-2020-2024.program.json)', () => {
  it('parses with the Program schema', () => {
    const result = Program.safeParse(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('keeps the published passport defect: the city budget total 421 246,4', () => {
    const sources = loadExample().passport?.funding?.sources ?? [];
    expect(sources.map((s) => [s.name, s.total])).toEqual([
      ['Федеральный бюджет', '0'],
      ['Бюджет Московской области', '1567.0'],
      ['Бюджет городского округа Ступино Московской области', '421246.4'],
      ['Внебюджетные источники', '954.7'],
    ]);
    expect(sources[0].years).toEqual([]);
  });

  it('keeps Приложение 1\'s Подпрограмма I title without "государственных и"', () => {
    const p = loadExample();
    expect(p.funding?.subprograms[0].title).toContain('предоставления муниципальных услуг');
    expect(p.passport?.subprograms[0]).toContain('предоставления государственных и муниципальных услуг');
    expect(p.indicators?.subprograms[0].title).toBe(p.passport?.subprograms[0]);
  });

  it('keeps the Cyrillic Д6 and Е4 in activity titles 2.6 and 2.7', () => {
    const acts = loadExample().indicators?.subprograms[1].activities ?? [];
    expect(acts.map((a) => a.number)).toEqual(['2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.']);
    expect(acts[4].title).toMatch(/^Основное мероприятие D2\./); // Latin D
    expect(acts[5].title).toMatch(/^Основное мероприятие \u04146\./); // Cyrillic Д
    expect(acts[6].title).toMatch(/^Основное мероприятие \u04154\./); // Cyrillic Е
  });

  it('keeps the values as written: base "-" is null, 96,68 and 100,0 keep their decimals', () => {
    const subs = loadExample().indicators?.subprograms ?? [];
    const [satisfaction] = subs[0].activities[0].indicators;
    expect([satisfaction.base?.value, satisfaction.plan[0]?.value]).toEqual(['96.68', '94.6']);
    expect(subs[0].activities[1].indicators[1]).toMatchObject({ name: 'Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', base: null });
    expect(subs[1].activities[0].indicators[0].base?.value).toBe('100.0');
  });

  it('joins the rows cut by a page break to the indicator above', () => {
    const subs = loadExample().indicators?.subprograms ?? [];
    const counts = subs.map((s) => s.activities.map((a) => a.indicators.length));
    expect(counts).toEqual([[1, 3, 1], [4, 2, 10, 1, 2, 1, 2]]);
    expect(subs[1].activities[1].indicators[0].name).toMatch(/обеспеченных антивирусным программным обеспечением/);
    expect(subs[1].activities[4].indicators[0].name).toMatch(/на скорости: - для дошкольных образовательных организаций/);
  });
});
