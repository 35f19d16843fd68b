// What the commands that write a file never write over: the report template not over its program workbook
// nor over an existing (perhaps filled-in) report without --force; the evaluation not over the report, the
// program or the method it is made from. A file that cannot be written is said in Russian (the system's
// English words — "ENOENT: no such file or directory, open …" — are not shown).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../server/cli-store-fixture';

const EXAMPLES = join(__dirname, '../../examples');
const tmp = mkdtempSync(join(tmpdir(), 'sverka-output-safety-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sverka = (...argv: string[]) => cli(argv);

describe('sverka report template', () => {
  it('refuses to write the report over the program workbook it is laid out from, which stays as it was', async () => {
    const program = join(tmp, 'программа.xlsx');
    copyFileSync(join(EXAMPLES, 'stupino-2020-2024.xlsx'), program);
    const before = readFileSync(program);
    const r = await sverka('report', 'template', '--program', program, '--period', '2021-Q1', '--out', program);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
    expect(r.stderr).toContain('это исходный файл');
    expect(readFileSync(program).equals(before)).toBe(true);
  });

  it('does not overwrite an existing report without --force; with --force it does', async () => {
    const program = join(EXAMPLES, 'stupino-2020-2024.program.json');
    const out = join(tmp, 'R.xlsx');
    writeFileSync(out, 'уже заполненный отчёт');
    const refused = await sverka('report', 'template', '--program', program, '--period', '2021-Q1', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('уже есть — не перезаписан');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('уже заполненный отчёт');
    const forced = await sverka('report', 'template', '--program', program, '--period', '2021-Q1', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out).readUInt32BE(0)).toBe(0x504b0304);
  });

  it('names --force in its help', async () => {
    const r = await sverka('report', 'template', '--help');
    expect(r.stderr).toContain('[--force]');
  });
});

describe('sverka evaluate', () => {
  it('refuses to write the evaluation over the annual report it is made from', async () => {
    const report = join(tmp, 'отчёт-2021.xlsx');
    copyFileSync(join(EXAMPLES, 'stupino-2021.report.xlsx'), report);
    const before = readFileSync(report);
    const r = await sverka('evaluate', '--report', report, '--out', report);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('это исходный файл');
    expect(readFileSync(report).equals(before)).toBe(true);
  });

  it('refuses the program workbook as --out too', async () => {
    const program = join(tmp, 'п.xlsx');
    copyFileSync(join(EXAMPLES, 'stupino-2020-2024.xlsx'), program);
    const before = readFileSync(program);
    const r = await sverka('evaluate', '--report', join(EXAMPLES, 'stupino-2021.report.xlsx'), '--program', program, '--out', program);
    expect(r.code).toBe(2);
    expect(readFileSync(program).equals(before)).toBe(true);
  });
});

describe('a file that cannot be written', () => {
  it.each([
    ['template', (out: string) => ['template', '--out', out]],
    ['report template', (out: string) => ['report', 'template', '--program', join(EXAMPLES, 'stupino-2020-2024.program.json'), '--period', '2021', '--out', out]],
    ['evaluate', (out: string) => ['evaluate', '--report', join(EXAMPLES, 'stupino-2021.report.xlsx'), '--out', out]],
  ])('%s: a folder that does not exist is named in Russian, without the system’s English', async (_name, argv) => {
    const out = join(tmp, 'нет-такой-папки', 'файл.xlsx');
    const r = await sverka(...argv(out));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`не удалось записать ${out}: такой папки нет`);
    expect(r.stderr).not.toMatch(/no such file|open '/);
  });

  it('a folder given as the file is named as a folder', async () => {
    const r = await sverka('template', '--out', tmp, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('это папка, а не файл');
    expect(r.stderr).not.toMatch(/illegal operation|EISDIR:/);
  });

  it('a folder given as the file without --force is named as a folder too (--force would not help)', async () => {
    const r = await sverka('template', '--out', tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`не удалось записать ${tmp}: это папка, а не файл`);
    expect(r.stderr).not.toContain('--force');
  });
});

describe('what was written is said the same way by every command that writes', () => {
  it('«Записано: FILE …», capitalised, as template, report template and evaluate say it', async () => {
    const program = join(tmp, 'исправленная.json');
    const exported = await sverka('export', join(EXAMPLES, 'stupino-2020-2024.xlsx'));
    writeFileSync(program, exported.stdout.replace('"total": "421246.4"', '"total": "421246.1"'));
    const runs = [
      await sverka('template', '--out', join(tmp, 'w1.xlsx')),
      await sverka('report', 'template', '--program', program, '--period', '2021', '--out', join(tmp, 'w2.xlsx')),
      await sverka('evaluate', '--report', join(EXAMPLES, 'stupino-2021.report.xlsx'), '--out', join(tmp, 'w3.docx')),
      await sverka('annex', join(EXAMPLES, 'stupino-2020-2024.xlsx'), '--out', join(tmp, 'w4.docx')),
      await sverka('annex', '--changes', join(EXAMPLES, 'stupino-2020-2024.xlsx'), program, '--out', join(tmp, 'w5.docx'), '--xlsx', join(tmp, 'w5.xlsx')),
    ];
    const said = runs.flatMap((r) => `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /^записано:/i.test(l)));
    // The example has errors: annex refuses it and writes nothing — four commands wrote, the changes two files.
    expect(said).toHaveLength(5);
    for (const line of said) expect(line).toMatch(/^Записано: /);
  });
});
