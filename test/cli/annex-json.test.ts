// `sverka annex` takes a program model (.json, as `sverka export` prints it) as `push` and `diff` do: checked the
// same way (the errors refuse it, exit 1), and the same annexes and paragraph as from the workbook it came from.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './captured-cli';
import { correctedExample } from '../server/store-fixture';
import { writeXlsxFile } from '../../src/cli/xlsx/write-xlsx';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';

const dir = mkdtempSync(join(tmpdir(), 'sverka-annex-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a corrected model: the paragraph as from its workbook, and the .docx written; exit 0', async () => {
  const json = join(dir, 'program.json');
  writeFileSync(json, JSON.stringify(correctedExample()));
  const xlsx = join(dir, 'program.xlsx');
  await writeXlsxFile(writeProgramWorkbook(correctedExample()), xlsx);
  const fromJson = await cli(['annex', json, '--paragraph']);
  expect([fromJson.code, fromJson.stderr]).toEqual([0, '']);
  expect(fromJson.stdout).toBe((await cli(['annex', xlsx, '--paragraph'])).stdout);
  expect(fromJson.stdout).toContain('Всего 423 767,8 тыс. руб.');
  const docx = join(dir, 'annexes.docx');
  const written = await cli(['annex', json, '--out', docx]);
  expect(written.code).toBe(0);
  expect(readFileSync(docx).readUInt32BE(0)).toBe(0x504b0304);
});

test('the published model (P003, P006): refused for its errors, exit 1, as its workbook is', async () => {
  const published = join(__dirname, '../../examples/stupino-2020-2024.program.json');
  const r = await cli(['annex', published, '--paragraph']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^sverka annex: в программе .*stupino-2020-2024\.program\.json есть ошибки \(2\)/);
  expect(r.stderr).not.toMatch(/не книга Excel/);
  // `sverka validate` refuses a .json, so it is not offered; the errors are all listed, headed for a model.
  expect(r.stderr).not.toMatch(/sverka validate/);
  expect(r.stderr).toContain('Исправьте их в модели и повторите; все ошибки — ниже.\nМодель программы:\n');
  expect(r.stderr).not.toMatch(/^Книга:/m);
  expect(r.stderr.match(/ошибка\s+P00\d/g)).toEqual([expect.stringContaining('P003'), expect.stringContaining('P006')]);
});
