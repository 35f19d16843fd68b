// Drop-down lists in an .xlsx: a short list is written in the formula itself ("a,b,c", at most 255
// characters and no commas inside values); a longer one lives in a column of a hidden sheet of lists.
import type * as ExcelJS from 'exceljs';

/** The hidden sheet that holds the long lists; not a table of the program, so the reader skips it. */
export const LISTS_SHEET_NAME = 'Списки';

/** Excel's limit on a list written in the validation formula. */
const INLINE_LIST_LIMIT = 255;

/** ExcelJS keeps a sheet's validations in `dataValidations`, which its typings omit. */
export interface SheetValidations {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

export function sheetValidations(ws: ExcelJS.Worksheet): SheetValidations['dataValidations'] {
  return (ws as unknown as SheetValidations).dataValidations;
}

/** The formula "\"a,b\"" when the list fits in it, else null. */
export function inlineListFormula(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const formula = `"${values.join(',')}"`;
  return formula.length <= INLINE_LIST_LIMIT ? formula : null;
}

/** "a,b" of an inline list formula → ["a", "b"]; null when the formula is a reference. */
export function parseInlineList(formula: string): string[] | null {
  const m = /^"(.*)"$/s.exec(formula.trim());
  return m ? m[1].split(',').map((v) => v.trim()) : null;
}

/** "'Списки'!$A$1:$A$5" or "Списки!A1:A5" → the sheet name and the range, or null. */
export function parseListReference(formula: string): { sheet: string; range: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(formula.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: m[3].replace(/\$/g, '') };
}
