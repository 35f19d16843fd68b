import JSZip from 'jszip';
import { annexDocx } from '../../src/cli/annex/annex-docx';
import { passportParagraphFromAnnex } from '../../src/domain/passport-funding-from-annex';
import { workedExampleProgram } from './worked-example';

const program = workedExampleProgram();

interface DocxCell {
  text: string;
  span: number;
  /** "restart" for the first cell of a vertical merge, "continue" for the cells it covers. */
  vMerge: 'restart' | 'continue' | null;
}

/** The document's tables as rows of cells, read from word/document.xml. */
async function docxTables(buffer: Buffer): Promise<{ tables: { header: number; rows: DocxCell[][] }[]; paragraphs: string[] }> {
  const xml = (await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string')) ?? '';
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const rows = [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1]);
    return {
      header: rows.filter((r) => r.includes('<w:tblHeader/>')).length,
      rows: rows.map((r) =>
        [...r.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c): DocxCell => {
          const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(c[1]);
          return { text: text(c[1]), span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1])?.[1] ?? 1), vMerge: vMerge ? (vMerge[1] === 'restart' ? 'restart' : 'continue') : null };
        }),
      ),
    };
  });
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => text(m[1] ?? m[2] ?? '')).filter((p) => p !== '');
  return { tables, paragraphs };
}

/** A row as a person reads it: the texts of the cells that are not covered by a merge from above, "|" between, spans marked. */
const readable = (row: DocxCell[]) =>
  row
    .filter((c) => c.vMerge !== 'continue')
    .map((c) => (c.span > 1 ? `${c.text}{${c.span}}` : c.text).replace(/\u00a0/g, ' '))
    .join(' | ');

describe('annexDocx on the worked example', () => {
  let doc: Awaited<ReturnType<typeof docxTables>>;
  beforeAll(async () => {
    doc = await docxTables(await annexDocx(program, { precision: 1, passportParagraph: passportParagraphFromAnnex(program, 1) }));
  });

  it('lays Приложение 1 out as the document: two header rows, subprogram blocks, ИТОГО and "в том числе"', () => {
    const [funding] = doc.tables;
    expect(funding.header).toBe(2);
    const rows = funding.rows.map(readable);
    expect(rows[0]).toBe('Наименование подпрограммы | Источник финансирования | Общий объем финансовых ресурсов, тыс. руб. | в том числе по годам реализации муниципальной программы, тыс. руб.:{5}');
    expect(rows[1]).toBe('2020 год | 2021 год | 2022 год | 2023 год | 2024 год');
    expect(rows.slice(2)).toEqual([
      `${program.funding?.subprograms[0].title} | Бюджет городского округа Ступино | 345 128,0 | 82 348,0 | 82 348,0 | 60 144,0 | 60 144,0 | 60 144,0`,
      'Бюджет Московской области | 0 | 0 | 0 | 0 | 0 | 0',
      'Внебюджетные источники | 0 | 0 | 0 | 0 | 0 | 0',
      'Всего по подпрограмме I{2} | 345 128,0 | 82 348,0 | 82 348,0 | 60 144,0 | 60 144,0 | 60 144,0',
      `${program.funding?.subprograms[1].title} | Бюджет городского округа Ступино | 76 118,1 | 15 752,9 | 15 867,6 | 15 099,3 | 14 458,7 | 14 939,6`,
      'Бюджет Московской области | 1 567,0 | 1 567,0 | 0 | 0 | 0 | 0',
      'Внебюджетные источники | 954,7 | 154,8 | 182,7 | 195,3 | 208,4 | 213,5',
      'Всего по подпрограмме II{2} | 78 639,8 | 17 474,7 | 16 050,3 | 15 294,6 | 14 667,1 | 15 153,1',
      'ИТОГО по муниципальной программе{2} | 423 767,8 | 99 822,7 | 98 398,3 | 75 438,6 | 74 811,1 | 75 297,1',
      'в том числе: | Бюджет городского округа Ступино | 421 246,1 | 98 100,9 | 98 215,6 | 75 243,3 | 74 602,7 | 75 083,6',
      'Бюджет Московской области | 1 567,0 | 1 567,0 | 0 | 0 | 0 | 0',
      'Внебюджетные источники | 954,7 | 154,8 | 182,7 | 195,3 | 208,4 | 213,5',
    ]);
  });

  it('lays Приложение 2 out as the document: three header rows with the column numbers, activities merged down their indicators', () => {
    const [, indicators] = doc.tables;
    expect(indicators.header).toBe(3);
    const rows = indicators.rows.map(readable);
    expect(rows[2]).toBe('1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11');
    expect(rows[3]).toBe(`1. | ${program.indicators?.subprograms[0].title}{10}`);
    expect(rows[4]).toMatch(/^1\.1\. \| Основное мероприятие 01\. .* \| Уровень удовлетворенности .* \| % \| Приоритетный целевой \| 96,68 \| 94,6 \| 94,8 \| 95 \| 95 \| 95$/);
    // 1.2. has three indicators: its number and title cells start a merge covering the next two rows.
    expect(indicators.rows[5].slice(0, 2).map((c) => c.vMerge)).toEqual(['restart', 'restart']);
    expect(indicators.rows[6].slice(0, 2).map((c) => c.vMerge)).toEqual(['continue', 'continue']);
    expect(rows[6]).toBe('Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут | % | муниципальной программы | - | 0 | 0 | 0 | 0 | 0');
    const indicatorCount = program.indicators?.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators)).length ?? 0;
    const subprogramCount = program.indicators?.subprograms.length ?? 0;
    expect(indicators.rows).toHaveLength(3 + subprogramCount + indicatorCount);
  });

  it('begins with the passport paragraph, then the title blocks of the annexes', () => {
    const expected = passportParagraphFromAnnex(program, 1)?.split('\n') ?? [];
    const texts = doc.paragraphs.map((p) => p.replace(/\u00a0/g, ' '));
    expect(texts.slice(1, 1 + expected.length)).toEqual(expected);
    expect(texts).toEqual(expect.arrayContaining(['Приложение №1', 'Приложение №2', 'к муниципальной программе', '«Цифровое муниципальное образование»']));
  });

  it('leaves the paragraph out when not given', async () => {
    const without = await docxTables(await annexDocx(program, { precision: 1, passportParagraph: null }));
    expect(without.paragraphs[0]).toBe('Приложение №1');
    expect(without.tables).toHaveLength(2);
  });
});
