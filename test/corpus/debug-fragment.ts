// Prints what sverka reads from a corpus fragment and what it reports (a development aid: npx tsx test/corpus/debug-fragment.ts <id>).
import { readXlsxBuffer } from '../../src/cli/xlsx/read-xlsx';
import { renderMessage } from '../../src/domain/messages/render-message';
import { checkWorkbook } from '../../src/sheets/check-workbook';
import { CORPUS } from './corpus';
import { UNDATED } from './undated';
import { pasteWorkbook } from './paste-workbook';

async function main(): Promise<void> {
  for (const id of process.argv.slice(2)) {
    const fragment = [...CORPUS, ...UNDATED].find((f) => f.id === id || f.id.startsWith(id));
    if (!fragment) throw new Error(`no fragment ${id}`);
    const pasted = await pasteWorkbook(fragment.sheets);
    const check = checkWorkbook(await readXlsxBuffer(pasted.buffer));
    const { program } = check;
    console.log(`== ${fragment.id}`);
    console.log(JSON.stringify({ funding: program.funding, passportFunding: program.passport?.funding, indicators: program.indicators }, null, 1).slice(0, 6000));
    for (const f of check.report.findings) console.log(`${f.rule} ${f.severity} ${f.sheet}!${f.cell}: ${renderMessage(f, 'ru').slice(0, 200)}`);
    console.log('cells:', JSON.stringify([...pasted.cells]));
  }
}

void main();
