// What the writers lay out, the readers read back: the worked example written with writeProgramWorkbook
// and read with readWorkbook is the same program.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../../src/domain/model/program';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { TEMPLATE_SUBPROGRAM_TITLE, writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';

const example = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));

describe('writeProgramWorkbook read back with readWorkbook', () => {
  const reading = readWorkbook(writeProgramWorkbook(example));

  it('gives the example program back, decimals as written (the number format shows the ",0" of 345 128,0)', () => {
    expect(reading.program).toEqual(example);
  });

  it('reads it without a read issue and finds each table on its sheet', () => {
    expect(reading.readIssues).toEqual([]);
    expect(reading.sheets).toEqual({ passport: 'Паспорт', funding: 'Приложение 1', indicators: 'Приложение 2' });
  });

  it('keeps the published defects through the round trip', () => {
    const p = reading.program;
    expect(p.passport?.funding?.sources[2].total).toBe('421246.4');
    expect(p.funding?.subprograms[0].title).toContain('доступности предоставления муниципальных услуг');
    expect(p.indicators?.subprograms[1].activities[5].title).toContain('\u04146.');
  });
});

describe('the blank templates read back', () => {
  it('read as a program of the period with the template subprogram, and are not a valid program (S001: no program data)', () => {
    const grids = writeProgramWorkbook(null, { period: { from: 2025, to: 2029 } });
    const reading = readWorkbook(grids);
    expect(reading.readIssues).toEqual([]);
    expect(reading.program.period).toEqual({ from: 2025, to: 2029 });
    expect(reading.program.funding?.subprograms.map((s) => s.title)).toEqual([TEMPLATE_SUBPROGRAM_TITLE]);
    expect(reading.program.funding?.subprograms[0].sources.map((s) => s.source)).toEqual([
      'Федеральный бюджет',
      'Бюджет Московской области',
      'Бюджет городского округа',
      'Внебюджетные источники',
    ]);
    // Issue 8: the untouched blank template holds no program, and is not reported valid.
    const report = checkWorkbook(grids).report;
    expect(report.findings.map((f) => [f.rule, f.severity, f.messageId])).toEqual([['S001', 'error', 'noProgramData']]);
    expect(report.valid).toBe(false);
  });
});

describe('a program numbered past the hundreds', () => {
  it('reads subprograms 1000 and 1001 (M, MI) and their activities 1000.1 …, and matches them with Приложение 1 (no I011)', () => {
    const [first, second] = example.indicators!.subprograms;
    const renumber = (s: typeof first, n: number, numeral: string) => ({
      ...s,
      number: `${n}.`,
      title: s.title.replace(/^Подпрограмма [IVX]+/, `Подпрограмма ${numeral}`),
      activities: s.activities.map((a, j) => ({ ...a, number: `${n}.${j + 1}.` })),
    });
    const funding = example.funding!.subprograms.slice(0, 2).map((s, i) => ({ ...s, title: s.title.replace(/^Подпрограмма [IVX]+/, `Подпрограмма ${['M', 'MI'][i]}`) }));
    const program: Program = {
      ...example,
      passport: example.passport && { ...example.passport, subprograms: funding.map((s) => s.title) },
      funding: { ...example.funding!, subprograms: funding },
      indicators: { ...example.indicators!, subprograms: [renumber(first, 1000, 'M'), renumber(second, 1001, 'MI')] },
    };
    const reading = readWorkbook(writeProgramWorkbook(program));
    expect(reading.program.indicators?.subprograms.map((s) => s.number)).toEqual(['1000.', '1001.']);
    expect(reading.program.indicators?.subprograms[1].activities.map((a) => a.number)).toEqual(second.activities.map((_, j) => `1001.${j + 1}.`));
    const rules = new Set(checkWorkbook(writeProgramWorkbook(program)).report.findings.map((f) => `${f.rule} ${f.cell} ${JSON.stringify(f.data)}`.slice(0, 200)));
    expect([...rules].filter((r) => r.startsWith('I011'))).toEqual([]);
  });
});
