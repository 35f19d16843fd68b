// «Открыть .xlsx» in the preview, a file it cannot open: the reason in the preview's language (the English
// preview showed the reader's Russian words, the Russian one a library's English message).
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { limitPassed } from '../../../src/sheets/xlsx/xlsx-limits';
import { emptyFileProblem, openProblem } from '../../../src/taskpane/preview/open-problem';
import { PREVIEW_WORDS } from '../../../src/taskpane/preview/preview-words';

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
  it('is called empty in the message\'s own sentence, in both languages, with no advice that it is damaged', () => {
    const problem = emptyFileProblem('пустой.xlsx');
    expect(problem.refused).toEqual({ ru: 'файл пуст (0 байт) — выберите книгу, сохранённую в Excel', en: 'the file is empty (0 bytes) — choose a workbook saved in Excel' });
    // Shown instead of «не читается как книга Excel: файл повреждён…» (OpenWorkbookButton shows `refused` in its place).
    expect(PREVIEW_WORDS.ru.refused(problem.file, problem.refused!)).toBe('«пустой.xlsx»: файл пуст (0 байт) — выберите книгу, сохранённую в Excel.');
    expect(PREVIEW_WORDS.en.refused(problem.file, problem.refused!)).toBe('“пустой.xlsx”: the file is empty (0 bytes) — choose a workbook saved in Excel.');
  });
});
