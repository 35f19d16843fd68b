// «Записать абзац в паспорт» on the worked example as published (the passport says 421 246,4 for the city
// budget where Приложение 1 gives 421 246,1), and on passports laid out otherwise.
import { checkProgram } from '../../../src/domain/check-program';
import { Program } from '../../../src/domain/model/program';
import { passportFundingFromAnnex } from '../../../src/domain/passport-funding-from-annex';
import { passportFundingLines } from '../../../src/domain/passport-paragraph';
import { keepDigitGroups } from '../../../src/domain/text/keep-digit-groups';
import { parseA1 } from '../../../src/sheets/address';
import type { Grid } from '../../../src/sheets/grid';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { planPassportParagraph, type PassportParagraphPlan } from '../../../src/sheets/write/passport-paragraph-plan';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import example from '../../../examples/stupino-2020-2024.program.json';

const program = Program.parse(example);
const PASSPORT_RULES = ['P001', 'P002', 'P003', 'P006'];

function plan(grids: Grid[]): PassportParagraphPlan {
  const reading = readWorkbook(grids);
  const planned = planPassportParagraph(reading.program, reading.provenance, grids, 1);
  if (!planned) throw new Error('no plan');
  return planned;
}

/** The grids with the plan written, as the task pane's applyFixes does. */
function applied(grids: Grid[], planned: PassportParagraphPlan): Grid[] {
  return grids.map((g) => {
    if (g.name !== planned.sheet) return g;
    const rows = g.rows.map((row) => [...(row ?? [])]);
    for (const change of planned.changes) {
      const { row, col } = parseA1(change.cell);
      while (rows.length <= row) rows.push([]);
      rows[row][col] = { ...rows[row][col], value: change.after === '' ? null : change.after };
    }
    return { ...g, rows };
  });
}

function cellTextAt(grids: Grid[], sheet: string, address: string): string {
  const { row, col } = parseA1(address);
  const value = grids.find((g) => g.name === sheet)?.rows[row]?.[col]?.value;
  return value === null || value === undefined ? '' : String(value);
}

function passportFindings(grids: Grid[]): string[] {
  const reading = readWorkbook(grids);
  const report = checkProgram({ program: reading.program, provenance: reading.provenance, readIssues: reading.readIssues });
  return report.findings.filter((f) => PASSPORT_RULES.includes(f.rule)).map((f) => `${f.rule} ${f.cell}`);
}

// Written for printing: the amounts' digit groups joined by no-break spaces.
const derivedLines = passportFundingLines(passportFundingFromAnnex(program.funding!, { precision: 1, municipality: program.municipality }), 1).map((l) => keepDigitGroups(l.text));

describe('the worked example as published (rows 30–35, one document paragraph per row)', () => {
  const grids = writeProgramWorkbook(program);
  const planned = plan(grids);
  const written = applied(grids, planned);
  const rows = ['B30', 'B31', 'B32', 'B33', 'B34', 'B35'];

  test('the section is B30:B35 and only the city budget line changes, 421 246,4 → 421 246,1', () => {
    expect(planned.sheet).toBe('Паспорт');
    expect(planned.range).toBe('B30:B35');
    expect(planned.changes.map((c) => c.cell)).toEqual(['B34']);
    expect(planned.changes[0].before).toContain('421\u00a0246,4');
    expect(planned.changes[0].after).toContain('421\u00a0246,1');
  });

  test('after writing, rows 30–35 keep one line each: the total, «по источникам», one source per row, no text twice', () => {
    const texts = rows.map((a) => cellTextAt(written, 'Паспорт', a));
    expect(texts).toEqual(derivedLines);
    expect(texts.every((t) => t !== '' && !t.includes('\n'))).toBe(true);
    const all = texts.join('\n');
    expect(all.match(/по источникам/g)).toHaveLength(1);
    for (const source of ['Федеральный бюджет', 'Бюджет Московской области', 'Бюджет городского округа Ступино', 'Внебюджетные источники']) {
      expect(all.split(source).length - 1).toBe(1);
    }
    // The rows around the section are untouched.
    expect(cellTextAt(written, 'Паспорт', 'B29')).toBe(cellTextAt(grids, 'Паспорт', 'B29'));
    expect(cellTextAt(written, 'Паспорт', 'B36')).toBe(cellTextAt(grids, 'Паспорт', 'B36'));
  });

  test('the check after it has no P001, P002, P003 or P006', () => {
    expect(passportFindings(grids)).toEqual(['P003 B34', 'P006 B34']);
    expect(passportFindings(written)).toEqual([]);
  });

  test('planning again changes nothing: the passport says what Приложение 1 does', () => {
    expect(plan(written).changes).toEqual([]);
  });
});

/** The worked example with the section edited: `rows` replaces B30..B35 (missing ones empty). */
function withSection(rows: string[]): Grid[] {
  const grids = writeProgramWorkbook(program);
  return grids.map((g) => {
    if (g.name !== 'Паспорт') return g;
    const copy = g.rows.map((row) => [...(row ?? [])]);
    for (let i = 0; i < 6; i++) copy[29 + i][1] = { ...copy[29 + i][1], value: rows[i] ?? null };
    return { ...g, rows: copy };
  });
}

describe('passports laid out otherwise', () => {
  const published = writeProgramWorkbook(program);
  const section = ['B30', 'B31', 'B32', 'B33', 'B34', 'B35'].map((a) => cellTextAt(published, 'Паспорт', a));

  test('the whole paragraph in one cell stays in one cell, one line per document paragraph', () => {
    const grids = withSection([section.join('\n')]);
    const planned = plan(grids);
    expect(planned.changes.map((c) => c.cell)).toEqual(['B30']);
    const written = applied(grids, planned);
    expect(cellTextAt(written, 'Паспорт', 'B30')).toBe(derivedLines.join('\n'));
    expect(['B31', 'B32', 'B33', 'B34', 'B35'].map((a) => cellTextAt(written, 'Паспорт', a))).toEqual(['', '', '', '', '']);
    expect(passportFindings(written)).toEqual([]);
  });

  test('a source the passport left out goes into the free row of the section, not into its neighbour', () => {
    // The extra-budgetary line missing: B35 empty.
    const grids = withSection(section.slice(0, 5));
    const written = applied(grids, plan(grids));
    expect(cellTextAt(written, 'Паспорт', 'B35')).toBe(derivedLines[5]);
    expect(cellTextAt(written, 'Паспорт', 'B34')).toBe(derivedLines[4]);
    expect(passportFindings(written)).toEqual([]);
  });

  test('the total and «по источникам» in one cell keep sharing it; the sources keep their rows', () => {
    const grids = withSection([`${section[0]}\n${section[1]}`, '', section[2], section[3], section[4], section[5]]);
    const written = applied(grids, plan(grids));
    expect(cellTextAt(written, 'Паспорт', 'B30')).toBe(`${derivedLines[0]}\n${derivedLines[1]}`);
    expect(cellTextAt(written, 'Паспорт', 'B31')).toBe('');
    expect(cellTextAt(written, 'Паспорт', 'B34')).toBe(derivedLines[4]);
    expect(passportFindings(written)).toEqual([]);
  });

  test('no Приложение 1 or no funding paragraph: nothing to plan', () => {
    const grids = writeProgramWorkbook(program);
    const reading = readWorkbook(grids);
    expect(planPassportParagraph({ ...reading.program, funding: null }, reading.provenance, grids, 1)).toBeNull();
    expect(planPassportParagraph({ ...reading.program, passport: null }, reading.provenance, grids, 1)).toBeNull();
  });
});
