// npm run examples: the worked example as a workbook. Reads examples/stupino-2020-2024.program.json (the
// published program, defects included) and writes examples/stupino-2020-2024.xlsx in the official layout.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Program } from '../src/domain/model/program';
import { writeXlsxFile } from '../src/cli/xlsx/write-xlsx';
import { writeProgramWorkbook } from '../src/sheets/write/program-workbook';

const EXAMPLES = join(__dirname, '..', 'examples');

async function main(): Promise<void> {
  const source = join(EXAMPLES, 'stupino-2020-2024.program.json');
  const parsed = Program.safeParse(JSON.parse(await readFile(source, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${source} не соответствует модели программы:\n${issues}`);
  }
  const target = join(EXAMPLES, 'stupino-2020-2024.xlsx');
  const grids = writeProgramWorkbook(parsed.data);
  await writeXlsxFile(grids, target);
  process.stdout.write(`Записано: ${target} (${grids.map((g) => g.name).join(', ')})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
