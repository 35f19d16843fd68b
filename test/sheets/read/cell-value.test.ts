// One cell read once: amounts, indicator values with bounds, year headers.
import { readAmount, readIndicatorValue } from '../../../src/sheets/read/cell-value';
import { parseFundingParagraph } from '../../../src/sheets/read/passport-funding-paragraph';
import { splitSubprograms } from '../../../src/sheets/read/passport-subprograms';
import { parseYearHeader } from '../../../src/sheets/read/year-header';
import type { GridCell } from '../../../src/sheets/grid';

const cell = (value: GridCell['value'], error = false): GridCell => (error ? { value, error } : { value });

describe('reading an amount cell', () => {
  it.each([
    ['a number', cell(345128), { kind: 'value', value: '345128' }],
    ['a number with more decimals than declared', cell(98100.94), { kind: 'value', value: '98100.94' }],
    ['a formula result with binary noise, as Excel shows it (15 digits)', cell(91316.00000000001), { kind: 'value', value: '91316' }],
    ['a sum of tenths with binary noise', cell(0.1 + 0.2), { kind: 'value', value: '0.3' }],
    ['Russian text with a space', cell('345 128,0'), { kind: 'value', value: '345128.0' }],
    ['Russian text with NBSP', cell('345\u00a0128,0'), { kind: 'value', value: '345128.0' }],
    ['Russian text with narrow NBSP', cell('1\u202f567,0'), { kind: 'value', value: '1567.0' }],
    ['zero as "0,0"', cell('0,0'), { kind: 'value', value: '0.0' }],
    ['a hyphen', cell('-'), { kind: 'empty' }],
    ['an en dash', cell('–'), { kind: 'empty' }],
    ['an empty string', cell(''), { kind: 'empty' }],
    ['no cell', null, { kind: 'empty' }],
    ['words', cell('нет данных'), { kind: 'invalid', text: 'нет данных' }],
    ['a flagged error', cell('#REF!', true), { kind: 'error', text: '#REF!' }],
    ['an error value as text', cell('#VALUE!'), { kind: 'error', text: '#VALUE!' }],
  ])('%s', (_name, input, expected) => {
    expect(readAmount(input)).toEqual(expected);
  });
});

describe('reading an indicator value', () => {
  it.each([
    ['не менее 85', { value: '85', bound: 'min' }],
    ['не более 5', { value: '5', bound: 'max' }],
    ['≥ 70', { value: '70', bound: 'min' }],
    ['≤ 5', { value: '5', bound: 'max' }],
    ['>= 99,5', { value: '99.5', bound: 'min' }],
    ['Не менее 1 200', { value: '1200', bound: 'min' }],
    ['96,68', { value: '96.68', bound: null }],
  ])('"%s"', (text, value) => {
    expect(readIndicatorValue(cell(text))).toEqual({ kind: 'value', value });
  });

  it('keeps "-" as no value and words as not a number', () => {
    expect(readIndicatorValue(cell('-'))).toEqual({ kind: 'empty' });
    expect(readIndicatorValue(cell('не менее половины'))).toEqual({ kind: 'invalid', text: 'не менее половины' });
  });
});

describe('reading a year header', () => {
  it.each([
    ['2021 год', { from: 2021, to: 2021 }],
    ['2021', { from: 2021, to: 2021 }],
    [2021, { from: 2021, to: 2021 }],
    ['2021 г.', { from: 2021, to: 2021 }],
    ['2026–2030 годы', { from: 2026, to: 2030 }],
    ['2026-2030 гг.', { from: 2026, to: 2030 }],
    ['2026 - 2030', { from: 2026, to: 2030 }],
    ['в том числе по годам', null],
    [7, null],
    ['2030–2026 годы', null],
  ])('%p', (value, expected) => {
    expect(parseYearHeader(cell(value))).toEqual(expected);
  });
});

describe('reading the passport funding paragraph', () => {
  it('reads the program total and years before the sources, and each source with its years', () => {
    const text =
      '<p>Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; 2021 год – 98 398,3 тыс. руб.</p> ' +
      '<p>Всего 423 767,8 тыс. руб. в т.ч. по источникам:</p> <p>Федеральный бюджет: всего 0.</p> ' +
      '<p>Внебюджетные источники: всего 954,7 тыс. руб., в т.ч. по годам реализации: 2020 год – 154,8 тыс. руб.; 2026–2030 годы – 800,0 тыс. руб.</p>';
    const parsed = parseFundingParagraph(text);
    expect(parsed.total?.value).toBe('423767.8');
    expect(parsed.years.map((y) => [y.year.from, y.value])).toEqual([
      [2020, '99822.7'],
      [2021, '98398.3'],
    ]);
    expect(parsed.sources.map((s) => [s.name, s.total?.value, s.years.map((y) => [y.year, y.value])])).toEqual([
      ['Федеральный бюджет', '0', []],
      [
        'Внебюджетные источники',
        '954.7',
        [
          [{ from: 2020, to: 2020 }, '154.8'],
          [{ from: 2026, to: 2030 }, '800.0'],
        ],
      ],
    ]);
    expect(text.slice(parsed.sources[1].at).startsWith('Внебюджетные')).toBe(true);
  });
});

describe('splitting the passport list of subprograms', () => {
  it.each([
    [
      'several in one cell with "(далее - …)"',
      'Подпрограмма I «Развитие «умного» города» (далее - Подпрограмма I). Подпрограмма II «Обеспечивающая подпрограмма» (далее - Подпрограмма II).',
      ['Подпрограмма I «Развитие «умного» города»', 'Подпрограмма II «Обеспечивающая подпрограмма»'],
    ],
    ['one without quotes', 'Обеспечивающая подпрограмма.', ['Обеспечивающая подпрограмма']],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSubprograms(text).map((m) => m.text)).toEqual(expected);
  });
});
