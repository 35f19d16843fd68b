// The worked example, as the annex tests use it: the program of the example file, and the published
// passport paragraph — the row "Источники финансирования муниципальной программы" copied verbatim from
// the reference text of the program document (docs/reference/stupino-digital-municipality-2020-2024.txt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../src/domain/model/program';

const ROOT = join(__dirname, '..', '..');

export function workedExampleProgram(): Program {
  return Program.parse(JSON.parse(readFileSync(join(ROOT, 'examples', 'stupino-2020-2024.program.json'), 'utf8')));
}

/** The paragraphs of the passport's funding row as published (the city budget there reads 421 246,4: the passport's error). */
export function publishedFundingParagraphs(): string[] {
  const line = readFileSync(join(__dirname, 'fixtures', 'stupino-passport-funding-row.txt'), 'utf8').trim();
  const cell = line.slice(line.indexOf('\t') + 1);
  return [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1].trim());
}
