// The report's order (sheet, row, column, severity, rule) is the order `localeCompare` gives the sheet names,
// also where the names are ranked without collating them (report.ts, plainlyOrdered).
import fc from 'fast-check';
import type { Finding } from '../../src/domain/finding';
import { collatesAsCodeUnits, makeReport, splitCell } from '../../src/domain/report';

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

/** Languages with a collation of their own in ICU (and a few tailorings), to find every one listed as plain. */
const LANGUAGES = ('af am ar as az be bg bn bs ca cs cy da de el en eo es et eu fa fi fil fo fr ga gl gu ha he hi hr hu hy ' +
  'id ig is it ja ka kk kl km kn ko kok ky lb lkt ln lo lt lv mk ml mn mr ms mt my nb ne nl nn om or pa pl ps pt ro ru ' +
  'se si sk sl smn sq sr sr-Latn sv sw ta te th tk to tr ug uk ur uz vi wae wo xh yi yo zh zu und').split(' ');

/** Random names that plainlyOrdered admits: one alphabet (no ё, й), digits, spaces, none alike but for case. */
function plainNames(next: () => number, alphabet: string): string[] {
  const names = new Set<string>();
  const count = 2 + Math.floor(next() * 4);
  while (names.size < count) {
    let name = '';
    for (let j = 1 + Math.floor(next() * 4); j > 0; j--) name += alphabet[Math.floor(next() * alphabet.length)];
    if (![...names].some((n) => n.toLowerCase() === name.toLowerCase())) names.add(name);
  }
  return [...names];
}
const PLAIN_LATIN = '0123456789 abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PLAIN_CYRILLIC = '0123456789 абвгдежзиклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const RULE_IDS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('where sheet names are ranked by their code units', () => {
  test('in every language said to collate plain names as code units, they do (random names of both alphabets, rule ids)', () => {
    const plain = LANGUAGES.filter(collatesAsCodeUnits);
    expect(plain).toEqual(expect.arrayContaining(['ru', 'en', 'und']));
    for (const language of plain) {
      const collator = new Intl.Collator(language);
      const next = random(language.length * 7919);
      for (const alphabet of [PLAIN_LATIN, PLAIN_CYRILLIC, RULE_IDS]) {
        for (let round = 0; round < 300; round++) {
          const names = plainNames(next, alphabet);
          const byCode = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
          expect([language, ...[...names].sort(collator.compare)]).toEqual([language, ...byCode]);
        }
      }
    }
  });

  // Names in the order of their code units, which these languages' collations do not keep.
  test.each([
    ['lt', ['J', 'Y']], // «y» between «i» and «j»
    ['et', ['W', 'Z']], // «z» after «s»
    ['cs', ['CH', 'D']], // «ch» after «h»
    ['da', ['AA', 'B']], // «aa» after «z»
    ['tr', ['ia', 'Ib']], // «I» is the capital of «ı», before «i»
    ['th', ['a c', 'ab']], // spaces ignored
  ])('%s: a default locale that collates otherwise gets the collated order', (language, names) => {
    expect(collatesAsCodeUnits(language)).toBe(false);
    expect([...names].sort(new Intl.Collator(language).compare)).not.toEqual(names);
    // The process's default locale stood in for: PluralRules and localeCompare both answer for `language`.
    const { PluralRules } = Intl;
    const localeCompare = String.prototype.localeCompare;
    const collator = new Intl.Collator(language);
    try {
      (Intl as { PluralRules: typeof PluralRules }).PluralRules = class extends PluralRules {
        constructor(locales?: string | string[], options?: Intl.PluralRulesOptions) {
          super(locales ?? language, options);
        }
      } as typeof Intl.PluralRules;
      String.prototype.localeCompare = function (this: string, that: string) {
        return collator.compare(this, that);
      };
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../../src/domain/report') as typeof import('../../src/domain/report');
        const findings = names.flatMap((n, i) => [finding(n, `A${i + 1}`), finding(n, 'B2', 'S009'), finding(n, 'B2', 'F002')]);
        expect(fresh.makeReport(findings).findings).toEqual(collated(findings));
      });
    } finally {
      (Intl as { PluralRules: typeof PluralRules }).PluralRules = PluralRules;
      String.prototype.localeCompare = localeCompare;
    }
  });
});

describe('a finding’s cell split into row and column', () => {
  it('is what the regex of capitals then digits gave', () => {
    const old = (cell: string | null): [number, number] => {
      const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
      if (!m) return [0, 0];
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return [Number(m[2]), col];
    };
    const piece = fc.constantFrom('A', 'Z', 'AB', 'XFD', 'a', '1', '0', '12', '007', '$', ' ', 'Я', '١', '');
    const cell = fc.oneof(fc.constant(null), fc.array(piece, { maxLength: 5 }).map((p) => p.join('')), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(cell, (c) => expect(splitCell(c)).toEqual(old(c))), { numRuns: 5000 });
  });
});
