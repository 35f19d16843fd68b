// --rules RULES.json: the rules config, checked by zod, with the failing field named.
// node:fs, not node:fs/promises: validate loads this module, and fs/promises brings eight more of Node's own
// (readline, watchers) into every run; one small file read synchronously costs nothing. The schema and zod's
// Russian messages are loaded only when there is a file to check: without --rules, validate loads no zod
// (src/domain/amount-schema.ts).
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, type RulesConfig } from '../domain/config';
import { CliError } from './cli-io';
import { parseJsonText } from './json-text';

export async function loadRulesConfig(file: string | undefined): Promise<RulesConfig> {
  if (!file) return DEFAULT_CONFIG;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(rulesReadFailure(file, (error as NodeJS.ErrnoException).code));
  }
  const json = parseJsonText(text, file);
  const [{ RulesConfig: schema }, { RUSSIAN_ZOD }] = await Promise.all([import('../domain/config-schema'), import('../domain/messages/zod-errors')]);
  const parsed = schema.safeParse(json, RUSSIAN_ZOD);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${file}: ${issue.path.join('.') || '(корень)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Why --rules could not be read, by the system's code: a folder is not «not found». */
function rulesReadFailure(file: string, code: string | undefined): string {
  if (code === 'EISDIR') return `--rules: ${file} — это папка, а не файл; укажите файл правил (.json)`;
  if (code === 'EACCES' || code === 'EPERM') return `--rules: ${file} — нет прав на чтение файла`;
  return `файл правил не найден: ${file}`;
}
