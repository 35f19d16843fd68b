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

// The two parsers below read what a regular expression used to match (see the tests), by hand: a workbook has
// few list formulas, and compiling a case-insensitive expression cost more than all of them take to read.

/** "a,b" of an inline list formula → ["a", "b"]; null when the formula is a reference. */
export function parseInlineList(formula: string): string[] | null {
  const text = formula.trim();
  if (text.length < 2 || text.charCodeAt(0) !== QUOTE || text.charCodeAt(text.length - 1) !== QUOTE) return null;
  return text.slice(1, -1).split(',').map((v) => v.trim());
}

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const DOLLAR = 0x24;

/** "'Списки'!$A$1:$A$5" or "Списки!A1:A5" → the sheet name and the range, or null. */
export function parseListReference(formula: string): { sheet: string; range: string } | null {
  const text = formula.trim();
  let at = text.charCodeAt(0) === 0x3d ? 1 : 0; // an "=" first
  let sheet: string;
  if (text.charCodeAt(at) === APOSTROPHE) {
    // 'name', with '' for an apostrophe in it, and not empty.
    let end = at + 1;
    for (;;) {
      const quote = text.indexOf("'", end);
      if (quote < 0) return null;
      if (text.charCodeAt(quote + 1) === APOSTROPHE) end = quote + 2;
      else {
        end = quote;
        break;
      }
    }
    if (end === at + 1) return null;
    sheet = text.slice(at + 1, end).replaceAll("''", "'");
    at = end + 1;
  } else {
    // A name without apostrophes or "!"; when it would be empty, the "=" is the name.
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== APOSTROPHE && text.charCodeAt(end) !== BANG) end++;
    if (end === at) {
      if (at === 0) return null;
      at = 0;
    }
    sheet = text.slice(at, end);
    at = end;
  }
  if (text.charCodeAt(at) !== BANG) return null;
  const start = at + 1;
  at = cellEnd(text, start);
  if (at < 0) return null;
  if (at < text.length) {
    if (text.charCodeAt(at) !== 0x3a) return null; // ":"
    at = cellEnd(text, at + 1);
    if (at !== text.length) return null;
  }
  return { sheet, range: text.slice(start).replaceAll('$', '') };
}

/** Where "$A$1" (each "$" optional, letters of either case, then digits) starting at `at` ends; -1 when none does. */
function cellEnd(text: string, at: number): number {
  if (text.charCodeAt(at) === DOLLAR) at++;
  const letters = at;
  while (isLetter(text.charCodeAt(at))) at++;
  if (at === letters) return -1;
  if (text.charCodeAt(at) === DOLLAR) at++;
  const digits = at;
  while (isDigit(text.charCodeAt(at))) at++;
  return at === digits ? -1 : at;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
