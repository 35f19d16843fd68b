// Issue 8, units: the passport and Приложение 1 each in their own unit are compared exactly
// (1 млн руб. = 1 000 тыс. руб.), and the findings speak in the passport's unit.
import { collectFindings } from '../../../../src/domain/check-program';
import { renderMessage } from '../../../../src/domain/messages/render-message';
import { convertAmount } from '../../../../src/domain/model/unit';
import type { Program } from '../../../../src/domain/model/program';
import { buildProgram, edit } from '../../../fixtures/program-builder';

const inMillions = (p: Program): void => {
  const f = p.passport!.funding!;
  const m = (d: string | null): string | null => (d === null ? null : convertAmount(d, 'тыс. руб.', 'млн руб.'));
  f.unit = 'млн руб.';
  f.total = m(f.total);
  for (const y of f.years) y.amount = m(y.amount);
  for (const s of f.sources) {
    s.total = m(s.total);
    for (const y of s.years) y.amount = m(y.amount);
  }
};

const passportRules = (program: Program) => collectFindings({ program }).filter((f) => /^P00[1-3]$/.test(f.rule));

describe('the passport in млн руб., Приложение 1 in тыс. руб.', () => {
  it('agree when the amounts are the same money: no P001, P002, P003', () => {
    const program = edit(buildProgram(), inMillions);
    expect(program.passport!.funding!.total).toMatch(/^\d+\.\d{4}$/); // "…,xxxx" млн руб.: to the hundred rubles
    expect(passportRules(program)).toEqual([]);
  });

  it('a total that is off by a thousand rubles is P001, said in млн руб.', () => {
    const program = edit(buildProgram(), (p) => {
      inMillions(p);
      const f = p.passport!.funding!;
      f.total = convertAmount(String(Number(convertAmount(f.total!, 'млн руб.', 'тыс. руб.')) + 1), 'тыс. руб.', 'млн руб.');
    });
    const found = passportRules(program);
    expect(found.map((f) => f.rule)).toEqual(['P001']);
    expect(renderMessage(found[0], 'ru')).toMatch(/^Паспорт, источники финансирования: всего [\d ]+,\d+ млн руб\., а в Приложении 1 «ИТОГО по муниципальной программе» [\d ]+,\d+$/);
  });
});
