import { displayText, formatDecimals } from '../../../src/taskpane/preview/cell-display';

describe('cells as the preview shows them', () => {
  test.each<[string | null, number, number | null]>([
    ['#,##0.0;-#,##0.0;0', 423767.8, 1],
    ['#,##0.0;-#,##0.0;0', 0, 0],
    ['#,##0.0;-#,##0.0;0', -5, 1],
    ['# ##0.0', 1567, 1],
    ['0.00%', 0.5, 2],
    ['0', 12, 0],
    ['"тыс. руб." 0.000', 1, 3],
    ['General', 1, null],
    ['@', 1, null],
    [null, 1, null],
  ])('format %s for %d has %s decimals', (format, value, decimals) => {
    expect(formatDecimals(format, value)).toBe(decimals);
  });

  test.each<[string, Parameters<typeof displayText>[0], string]>([
    ['an amount in thousands', { value: 423767.8, numberFormat: '#,##0.0;-#,##0.0;0' }, '423\u00a0767,8'],
    ['a zero amount', { value: 0, numberFormat: '#,##0.0;-#,##0.0;0' }, '0'],
    ['a percentage', { value: 0.966, numberFormat: '0.0%' }, '96,6\u00a0%'],
    ['a plain number', { value: 96.68 }, '96,68'],
    ['text', { value: 'Бюджет городского округа Ступино' }, 'Бюджет городского округа Ступино'],
    ['an error value', { value: '#REF!', error: true }, '#REF!'],
    ['an empty cell', null, ''],
  ])('%s', (_name, cell, shown) => {
    expect(displayText(cell).replace(/\u202f/g, '\u00a0')).toBe(shown);
  });
});
