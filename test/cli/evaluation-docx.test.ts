// The evaluation .docx is an official document: an indicator is named in full (never cut with «…»), and its table
// gives the name column most of the width («Что» wide, «Значение» narrow, «Как вычислено» the rest).
import { join } from 'node:path';
import JSZip from 'jszip';
import { evaluationDocx } from '../../src/cli/evaluation-docx';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { evaluateReport } from '../../src/domain/reporting/evaluate';
import { DEFAULT_EVALUATION_METHOD } from '../../src/domain/reporting/evaluation-method';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';

async function documentXml(): Promise<{ xml: string; names: string[] }> {
  const reading = readReportWorkbook(await loadWorkbookFile(join(__dirname, '../../examples/stupino-2021.report.xlsx')))!;
  const names = reading.report.indicators!.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators.map((i) => i.name.replace(/\s+/g, ' ').trim())));
  const evaluation = evaluateReport(reading.report, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
  const zip = await JSZip.loadAsync(await evaluationDocx(evaluation, 'ru'));
  return { xml: await zip.file('word/document.xml')!.async('string'), names };
}

test('every indicator is named in full, nothing cut with «…»', async () => {
  const { xml, names } = await documentXml();
  const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const labels = words.filter((w) => /«/.test(w) && /— СД$|»$/.test(w));
  expect(names.some((n) => n.length > 60)).toBe(true);
  expect(words.filter((w) => w.includes('…'))).toEqual([]);
  for (const name of names) expect(words.some((w) => w.includes(`«${name.replace(/\u00a0/g, ' ')}»`) || w.replace(/\u00a0/g, ' ').includes(`«${name}»`))).toBe(true);
  expect(labels.length).toBeGreaterThan(0);
});

test('the three columns: the name wide, the value narrow', async () => {
  const { xml } = await documentXml();
  const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1].matchAll(/<w:gridCol w:w="(\d+)"/g)].map((c) => Number(c[1])));
  expect(grids.length).toBe(2);
  for (const [name, value, formula] of grids) {
    expect(name).toBeGreaterThan(value * 3);
    expect(formula).toBeGreaterThan(value * 3);
  }
});
