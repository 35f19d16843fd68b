// The worked report: Ступино «за I квартал 2021 года» and «за 2021 год», built by scripts/make-report-examples.ts
// from examples/stupino-2021.report-data.json. The checked-in workbooks give the checked-in findings through
// `sverka validate`, and the annual one the checked-in evaluation; the evaluation equals a hand computation
// to the last digit (below, from literal inputs: the plan and facts as typed in the data file, the counts of
// indicators read off the published Приложение 2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sverka } from '../cli/captured-cli';
import { readXlsxFile } from '../../src/cli/xlsx/read-xlsx';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { evaluateReport } from '../../src/domain/reporting/evaluate';
import { DEFAULT_EVALUATION_METHOD } from '../../src/domain/reporting/evaluation-method';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';

const EXAMPLES = join(__dirname, '../../examples');
const PROGRAM = join(EXAMPLES, 'stupino-2020-2024.program.json');
const json = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));

describe('the worked report', () => {
  it.each([
    ['stupino-2021-Q1.report.xlsx', 'stupino-2021-Q1.findings.json'],
    ['stupino-2021.report.xlsx', 'stupino-2021.findings.json'],
  ])('sverka validate %s --program … gives the checked-in findings', async (workbook, findings) => {
    const { code, stdout, stderr } = await sverka('validate', join(EXAMPLES, workbook), '--program', PROGRAM, '--format', 'json');
    expect(stderr).toContain('против программы');
    expect(JSON.parse(stdout)).toEqual(json(findings));
    expect(code).toBe(0);
  });

  it('the first quarter: two warnings, each a deviation without a reason, at its cell', () => {
    const { findings } = json('stupino-2021-Q1.findings.json');
    expect(findings.map((f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(['R006 Форма R1!H16', 'R006 Форма R2!H14']);
  });

  it('the annual report\'s evaluation is the checked-in one', async () => {
    const reading = readReportWorkbook(await readXlsxFile(join(EXAMPLES, 'stupino-2021.report.xlsx')))!;
    const evaluation = evaluateReport(reading.report, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(json('stupino-2021.evaluation.json'));
  });

  describe('equals a hand computation to the last digit', () => {
    // Fractions of integers and rounding half up to 4 decimals, written here on their own (not the product's code).
    type F = [bigint, bigint];
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const f = (n: bigint, d: bigint): F => [n / gcd(n, d), d / gcd(n, d)];
    const div = (a: F, b: F): F => f(a[0] * b[1], a[1] * b[0]);
    const round4 = ([n, d]: F): string => {
      const q = (n * 10000n * 2n + d) / (2n * d);
      return `${q / 10000n}.${(q % 10000n).toString().padStart(4, '0')}`;
    };
    // Amounts in tenths of a thousand roubles, as in the data file; СД of the indicators that missed their plan.
    const waiting: F = [11n, 12n]; // 1.2 «Среднее время ожидания»: less is better, plan 11, fact 12 → 11/12
    const esia: F = [76n, 80n]; // 2.3 «…зарегистрированных в ЕСИА»: plan 80, fact 76 → 76/80
    // Every other indicator met its plan (1.1: 96,1 against 94,8 is capped at 1): 4 of 5 in I, 21 of 22 in II.
    const sdc = (met: bigint, missed: F, count: bigint): F => f(met * missed[1] + missed[0], missed[1] * count);
    const sdcI = sdc(4n, waiting, 5n);
    const sdcII = sdc(21n, esia, 22n);
    const sdcProgram: F = f(25n * 240n + 11n * 20n + 76n * 3n, 240n * 27n); // (25 + 11/12 + 76/80) / 27
    const ufI: F = f(802153n, 823480n); // 80 215,3 / 82 348,0
    const ufII: F = f(158676n + 1700n, 158676n + 1827n); // (15 867,6 + 170,0) / (15 867,6 + 182,7)
    const ufProgram: F = f(802153n + 158676n + 1700n, 823480n + 158676n + 1827n); // 96 252,9 / 98 398,3
    const evaluation = json('stupino-2021.evaluation.json');

    it('the program: СДЦ, УФ, Э and the rating', () => {
      expect(evaluation.program.sdc.value).toBe(round4(sdcProgram));
      expect(evaluation.program.uf.value).toBe(round4(ufProgram));
      expect(evaluation.program.e.value).toBe(round4(div(sdcProgram, ufProgram)));
      expect(evaluation.program.e.exact).toBe(`${div(sdcProgram, ufProgram)[0]}/${div(sdcProgram, ufProgram)[1]}`);
      expect(round4(div(sdcProgram, ufProgram))).toBe('1.0172');
      expect(evaluation.program.rating.ru).toBe('высокая');
    });

    it('each subprogram', () => {
      const [i, ii] = evaluation.subprograms;
      expect([i.sdc.value, i.uf.value, i.e.value]).toEqual([round4(sdcI), round4(ufI), round4(div(sdcI, ufI))]);
      expect([ii.sdc.value, ii.uf.value, ii.e.value]).toEqual([round4(sdcII), round4(ufII), round4(div(sdcII, ufII))]);
    });
  });
});
