// The line of a report's title block that names the program version the report was laid out from
// (docs/design/REPORTS.md): «Программа: <id> — версия 3» for a stored version, «Программа: файл <name> — SHA-256
// <16 hex digits>» for a program file. The template writes it; the report reader reads it back, so that
// `sverka push R.xlsx` needs no --program-id and `sverka validate R.xlsx` can say what it checks against.
import type { ProgramReference } from './model';

/** The digits of the file's SHA-256 written in the line: enough to tell files apart, short enough to read. */
export const FILE_HASH_DIGITS = 16;

/** The line's text, or null when the reference names nothing. */
export function programReferenceText(reference: ProgramReference): string | null {
  if (reference.programId !== null && reference.version !== null) return `Программа: ${reference.programId} — версия ${reference.version}`;
  if (reference.file) return `Программа: файл ${reference.file.name} — SHA-256 ${reference.file.sha256.slice(0, FILE_HASH_DIGITS)}`;
  return null;
}

const STORED = /^программа:\s*([a-z0-9][a-z0-9._-]{0,159})\s+[—–-]\s+версия\s+(\d{1,9})\s*$/i;
const FILE = /^программа:\s*файл\s+(.{1,250}?)\s+[—–-]\s+sha-?256\s+([0-9a-f]{16,64})\s*$/i;

/** Does the text start like the line (so that a line edited out of shape is told apart from no line)? */
export function looksLikeProgramReference(text: string): boolean {
  return /^\s*программа:/i.test(text);
}

/** The reference the line names, or null when the text is not the line (or was edited out of its shape). */
export function readProgramReferenceText(text: string): ProgramReference | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 600) return null;
  const stored = STORED.exec(line);
  if (stored) {
    const version = Number(stored[2]);
    return version > 0 ? { programId: stored[1], version, file: null } : null;
  }
  const file = FILE.exec(line);
  if (file) return { programId: null, version: null, file: { name: file[1], sha256: file[2].toLowerCase() } };
  return null;
}

/** Is the file (its SHA-256 in full) the one the reference names? */
export function sameProgramFile(reference: ProgramReference, sha256: string): boolean {
  return reference.file !== null && reference.file !== undefined && sha256.toLowerCase().startsWith(reference.file.sha256.toLowerCase());
}

/** «ID версии 3 из хранилища» / «из файла name (SHA-256 …)» for messages; in English "ID version 3 from the store" / "in file name (SHA-256 …)". */
export function programReferenceWords(reference: ProgramReference, lang: 'ru' | 'en' = 'ru'): string {
  const en = lang === 'en';
  if (reference.programId !== null && reference.version !== null) return en ? `${reference.programId} version ${reference.version} from the store` : `${reference.programId} версии ${reference.version} из хранилища`;
  if (reference.file) return `${en ? 'in file' : 'из файла'} ${reference.file.name} (SHA-256 ${reference.file.sha256.slice(0, FILE_HASH_DIGITS)}…)`;
  return en ? 'not given' : 'не указана';
}
