import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { formatScaledRu, toScaled } from '../../src/domain/amount';
import type { FundingTable } from '../../src/domain/model/funding';
import type { Program } from '../../src/domain/model/program';
import { passportFundingFromAnnex, passportParagraphFromAnnex } from '../../src/domain/passport-funding-from-annex';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/main';
import { readXlsxFile } from '../../src/cli/xlsx/read-xlsx';
import { writeXlsxFile } from '../../src/cli/xlsx/write-xlsx';
import { readWorkbook } from '../../src/sheets/read/read-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { convertToPdf, ensureLibreOffice, pdfPages, pdfText, renderPage } from './libreoffice';
import { fundingValues, indicatorValues } from './table-values';
import { workedExampleProgram } from './worked-example';

const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'annex');

/** The worked example with the passport's error corrected: its funding section is what Приложение 1 gives. */
function correctedProgram(): Program {
  const program = workedExampleProgram();
  if (!program.funding || !program.passport) throw new Error('the worked example has a passport and Приложение 1');
  return { ...program, passport: { ...program.passport, funding: passportFundingFromAnnex(program.funding, { precision: 1, municipality: program.municipality }) } };
}

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env: {},
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

/** Every non-zero amount of Приложение 1 in Russian form ("345 128,0"), each once. */
function nonZeroAmounts(table: FundingTable): string[] {
  const rows = [...table.subprograms.flatMap((s) => [...s.sources, ...(s.total ? [s.total] : [])]), ...(table.total ? [table.total] : []), ...table.totalBySource];
  const scaled = rows.flatMap((r) => [r.total, ...r.years]).map((d) => toScaled(d ?? '0', 1));
  return [...new Set(scaled.filter((s) => s !== 0n).map((s) => formatScaledRu(s, 1)))];
}

const program = correctedProgram();
const dir = mkdtempSync(join(tmpdir(), 'sverka-annex-'));
const input = join(dir, 'stupino.xlsx');
const docx = join(dir, 'stupino-annexes.docx');
const xlsx = join(dir, 'stupino-annexes-print.xlsx');
let run: { code: number; out: string; err: string };

beforeAll(async () => {
  await writeXlsxFile(writeProgramWorkbook(program), input);
  const io = capture();
  const code = await runCli(['annex', input, '--out', docx, '--xlsx', xlsx], io);
  run = { code, out: io.out, err: io.err };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sverka annex on the worked example with the passport corrected', () => {
  it('exits 0, writes both files, and prints the passport paragraph on stdout', () => {
    expect(run.err).not.toMatch(/ошибк/);
    expect(run.code).toBe(0);
    expect(existsSync(docx) && existsSync(xlsx)).toBe(true);
    expect(run.out).toBe(`${passportParagraphFromAnnex(program, 1)}\n`);
  });

  it('writes an .xlsx whose annexes read back as the program', async () => {
    const reading = readWorkbook(await readXlsxFile(xlsx));
    expect(fundingValues(reading.program.funding)).toEqual(fundingValues(program.funding));
    expect(indicatorValues(reading.program.indicators)).toEqual(indicatorValues(program.indicators));
  });

  it('writes a .docx in A4 landscape, Times New Roman, with repeated header rows and merged cells', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(styles).toContain('w:ascii="Times New Roman"');
    // Two header rows in Приложение 1, three (with the column numbers) in Приложение 2.
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(5);
    expect(document).toMatch(/<w:gridSpan w:val="5"\/>/); // "в том числе по годам…" over the five years
    expect(document).toMatch(/<w:vMerge w:val="restart"\/>/); // a subprogram's name down its sources
    expect(document).toContain('Приложение №1');
    expect(document).toContain('Приложение №2');
  });

  it.each([
    { case: 'the worked example as published (city budget 421 246,4 in the passport)', rules: ['P003', 'P006'], spoil: (_p: Program) => undefined },
    {
      case: 'a negative amount in Приложение 1',
      rules: ['F005'],
      spoil: (p: Program) => {
        const sub = p.funding?.subprograms[1];
        if (sub) sub.sources[2].years[0] = '-154.8';
      },
    },
  ])('refuses $case: exit 1, the errors $rules on stderr in Russian, nothing written', async ({ rules, spoil }) => {
    const broken = workedExampleProgram();
    spoil(broken);
    const brokenInput = join(dir, `broken-${rules.join('-')}.xlsx`);
    const out = join(dir, `broken-${rules.join('-')}.docx`);
    await writeXlsxFile(writeProgramWorkbook(broken), brokenInput);
    const io = capture();
    expect(await runCli(['annex', brokenInput, '--out', out], io)).toBe(1);
    expect(io.err).toMatch(/есть ошибки \(\d+\) — приложения не сформированы/);
    for (const rule of rules) expect(io.err).toContain(rule);
    expect(io.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    { args: ['annex'], message: /укажите один файл \.xlsx/ },
    { args: ['annex', 'x.xlsx'], message: /укажите --out/ },
    { args: ['annex', 'x.xlsx', '--out', 'x.pdf'], message: /ожидается файл \.docx/ },
    { args: ['annex', join(tmpdir(), 'нет-такого.xlsx'), '--paragraph'], message: /файл не найден/ },
  ])('says what is wrong with $args, exit 2', async ({ args, message }) => {
    const io = capture();
    expect(await runCli(args, io)).toBe(2);
    expect(io.err).toMatch(message);
  });

  it('with --paragraph alone prints the paragraph and writes nothing', async () => {
    const io = capture();
    const before = readdirSync(dir).sort();
    expect(await runCli(['annex', input, '--paragraph'], io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(io.out.split('\n')[0]).toBe('Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; 2021 год – 98 398,3 тыс. руб.; 2022 год – 75 438,6 тыс. руб.; 2023 год – 74 811,1 тыс. руб.; 2024 год – 75 297,1 тыс. руб.');
  });
});

// LibreOffice is required: when it cannot be had, these tests fail (beforeAll throws), never pass unchecked.
describe('the generated .docx and .xlsx open in LibreOffice', () => {
  let pdfs: { docx: string; xlsx: string };

  beforeAll(async () => {
    const unavailable = await ensureLibreOffice();
    if (unavailable !== null) throw new Error(`LibreOffice is required for the annex tests and is unavailable: ${unavailable}`);
    const [fromDocx, fromXlsx] = await convertToPdf([docx, xlsx], dir);
    pdfs = { docx: fromDocx, xlsx: fromXlsx };
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 20 * 60 * 1000);

  const amounts = nonZeroAmounts(program.funding as FundingTable);

  it('holds every amount of Приложение 1 in Russian form, in the .docx and in the .xlsx', async () => {
    expect(amounts).toContain('423 767,8');
    for (const pdf of [pdfs.docx, pdfs.xlsx]) {
      const text = await pdfText(pdf);
      expect(amounts.filter((a) => !text.includes(a))).toEqual([]);
      expect(text).toContain('Приложение №1');
      expect(text).toMatch(/Приложение №\s?2/);
    }
  });

  it('lays the pages out A4 landscape, and keeps a rendered page of each as an artifact', async () => {
    for (const [name, pdf, page] of [['docx-prilozhenie-1', pdfs.docx, 2], ['xlsx-prilozhenie-2', pdfs.xlsx, 2]] as const) {
      const info = await pdfPages(pdf);
      expect(info.pages).toBeGreaterThanOrEqual(3);
      expect(Math.round(info.width)).toBe(842);
      expect(Math.round(info.height)).toBe(595);
      const png = await renderPage(pdf, page, join(ARTIFACTS, name));
      expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});
