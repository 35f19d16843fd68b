// The passport as written: the title block, label | value rows in the published order, the funding
// paragraph in the published wording or a table of sources by year.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../../src/domain/model/program';
import { passportFundingParagraph } from '../../../src/domain/passport-paragraph';
import { rangeToA1 } from '../../../src/sheets/address';
import { cellText, type Grid } from '../../../src/sheets/grid';
import { PASSPORT_LABELS, writePassportSheet } from '../../../src/sheets/write/passport-sheet';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

/** The label | value rows from `from` on, a paragraph per row: a row without a label continues the field above. */
function table(grid: Grid, from: number): [string, string][] {
  const out: [string, string][] = [];
  for (const row of grid.rows.slice(from)) {
    const label = cellText(row?.[0]);
    if (label !== '' || out.length === 0) out.push([label, cellText(row?.[1])]);
    else out[out.length - 1][1] += `\n${cellText(row?.[1])}`;
  }
  return out;
}

describe('writePassportSheet on the worked example', () => {
  const grid = writePassportSheet(example);

  it('writes the title block', () => {
    expect(grid.rows.slice(0, 6).map((r) => cellText(r?.[0]))).toEqual([
      'МУНИЦИПАЛЬНАЯ ПРОГРАММА',
      'городского округа Ступино Московской области',
      '«Цифровое муниципальное образование»',
      '',
      '1. Паспорт Программы',
      '',
    ]);
    expect(grid.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['A1:B1', 'A5:B5']));
  });

  it('writes the rows in the published order, the funding section before "Планируемые результаты"', () => {
    expect(table(grid, 6).map(([label]) => label)).toEqual([
      PASSPORT_LABELS.name,
      PASSPORT_LABELS.grounds,
      PASSPORT_LABELS.goals,
      PASSPORT_LABELS.customer,
      PASSPORT_LABELS.coordinator,
      PASSPORT_LABELS.period,
      PASSPORT_LABELS.subprograms,
      PASSPORT_LABELS.funding,
      PASSPORT_LABELS.results,
      PASSPORT_LABELS.control,
    ]);
  });

  it('writes a value of several paragraphs one paragraph a row, the label merged down beside them', () => {
    const top = grid.rows.findIndex((r) => cellText(r?.[0]) === PASSPORT_LABELS.grounds);
    const paragraphs = example.passport?.fields[1].value.split('\n') ?? [];
    expect(paragraphs.length).toBe(15);
    expect(grid.merges.map(rangeToA1)).toContain(`A${top + 1}:A${top + 15}`);
    expect(grid.rows.slice(top, top + 15).map((r) => cellText(r?.[1]))).toEqual(paragraphs);
  });

  it('writes the period, the subprograms one per line and the funding paragraph as published', () => {
    const rows = new Map(table(grid, 6));
    expect(rows.get(PASSPORT_LABELS.period)).toBe('2020-2024 годы');
    expect(rows.get(PASSPORT_LABELS.subprograms)?.split('\n')).toEqual(example.passport?.subprograms);
    const funding = example.passport?.funding;
    if (!funding) throw new Error('no funding');
    // For printing, the amounts' digit groups are joined by no-break spaces.
    expect(rows.get(PASSPORT_LABELS.funding)).toBe(passportFundingParagraph(funding, 1).replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0'));
    expect(rows.get(PASSPORT_LABELS.funding)).toContain('Бюджет городского округа Ступино Московской области: всего 421\u00a0246,4 тыс. руб.');
  });
});

describe('writePassportSheet with the funding as a table', () => {
  it('writes "Источник финансирования | Всего | years" with the label merged down the table', () => {
    const program = structuredClone(example);
    if (!program.passport?.funding) throw new Error('no funding');
    program.passport.funding.form = 'table';
    const grid = writePassportSheet(program);
    const top = grid.rows.findIndex((r) => cellText(r?.[0]) === PASSPORT_LABELS.funding);
    const texts = grid.rows.slice(top, top + 6).map((r) => (r ?? []).map((c) => cellText(c)));
    expect(texts[0]).toEqual([PASSPORT_LABELS.funding, 'Источник финансирования', 'Всего, тыс. руб.', '2020 год', '2021 год', '2022 год', '2023 год', '2024 год']);
    expect(texts[1].slice(1, 4)).toEqual(['Всего', '423767.8', '99822.7']);
    expect(texts[2].slice(1, 4)).toEqual(['Федеральный бюджет', '0', '']);
    expect(texts[4].slice(1, 3)).toEqual(['Бюджет городского округа Ступино Московской области', '421246.4']);
    expect(grid.merges.map(rangeToA1)).toContain(`A${top + 1}:A${top + 6}`);
    // The other rows' values span the table's width.
    expect(grid.merges.map(rangeToA1)).toContain('B7:H7');
    expect(texts[0].length).toBe(8);
  });
});
