// sverka evaluate: the annual evaluation printed with its inputs, written as .xlsx and .docx; the method
// file checked by zod with Russian messages; a quarterly report refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../server/cli-store-fixture';
import JSZip from 'jszip';
import { readXlsxFile } from '../../src/cli/xlsx/read-xlsx';

const EXAMPLES = join(__dirname, '../../examples');
const YEAR = join(EXAMPLES, 'stupino-2021.report.xlsx');
const PROGRAM = join(EXAMPLES, 'stupino-2020-2024.program.json');
const tmp = mkdtempSync(join(tmpdir(), 'sverka-evaluate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sverka = (...argv: string[]) => cli(argv);

describe('sverka evaluate', () => {
  it('prints every figure with its inputs and writes .xlsx and .docx', async () => {
    const xlsx = join(tmp, 'E.xlsx');
    const { code, stdout, stderr } = await sverka('evaluate', '--report', YEAR, '--program', PROGRAM, '--out', xlsx);
    expect(code).toBe(0);
    expect(stderr).toContain('Проверка отчёта против программы: 0 ошибок');
    expect(stdout).toContain('Муниципальная программа — УФ: 0,9782   УФ = Освоено / План = 96 252,9 / 98 398,3 = 0,9782');
    expect(stdout).toContain('Муниципальная программа — Э: 1,0172   Э = СДЦ / УФ = 0,995062 / 0,978197 = 1,0172');
    expect(stdout).toContain('Муниципальная программа — оценка: высокая');
    const [sheet] = await readXlsxFile(xlsx);
    expect(sheet.rows.flat().some((c) => c?.value === '396545149/389824245')).toBe(true);
    const docx = join(tmp, 'E.docx');
    expect((await sverka('evaluate', '--report', YEAR, '--out', docx, '--lang', 'en')).code).toBe(0);
    expect(readFileSync(docx).readUInt32BE(0)).toBe(0x504b0304);
  });

  it('another method from a JSON file; a wrong one named in Russian with its place', async () => {
    const product = join(tmp, 'product.json');
    writeFileSync(product, JSON.stringify({ preset: 'product' }));
    expect((await sverka('evaluate', '--report', YEAR, '--method', product)).stdout).toContain('Э = СДЦ × УФ');
    const wrong = join(tmp, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ preset: 'default', decimals: 'четыре' }));
    const refused = await sverka('evaluate', '--report', YEAR, '--method', wrong);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--method: .*wrong\.json: decimals: [А-Яа-я]/);
  });

  it('the document and the sheet name the program, whose it is and the year in their title', async () => {
    const docx = join(tmp, 'title.docx');
    expect((await sverka('evaluate', '--report', YEAR, '--out', docx)).code).toBe(0);
    const xml = (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    const first = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)][0][1];
    const title = 'Оценка эффективности реализации муниципальной программы «Цифровое муниципальное образование» городского округа Ступино Московской области за 2021 год';
    expect(first).toBe(title);
    const xlsx = join(tmp, 'title.xlsx');
    expect((await sverka('evaluate', '--report', YEAR, '--out', xlsx, '--lang', 'en')).code).toBe(0);
    const [sheet] = await readXlsxFile(xlsx);
    expect(sheet.rows[0][0]?.value).toBe('Effectiveness of the municipal program “Цифровое муниципальное образование” (городского округа Ступино Московской области), 2021');
  });

  it('a quarterly report is not evaluated', async () => {
    const r = await sverka('evaluate', '--report', join(EXAMPLES, 'stupino-2021-Q1.report.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('по годовому отчёту');
  });
});

describe('sverka evaluate --lang en', () => {
  it('says its status lines in English: the check of the report and the file written', async () => {
    const docx = join(tmp, 'en.docx');
    const r = await sverka('evaluate', '--report', YEAR, '--program', PROGRAM, '--out', docx, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Report checked against the program: 0 error(s), 0 warning(s), 0 info\nWritten: ${docx}\n`);
    const ru = await sverka('evaluate', '--report', YEAR, '--out', join(tmp, 'ru.docx'));
    expect(ru.stderr).toMatch(/^Проверка отчёта: \d+ ошиб\S+, .*\nЗаписано: .*ru\.docx\n$/);
  });
});
