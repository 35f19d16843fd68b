// A program model file (.json) that cannot be read says what is wrong in the user's words: a folder given as the
// model is a folder, not the system's «EISDIR: illegal operation on a directory» (as --rules and a workbook say it).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './captured-cli';

const dir = mkdtempSync(join(tmpdir(), 'sverka-program-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a folder named *.json given as the model: «это папка, а не файл», exit 2, no system message', async () => {
  const folder = join(dir, 'd.json');
  mkdirSync(folder);
  const r = await cli(['annex', folder, '--paragraph']);
  expect([r.code, r.stdout]).toEqual([2, '']);
  expect(r.stderr).toBe(`sverka annex: ${folder} — это папка, а не файл; укажите файл модели программы (.json)\n`);
  expect(r.stderr).not.toMatch(/EISDIR/);
});
