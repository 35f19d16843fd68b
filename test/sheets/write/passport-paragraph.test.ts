// passportFundingParagraph writes the passport's funding paragraph in the published wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PassportFunding } from '../../../src/domain/model/passport';
import { Program } from '../../../src/domain/model/program';
import { passportAmountText, passportFundingParagraph } from '../../../src/domain/passport-paragraph';

const ROOT = join(__dirname, '../../..');
/** The worked example's published text, kept in the repository (docs/reference). */
const REFERENCE = join(ROOT, 'docs/reference/stupino-digital-municipality-2020-2024.txt');

/** The published paragraphs (the worked example's passport, <p> by <p>), as printed. */
const PUBLISHED = [
  'Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; 2021 год – 98 398,3 тыс. руб.; 2022 год – 75 438,6 тыс. руб.; 2023 год – 74 811,1 тыс. руб.; 2024 год – 75 297,1 тыс. руб.',
  'Всего 423 767,8 тыс. руб. в т.ч. по источникам:',
  'Федеральный бюджет: всего 0.',
  'Бюджет Московской области: всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2020 год – 1 567,0 тыс. руб.; 2021 год – 0; 2022 год – 0; 2023 год – 0; 2024 год – 0.',
  'Бюджет городского округа Ступино Московской области: всего 421 246,4 тыс. руб., в т.ч. по годам реализации: 2020 год – 98 100,9 тыс. руб.; 2021 год – 98 215,6 тыс. руб.; 2022 год – 75 243,3 тыс. руб.; 2023 год – 74 602,7 тыс. руб.; 2024 год – 75 083,6 тыс. руб.',
  'Внебюджетные источники: всего 954,7 тыс. руб., в т.ч. по годам реализации: 2020 год – 154,8 тыс. руб.; 2021 год – 182,7 тыс. руб.; 2022 год – 195,3 тыс. руб.; 2023 год – 208,4 тыс. руб.; 2024 год – 213,5 тыс. руб.',
].join('\n');

/** The same cell read from the reference text. */
function referenceParagraph(): string {
  const text = readFileSync(REFERENCE, 'utf8');
  const start = text.indexOf('Источники финансирования муниципальной программы\t');
  const line = text.slice(start, text.indexOf('\n', start));
  return [...line.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]).join('\n');
}

function exampleFunding(): PassportFunding {
  const program = Program.parse(JSON.parse(readFileSync(join(ROOT, 'examples/stupino-2020-2024.program.json'), 'utf8')));
  if (!program.passport?.funding) throw new Error('the example has no passport funding');
  return program.passport.funding;
}

describe('passportFundingParagraph on the worked example', () => {
  it('gives the published text exactly (city budget total 421 246,4 as published)', () => {
    expect(PUBLISHED).toContain('всего 421 246,4 тыс. руб.');
    expect(passportFundingParagraph(exampleFunding(), 1)).toBe(PUBLISHED);
  });

  it('matches the reference document (docs/reference)', () => {
    expect(referenceParagraph()).toBe(PUBLISHED);
  });
});

describe('passportFundingParagraph', () => {
  const y = (from: number, to = from) => ({ from, to });

  it('writes a span of years as "2026–2030 годы" and a source without years as "всего X."', () => {
    const funding: PassportFunding = {
      form: 'paragraph',
      total: '1000.0',
      years: [{ year: y(2025), amount: '200.0' }, { year: y(2026, 2030), amount: '800.0' }],
      sources: [
        { name: 'Федеральный бюджет', total: '0.0', years: [] },
        { name: 'Внебюджетные источники', total: '1000.0', years: [] },
      ],
    };
    expect(passportFundingParagraph(funding, 1).split('\n')).toEqual([
      'Всего 1 000,0 тыс. руб., в т.ч. по годам реализации: 2025 год – 200,0 тыс. руб.; 2026–2030 годы – 800,0 тыс. руб.',
      'Всего 1 000,0 тыс. руб. в т.ч. по источникам:',
      'Федеральный бюджет: всего 0.',
      'Внебюджетные источники: всего 1 000,0 тыс. руб.',
    ]);
  });

  it('omits the sources line when there are no sources', () => {
    const funding: PassportFunding = { form: 'paragraph', total: '5.5', years: [], sources: [] };
    expect(passportFundingParagraph(funding, 1)).toBe('Всего 5,5 тыс. руб.');
  });

  it.each([
    ['98100.94', 1, '98 100,9 тыс. руб.'],
    ['0.04', 1, '0'],
    ['0', 1, '0'],
    [null, 1, '0'],
    ['1567', 1, '1 567,0 тыс. руб.'],
    ['1567.25', 2, '1 567,25 тыс. руб.'],
  ])('writes the amount %p at precision %p as %p', (amount, precision, text) => {
    expect(passportAmountText(amount, precision)).toBe(text);
  });
});
