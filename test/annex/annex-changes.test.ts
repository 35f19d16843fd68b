// sverka annex --changes FROM TO: the «было / стало» table of an amending resolution, in .docx and .xlsx,
// for two versions of the worked example that differ in one amount: one row for the changed amount and,
// under it, the eleven totals it moves. And no output file is ever the input, by any path or link.
import { linkSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { sverka as run } from '../cli/captured-cli';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import { cellText } from '../../src/sheets/grid';
import { Program } from '../../src/domain/model/program';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { readXlsxGrids } from '../../src/sheets/xlsx/xlsx-grids';
import example from '../../examples/stupino-2020-2024.program.json';
import { addToAmount } from '../server/amend';

const dir = mkdtempSync(join(tmpdir(), 'sverka-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let before: string;
let after: string;
beforeAll(async () => {
  const a = Program.parse(structuredClone(example));
  a.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!.total = '421246.1';
  const b = addToAmount(a, 1, /городского округа/, 2021, '12.5');
  before = join(dir, 'было.xlsx');
  after = join(dir, 'стало.xlsx');
  writeFileSync(before, await writeXlsxBuffer(writeProgramWorkbook(a)));
  writeFileSync(after, await writeXlsxBuffer(writeProgramWorkbook(b)));
});

const nbsp = (t: string) => t.replace(/\u00a0/g, ' ');

describe('sverka annex --changes', () => {
  test('the «было / стало» table in .xlsx and .docx: the changed amount, then the totals it moves', async () => {
    const docx = join(dir, 'изменения.docx');
    const xlsx = join(dir, 'изменения.xlsx');
    const r = await run('annex', '--changes', before, after, '--out', docx, '--xlsx', xlsx, '--basis', 'постановление от 12.03.2021 № 715-п');
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toContain('изменений 1, итогов, которые они сдвигают, 11');

    const [grid] = readXlsxGrids(readFileSync(xlsx));
    expect(grid.name).toBe('Было – стало');
    const rows = grid.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : '')));
    expect(rows[0][0]).toMatch(/^Изменения, вносимые в муниципальную программу «Цифровое муниципальное образование/);
    expect(rows[1][0]).toBe('Основание: постановление от 12.03.2021 № 715-п');
    expect(rows[2]).toEqual(['№ п/п', 'Что изменяется', 'Было', 'Стало']);
    expect(rows[3]).toEqual(['1', expect.stringMatching(/^Приложение 1, подпрограмма «.+», источник «Бюджет городского округа Ступино», 2021 год$/), '15 867,6 тыс. руб.', '15 880,1 тыс. руб.']);
    expect(rows.slice(4).map((r) => r[0])).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11']);
    expect(rows).toContainEqual(['1.4', 'итог: Приложение 1, ИТОГО по программе, всего', '423 767,8 тыс. руб.', '423 780,3 тыс. руб.']);
    expect(rows).toContainEqual(['1.8', 'итог: Паспорт, объём финансирования, всего', '423 767,8 тыс. руб.', '423 780,3 тыс. руб.']);

    const xml = nbsp(await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string'));
    const words = xml.replace(/<[^>]+>/g, '|').split('|').filter((t) => t !== '');
    for (const text of ['Основание: постановление от 12.03.2021 № 715-п', '№ п/п', 'Что изменяется', 'Было', 'Стало', '15 867,6 тыс. руб.', '15 880,1 тыс. руб.', 'итог: Приложение 1, ИТОГО по программе, всего', '423 780,3 тыс. руб.', '1.11']) {
      expect(words).toContain(text);
    }
    expect(xml).toContain('<w:tblHeader/>');
  });

  test('the same program twice: nothing to write, exit 1; a new version with errors: refused, exit 1', async () => {
    const out = join(dir, 'ничего.docx');
    const same = await run('annex', '--changes', before, before, '--out', out);
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(/одна и та же программа.+ничего не записано/);
    expect(() => statSync(out)).toThrow();
    const broken = Program.parse(structuredClone(example));
    broken.funding!.subprograms[0].sources[0].total = '1.0';
    const brokenFile = join(dir, 'ошибка.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    const refused = await run('annex', '--changes', before, brokenFile, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/в новой редакции .+ есть ошибки/);
    // A model: no pointer to `sverka validate` (it reads workbooks only); its errors listed under «Модель программы:».
    expect(refused.stderr).not.toMatch(/sverka validate/);
    expect(refused.stderr).toMatch(/все ошибки — ниже\.\nМодель программы:\n/);
  });

  test('an output that is an input — by path, by a symbolic link, by a hard link — is refused before anything is read or written', async () => {
    const sizeBefore = statSync(before).size;
    const symlink = join(dir, 'ссылка.xlsx');
    const hardlink = join(dir, 'жёсткая.xlsx');
    const docxLink = join(dir, 'ссылка.docx');
    symlinkSync(before, symlink);
    linkSync(before, hardlink);
    symlinkSync(after, docxLink);
    for (const args of [
      ['--changes', before, after, '--xlsx', before],
      ['--changes', before, after, '--xlsx', symlink],
      ['--changes', before, after, '--xlsx', hardlink],
      ['--changes', before, after, '--out', docxLink],
      [after, '--xlsx', join(dir, '.', 'стало.xlsx')],
      [before, '--xlsx', hardlink],
      [after, '--out', docxLink],
    ]) {
      const r = await run('annex', ...args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(/^sverka annex: --(xlsx|out): «.+» — это исходный файл .+; укажите другой файл\n$/);
    }
    expect(statSync(before).size).toBe(sizeBefore);
    expect(readXlsxGrids(readFileSync(after)).map((g) => g.name)).toContain('Приложение 1');
  });
});

describe('sverka template --out', () => {
  test('an existing file is not overwritten without --force', async () => {
    const out = join(dir, 'шаблон.xlsx');
    writeFileSync(out, 'моё');
    const r = await run('template', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sverka template: ${out} уже есть — не перезаписан; укажите другой файл или добавьте --force\n`);
    expect(readFileSync(out, 'utf8')).toBe('моё');
    expect((await run('template', '--out', out, '--force')).code).toBe(0);
    expect(readXlsxGrids(readFileSync(out)).map((g) => g.name)).toEqual(['Паспорт', 'Приложение 1', 'Приложение 2']);
  });
});
