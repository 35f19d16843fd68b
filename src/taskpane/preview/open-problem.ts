// Why «Открыть .xlsx» did not open a file, in both languages: the reader's own words for a damaged archive or a
// limit passed (XlsxReadError carries Russian and English), nothing more in Russian for anything else (the
// advice above the detail says what to do; a library's English message is not shown in the Russian preview).
import type { Localized } from '../../domain/finding';
import { XlsxReadError } from '../../sheets/xlsx/xlsx-limits';

export interface OpenProblem {
  file: string;
  /** What went wrong, under the advice; null in a language there is nothing to add in. */
  detail: { ru: string | null; en: string | null };
  /** A limit passed: said instead of the advice (the file is not damaged, it is too big). */
  refused: Localized | null;
}

/**
 * An empty file (0 bytes: a download that did not finish, a file made by «Создать → Лист Excel» and never saved)
 * is named as such, as `sverka validate` names it, in the message's own sentence (a refusal), not under the advice
 * that the file is damaged or of another format — that advice sent the person looking for damage.
 */
export function emptyFileProblem(file: string): OpenProblem {
  return { file, detail: { ru: null, en: null }, refused: { ru: 'файл пуст (0 байт) — выберите книгу, сохранённую в Excel', en: 'the file is empty (0 bytes) — choose a workbook saved in Excel' } };
}

export function openProblem(file: string, error: unknown): OpenProblem {
  if (error instanceof XlsxReadError) return { file, detail: { ru: error.text.ru, en: error.text.en }, refused: error.kind === 'limit' ? error.text : null };
  const message = error instanceof Error ? error.message : String(error);
  return { file, detail: { ru: null, en: message }, refused: null };
}
