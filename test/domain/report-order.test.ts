// The report's order (sheet, row, column, severity, rule) is the order `localeCompare` gives the sheet names,
// also where the names are ranked without collating them (report.ts, plainlyOrdered).
import type { Finding } from '../../src/domain/finding';
import { makeReport } from '../../src/domain/report';

const finding = (sheet: string | null, cell: string | null, rule = 'F001'): Finding => ({
  rule,
  severity: 'error',
  messageId: 'm',
  data: {},
  path: `${sheet}/${cell}`,
  key: `${rule}:${sheet}/${cell}`,
  sheet,
  cell,
  fix: null,
});

/** The order before the ranks: every comparison collates the sheet names. */
function collated(findings: Finding[]): Finding[] {
  const split = (c: string | null): [number, number] => {
    const m = c ? /^([A-Z]+)(\d+)$/.exec(c) : null;
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), col];
  };
  return [...findings].sort((a, b) => {
    const [ra, ca] = split(a.cell);
    const [rb, cb] = split(b.cell);
    return (a.sheet ?? '').localeCompare(b.sheet ?? '') || ra - rb || ca - cb || a.rule.localeCompare(b.rule);
  });
}

/** A random generator with a seed, so that a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('the order of a report', () => {
  test('the sheets of a workbook: as collated', () => {
    const names = ['Приложение 2', 'Паспорт', 'Приложение 1', 'Лист1', 'Прил 1', 'Таблица (2)', 'Таблица', null];
    const findings = names.flatMap((n) => [finding(n, 'B10'), finding(n, 'C2', 'F002'), finding(n, 'C2'), finding(n, 'C2', 'I010'), finding(n, 'C2', 'P1'), finding(n, 'C2', 'f001')]);
    expect(makeReport(findings).findings).toEqual(collated(findings));
  });

  test.each([
    ['Cyrillic', ' 0123456789абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'],
    ['Latin', ' 0123456789abcxyzABCXYZ'],
    ['mixed', ' 09абвийёЁAbZ.(-'],
  ])('random sheet names (%s): as collated', (_, alphabet) => {
    const next = random(alphabet.length);
    const letters = [...alphabet];
    const name = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const findings = Array.from({ length: 6 }, (_, i) => finding(name(), `A${i + 1}`));
      expect(makeReport(findings).findings).toEqual(collated(findings));
    }
  });
});
