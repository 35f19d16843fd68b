// Issue 3's adapter benchmark: the Excel adapter over the in-memory stand-in on the 100× program
// workbook (the worked example 100 times over: 200 subprograms, 2 700 indicators). Prints, for each
// step, the syncs, the milliseconds and the largest request and response of a sync. The stand-in
// refuses any request or response over Excel on the web's 5 MB, as Excel does.
//
//   npm run bench:excel            (tsx bench/excel-adapter.ts [scale])
import { createExcelWorkbookHost } from '../src/excel/excel-workbook-host';
import { createExcelStandIn, type ExcelStandIn } from '../src/excel/stand-in/excel-stand-in';
import type { CellHighlight } from '../src/excel/workbook-host';
import { Program } from '../src/domain/model/program';
import type { Severity } from '../src/domain/severity';
import { toA1 } from '../src/sheets/address';
import type { Grid } from '../src/sheets/grid';
import { writeProgramWorkbook } from '../src/sheets/write/program-workbook';
import example from '../examples/stupino-2020-2024.program.json';
import { scaleProgram } from './scaled-program';

interface Step {
  step: string;
  syncs: number;
  /** The fewest syncs Excel's 5 MB answers allow for what the step read (its answers' bytes ÷ 5 MB). */
  fewest: number;
  ms: number;
  maxRequestKb: number;
  maxResponseKb: number;
  /** All the answers of the step that Excel gave (refused ones left out), MB. */
  answersMb: number;
  /** Excel's (the stand-in's) refusal, when the step failed. */
  failed?: string;
}

const steps: Step[] = [];

async function measure(step: string, excel: ExcelStandIn, work: () => Promise<unknown>): Promise<void> {
  excel.resetCounters();
  const start = performance.now();
  let failed: string | undefined;
  try {
    await work();
  } catch (error) {
    failed = error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - start;
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const answered = excel.syncs.filter((s) => s.responseBytes <= 5 * 1024 * 1024).reduce((n, s) => n + s.responseBytes, 0);
  steps.push({
    step,
    answersMb: Math.round(answered / 104_857.6) / 10,
    syncs: excel.syncCount,
    fewest: Math.ceil(answered / (5 * 1024 * 1024)),
    ms: Math.round(ms),
    maxRequestKb: kb(Math.max(0, ...excel.syncs.map((s) => s.requestBytes))),
    maxResponseKb: kb(Math.max(0, ...excel.syncs.map((s) => s.responseBytes))),
    ...(failed ? { failed } : {}),
  });
}

/** `count` findings on the workbook's number cells, severities in turn: the realistic shape (whole columns of totals). */
function findingsOnNumbers(grids: readonly Grid[], count: number): CellHighlight[] {
  const severities: Severity[] = ['error', 'warning', 'info'];
  const out: CellHighlight[] = [];
  for (const grid of grids.slice(1)) {
    grid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (out.length < count && typeof cell?.value === 'number') {
          out.push({ sheet: grid.name, cell: toA1(r + (grid.origin?.row ?? 0), c + (grid.origin?.col ?? 0)), severity: severities[out.length % 3] });
        }
      }),
    );
  }
  return out;
}

/** `count` findings no two of which touch, over the sheets in turn: the worst case for grouping cells into ranges. */
function scatteredFindings(grids: readonly Grid[], count: number): CellHighlight[] {
  const severities: Severity[] = ['error', 'warning', 'info'];
  const out: CellHighlight[] = [];
  for (const grid of grids) {
    for (let r = 0; out.length < count && r < grid.rows.length; r += 2) {
      for (let c = r % 4 === 0 ? 0 : 1; out.length < count && c < 12; c += 2) {
        out.push({ sheet: grid.name, cell: toA1(r, c), severity: severities[out.length % 3] });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? 100);
  const program = scaleProgram(Program.parse(example), scale);
  const grids = writeProgramWorkbook(program);
  const subprograms = program.funding?.subprograms.length ?? 0;
  const indicators = program.indicators?.subprograms.reduce((n, s) => n + s.activities.reduce((m, a) => m + a.indicators.length, 0), 0) ?? 0;
  let cells = 0;
  for (const g of grids) for (const row of g.rows) for (const c of row ?? []) if (c && c.value !== null && c.value !== '') cells++;
  const merges = grids.map((g) => `${g.name}: ${g.merges.length}`).join(', ');

  const excel = createExcelStandIn(grids);
  const host = createExcelWorkbookHost(excel.run);
  await measure('панель открыта: имена листов, диапазоны, выборка / pane opened: sheet names, used ranges, sample (prepare)', excel, () => host.prepare());
  await measure('чтение книги, первое после открытия / first read after opening', excel, () => host.readGrids());
  await measure('чтение книги, повторное / read again', excel, () => host.readGrids());

  const dense = findingsOnNumbers(grids, 10_000);
  await measure(`подсветка ${dense.length} замечаний на числах / highlight ${dense.length} findings on numbers`, excel, () => host.highlight(dense));
  await measure('снятие подсветки / clear highlights', excel, () => host.clearHighlights());
  const scattered = scatteredFindings(grids, 10_000);
  await measure(`подсветка ${scattered.length} разрозненных ячеек / highlight ${scattered.length} scattered cells`, excel, () => host.highlight(scattered));
  await measure('снятие подсветки / clear highlights', excel, () => host.clearHighlights());

  const empty = createExcelStandIn([]);
  const writer = createExcelWorkbookHost(empty.run);
  await writer.readGrids();
  await measure('запись книги (3 листа) / write the workbook (3 sheets)', empty, () => writer.writeGrids(grids));

  console.log(`Адаптер Excel на заглушке / Excel adapter over the stand-in: ×${scale}, ${subprograms} подпрограмм, ${indicators} показателей, ${cells} непустых ячеек`);
  console.log(`Объединённых областей / merged areas: ${merges}`);
  console.log('  syncs  пол (ответы ÷ 5 МБ)  ответы, МБ        мс   макс. запрос, КБ   макс. ответ, КБ   шаг / step');
  for (const s of steps) {
    console.log(`${String(s.syncs).padStart(7)} ${String(s.fewest).padStart(21)} ${s.answersMb.toFixed(1).padStart(11)} ${String(s.ms).padStart(9)} ${s.maxRequestKb.toFixed(1).padStart(18)} ${s.maxResponseKb.toFixed(1).padStart(17)}   ${s.step}${s.failed ? ` — НЕ ВЫПОЛНЕН / FAILED: ${s.failed}` : ''}`);
  }
  console.log('Лимит Excel в браузере / Excel on the web limit: 5 120 КБ на запрос и на ответ / per request and per response.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
