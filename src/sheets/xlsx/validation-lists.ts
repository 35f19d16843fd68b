// Drop-down lists in an .xlsx: a short list is written in the formula itself ("a,b,c"); a longer one
// lives in a column of its table's hidden sheet of lists — both decided in src/sheets/list-sheets.ts.
import type * as ExcelJS from 'exceljs';
import { inlineList } from '../list-sheets';

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
  const typed = inlineList(values);
  return typed === null ? null : `"${typed}"`;
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
