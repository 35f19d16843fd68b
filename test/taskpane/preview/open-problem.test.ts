// «Открыть .xlsx» in the preview, a file it cannot open: the reason in the preview's language (the English
// preview showed the reader's Russian words, the Russian one a library's English message).
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { limitPassed } from '../../../src/sheets/xlsx/xlsx-limits';
import { emptyFileProblem, openProblem } from '../../../src/taskpane/preview/open-problem';

async function failureOf(bytes: Uint8Array): Promise<unknown> {
  try {
    await readXlsxGrids(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { styles: true });
  } catch (error) {
    return error;
  }
  throw new Error('the reader opened what is not a workbook');
}

describe('why a file was not opened', () => {
  it('a text file saved as .xlsx: the reader’s words, each language its own', async () => {
    const problem = openProblem('отчёт.xlsx', await failureOf(new TextEncoder().encode('Источник;2021\nБюджет;100\n')));
    expect(problem.file).toBe('отчёт.xlsx');
    expect(problem.detail.ru).toMatch(/^архив повреждён/);
    expect(problem.detail.en).toMatch(/^the archive is damaged/);
    expect(problem.refused).toBeNull();
  });

  it('a limit passed is a refusal, said instead of the advice to save the file again', () => {
    const problem = openProblem('большая.xlsx', limitPassed('в листе больше 1 048 576 строк', 'the sheet has more than 1,048,576 rows'));
    expect(problem.refused).toEqual({ ru: 'в листе больше 1 048 576 строк', en: 'the sheet has more than 1,048,576 rows' });
  });

  it('anything else adds nothing in Russian (no library English under the Russian advice)', () => {
    const problem = openProblem('x.xlsx', new RangeError('invalid distance too far back'));
    expect(problem.detail).toEqual({ ru: null, en: 'invalid distance too far back' });
  });
});

describe('an empty file', () => {
  it('is called empty, in both languages, not a damaged archive (as `sverka validate` calls it)', async () => {
    expect(openProblem('пустой.xlsx', await failureOf(new Uint8Array(0))).detail.ru).toMatch(/^архив повреждён/);
    const problem = emptyFileProblem('пустой.xlsx');
    expect(problem).toEqual({ file: 'пустой.xlsx', detail: { ru: 'файл пуст (0 байт)', en: 'the file is empty (0 bytes)' }, refused: null });
  });
});
