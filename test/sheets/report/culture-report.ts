// «Развитие культуры» of городское поселение Лесной, 2022–2026: the second program the report tests paste
// forms for (besides the worked example), its Приложение 1 in a given unit, and the helpers that lay out
// and check a pasted form (ExcelJS directly through test/corpus/paste-workbook.ts, not sverka's writers).
import { readXlsxBuffer } from '../../../src/cli/xlsx/read-xlsx';
import type { Program } from '../../../src/domain/model/program';
import type { Unit } from '../../../src/domain/model/unit';
import type { ProgramReport } from '../../../src/domain/reporting/model';
import { checkReportWorkbook } from '../../../src/sheets/check-report-workbook';
import type { CellSpec, PastedSheet } from '../../corpus/fragment';
import { pasteWorkbook } from '../../corpus/paste-workbook';

export const TOWN = 'Средства бюджета городского поселения';
export const OBLAST = 'Средства бюджета Московской области';

export interface CultureAmounts {
  libTown: string;
  libObl: string;
  lib: string;
  museum: string;
  total: string;
  town: string;
}

const IN_THOUSANDS: CultureAmounts = { libTown: '5000.0', libObl: '1200.0', lib: '6200.0', museum: '3000.0', total: '9200.0', town: '8000.0' };

/** The program: subprograms «Библиотеки» (two sources) and «Музеи» (one), amounts in the 2022 column; no unit stated unless given. */
export function cultureProgram(unit?: Unit, amounts: CultureAmounts = IN_THOUSANDS): Program {
  const years = [2022, 2023, 2024, 2025, 2026].map((y) => ({ from: y, to: y }));
  const r = (source: string, y2022: string) => ({ source, total: null, years: [y2022, '0', '0', '0', '0'] });
  return {
    municipality: 'городского поселения Лесной',
    title: 'Развитие культуры',
    period: { from: 2022, to: 2026 },
    passport: null,
    indicators: null,
    funding: {
      title: null,
      years,
      totalColumn: 'none',
      ...(unit !== undefined ? { unit } : {}),
      subprograms: [
        { title: 'Подпрограмма I «Библиотеки»', sources: [r(TOWN, amounts.libTown), r(OBLAST, amounts.libObl)], total: r('', amounts.lib) },
        { title: 'Подпрограмма II «Музеи»', sources: [r(TOWN, amounts.museum)], total: r('', amounts.museum) },
      ],
      total: r('', amounts.total),
      totalBySource: [r(TOWN, amounts.town), r(OBLAST, amounts.libObl)],
    },
  };
}

/** What is typed in a pasted form, by cell id («I.town.plan»). */
export type Values = Record<string, string>;

/** A form line's five cells after its names: plan, financed, spent, percentage, reason. */
export const cells = (prefix: string, values: Values): CellSpec[] => ['plan', 'fin', 'spent', 'pct', 'why'].map((c) => ({ text: values[`${prefix}.${c}`] ?? '', id: `${prefix}.${c}` }));

/** A line's typed values; its reason only when given. */
export const row = (prefix: string, plan: string, fin: string, spent: string, pct: string, why?: string): Values => ({
  [`${prefix}.plan`]: plan,
  [`${prefix}.fin`]: fin,
  [`${prefix}.spent`]: spent,
  [`${prefix}.pct`]: pct,
  ...(why !== undefined ? { [`${prefix}.why`]: why } : {}),
});

/**
 * Form R1 of «Развитие культуры» as a department pastes it: «по состоянию на 01.10.2022», a line per source under each
 * subprogram, «Итого по подпрограмме», «Всего по программе:» and «в т.ч.» by source. `unit`: the words of its unit, in
 * the title block (a line under the title, else an empty one) and after the amounts' headers («…, тыс. руб.»);
 * `numbers`: as pasted (numbers, or text as printed).
 */
export function cultureR1(values: Values, options: { numbers?: 'number' | 'text'; unit?: { title?: string; header?: string } } = {}): PastedSheet {
  const { title, header } = options.unit ?? { header: 'тыс. руб.' };
  const h = header ? `, ${header}` : '';
  return {
    name: 'Лист1',
    numbers: options.numbers ?? 'number',
    rows: [
      [{ text: 'Информация о ходе реализации муниципальной программы «Развитие культуры» городского поселения Лесной по состоянию на 01.10.2022', across: 8 }],
      title ? [{ text: title, across: 8 }] : [],
      ['№', 'Наименование подпрограммы, мероприятия', 'Источник финансирования', `Предусмотрено программой на 2022 год${h}`, `Фактическое финансирование (кассовые расходы)${h}`, `Фактическое выполнение (фактические расходы)${h}`, '% выполнения', 'Обоснование причин отклонения'],
      ['1', { text: 'Подпрограмма I «Библиотеки»', across: 7 }],
      [null, null, TOWN, ...cells('I.town', values)],
      [null, null, OBLAST, ...cells('I.obl', values)],
      [null, 'Итого по подпрограмме I', null, ...cells('I.all', values)],
      ['2', { text: 'Подпрограмма II «Музеи»', across: 7 }],
      [null, null, TOWN, ...cells('II.town', values)],
      [null, 'Итого по подпрограмме II', null, ...cells('II.all', values)],
      [null, 'Всего по программе:', null, ...cells('tot', values)],
      [null, 'в т.ч.:', TOWN, ...cells('by.town', values)],
      [null, null, OBLAST, ...cells('by.obl', values)],
    ],
  };
}

/** The sheets pasted into a workbook and checked against `program`: findings as «RULE severity Sheet!Cell», `at(id)` the cell of a typed value. */
export async function checkPasted(sheets: PastedSheet[], program: Program, previous: ProgramReport | null = null) {
  const pasted = await pasteWorkbook(sheets);
  const result = checkReportWorkbook(await readXlsxBuffer(pasted.buffer), { program, previous })!;
  const at = (id: string) => `${pasted.cells.get(id)!.sheet}!${pasted.cells.get(id)!.cell}`;
  return { result, at, findings: result.report.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`) };
}
