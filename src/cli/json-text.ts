// JSON files the CLI reads (rules, methods, program models, explanations): a byte order mark is not a mistake
// (Windows Notepad writes one), and a syntax error is said in Russian with its line and column — not
// JSON.parse's English ("Expected property name or '}' in JSON at position 1").
import { CliError } from './cli-io';

/** Where in the text, 1-based. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** Whether the text's first `length` characters could still begin a JSON value (no mistake before their end). */
function fineSoFar(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message);
    return /Unexpected end of JSON input/i.test(message) || (position !== null && Number(position[1]) >= length);
  }
}

/** Where the mistake is when JSON.parse does not say (V8: «Unexpected token 'o', …»): the longest prefix still fine. */
function errorIndex(text: string): number | null {
  if (fineSoFar(text, text.length)) return null;
  let lo = 0; // fine
  let hi = text.length; // not fine
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fineSoFar(text, mid)) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}

/** Characters a person cannot see, named: a non-breaking space pasted from Word looks like a plain one. */
const INVISIBLE: Record<string, string> = {
  '\u00a0': 'неожиданный неразрывный пробел',
  '\u200b': 'неожиданный пробел нулевой ширины',
  '\u2009': 'неожиданный узкий пробел',
  '\u202f': 'неожиданный узкий неразрывный пробел',
  '\n': 'неожиданный перевод строки',
  '\r': 'неожиданный возврат каретки',
  '\t': 'неожиданная табуляция',
};

/** «неожиданный знак «x»», or the name and code of a character that cannot be seen. */
function unexpected(found: string): string {
  const named = INVISIBLE[found];
  const code = `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? ''}`;
  if (named) return `${named} (${code})`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(found) ? `неожиданный знак «${found}»` : `неожиданный невидимый знак ${code}`;
}

/** What is wrong, in Russian, from JSON.parse's message. */
export function jsonSyntaxText(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/i.test(message)) return text.trim() === '' ? 'файл пуст' : 'текст обрывается: не хватает закрывающей скобки, кавычки или значения';
  const position = /at position (\d+)/.exec(message);
  const index = position ? Number(position[1]) : errorIndex(text);
  const at = index === null ? null : lineAndColumn(text, index);
  const token = /Unexpected token '(.+?)'|Unexpected token (\S)/.exec(message);
  const found = index !== null ? text.charAt(index) : token ? (token[1] ?? token[2]) : '';
  const what = found ? unexpected(found) : 'ошибка в записи';
  const inString = found === '\n' || found === '\r' || found === '\t' ? ' (внутри строки в кавычках пишите \\n или \\t)' : '';
  // A closing bracket is blamed on a comma only when one stands before it («{"a": tru}» has none).
  const afterComma = index !== null && /,\s*$/.test(text.slice(0, index));
  const hint = found === "'" ? ' (в JSON строки — в двойных кавычках)' : (found === '}' || found === ']') && afterComma ? ' (лишняя запятая перед ним?)' : inString;
  return at ? `${what}${hint} в строке ${at.line}, столбце ${at.column}` : `${what}${hint}`;
}

/** The JSON in `text` (a leading byte order mark ignored), or a CliError «PREFIX: не JSON — …». */
export function parseJsonText(text: string, prefix: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new CliError(`${prefix}: не JSON — ${jsonSyntaxText(body, error)}`);
  }
}
