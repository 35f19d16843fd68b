// --method METHOD.json: the effectiveness evaluation's method (docs/design/REPORTS.md) — a preset and overrides,
// checked by zod; each mistake is named in Russian with its field. `sverka evaluate` and `sverka store serve` read it.
import { readFile } from 'node:fs/promises';
import { RUSSIAN_ZOD } from '../domain/messages/zod-errors';
import { EvaluationMethod, EvaluationMethodFile, EVALUATION_PRESETS } from '../domain/reporting/evaluation-method';
import { CliError } from './cli-io';
import { parseJsonText } from './json-text';

/** The method in the file, or the default method when no file is given. */
export async function loadMethod(file: string | undefined): Promise<EvaluationMethod> {
  if (file === undefined) return EvaluationMethod.parse(EVALUATION_PRESETS.default);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`--method: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'файл не найден' : 'не удалось прочитать'}`);
  }
  const json = parseJsonText(text, `--method: ${file}`);
  const parsed = EvaluationMethodFile.safeParse(json, RUSSIAN_ZOD);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`--method: ${file}: ${issue.path.join('.') || '(корень)'}: ${issue.message}`);
  }
  const { preset, ...overrides } = parsed.data;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const method = EvaluationMethod.safeParse({ ...EVALUATION_PRESETS[preset], ...defined }, RUSSIAN_ZOD);
  if (!method.success) throw new CliError(`--method: ${file}: ${method.error.issues[0].path.join('.')}: ${method.error.issues[0].message}`);
  return method.data;
}
