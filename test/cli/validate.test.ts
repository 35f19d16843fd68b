// The CLI contract of `sverka validate` (issue 2): exit codes, the JSON shape, text grouped by sheet,
// the worked example's expected report.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sverka } from './captured-cli';

const EXAMPLE = join(__dirname, '../../examples/stupino-2020-2024.xlsx');
const EXPECTED = JSON.parse(readFileSync(join(__dirname, '../../examples/stupino-2020-2024.report.json'), 'utf8'));

const tmp = mkdtempSync(join(tmpdir(), 'sverka-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sverka validate on the worked example', () => {
  it('prints the checked-in expected report as JSON and exits 1 (it has errors)', async () => {
    const { code, stdout, stderr } = await sverka('validate', EXAMPLE, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  });

  it('has P003 and P006 as its only errors; P004, four I006 and I009 for Д6 and Е4 among its warnings', async () => {
    const report = JSON.parse((await sverka('validate', EXAMPLE, '--format', 'json')).stdout);
    const of = (severity: string) => report.findings.filter((f: { severity: string }) => f.severity === severity).map((f: { rule: string }) => f.rule);
    expect(of('error').sort()).toEqual(['P003', 'P006']);
    const warnings = of('warning');
    expect(warnings).toContain('P004');
    expect(warnings.filter((r: string) => r === 'I006')).toHaveLength(4);
    const i009 = report.findings.filter((f: { rule: string }) => f.rule === 'I009');
    expect(i009.map((f: { data: { actual: string } }) => f.data.actual).sort()).toEqual(['Д6', 'Е4']);
  });

  it('has exactly the JSON shape of the contract', async () => {
    const report = JSON.parse((await sverka('validate', EXAMPLE, '--format', 'json')).stdout);
    // Issue 8 added "read": what was read, table by table.
    expect(Object.keys(report)).toEqual(['valid', 'summary', 'findings', 'read']);
    expect(Object.keys(report.summary)).toEqual(['error', 'warning', 'info']);
    expect(report.read.map((t: { table: string; text: string }) => [t.table, t.text.split(' — ')[0]])).toEqual([
      ['passport', 'лист «Паспорт», A7'],
      ['funding', 'лист «Приложение 1», A8'],
      ['indicators', 'лист «Приложение 2», A8'],
    ]);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'key', 'path', 'sheet', 'cell', 'messageId', 'data', 'message', 'expected', 'actual', 'fix', 'affects']);
      expect(f.key).toBe(`${f.rule}:${f.path}`);
      expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
    }
  });

  it('prints text grouped by sheet, in Russian by default and in English with --lang en', async () => {
    const ru = await sverka('validate', EXAMPLE);
    expect(ru.code).toBe(1);
    expect(ru.stdout).toMatch(/^Паспорт:\n {2}B34 +ошибка +P003 /m);
    expect(ru.stdout).toMatch(/^Прочитано: лист «Приложение 1», A8 — таблица финансирования \(по подпрограммам\): 2 подпрограммы, 3 источника, 5 лет \(2020–2024\)/m);
    expect(ru.stdout).toContain('Приложение 2:');
    expect(ru.stdout).toContain('Итого: 2 ошибки, 7 предупреждений, 4 сведения');
    // Values in the rule's own terms on the line under the message (as in the pane); generic words in brackets otherwise.
    expect(ru.stdout).toMatch(/ G12 +предупреждение I006 .*\n {9}Не хуже базового значения: 96,68; Указано на 2020 год: 94,6\n/);
    expect(ru.stdout).toMatch(/ B34 +ошибка +P003 .*\(ожидается 421 246,1; указано 421 246,4\)\n/);
    const en = await sverka('validate', EXAMPLE, '--lang', 'en');
    expect(en.stdout).toContain('Total: 2 error(s), 7 warning(s), 4 info');
    expect(en.stdout).toMatch(/ G12 +warning +I006 .*\n {9}No worse than the base value: 96,68; Planned for 2020: 94,6\n/);
  });

  it('in English has no Cyrillic outside quoted program text (names of sources, indicators, subprograms, sheets)', async () => {
    for (const format of ['text', 'json']) {
      const { stdout } = await sverka('validate', EXAMPLE, '--lang', 'en', '--format', format);
      const lines = format === 'text' ? stdout.split('\n') : JSON.parse(stdout).findings.flatMap((f: { message: string; expected: string | null; actual: string | null }) => [f.message, f.expected ?? '', f.actual ?? '']);
      // Quoted program text may be Cyrillic: "…" (and «…» inside it, as the program writes its own names).
      const unquoted = lines.map((line: string) => line.replace(/"[^"]*"/g, '""').replace(/«[^»]*»/g, '«»'));
      expect(unquoted.filter((line: string) => /[\u0400-\u04FF]/.test(line))).toEqual([]);
    }
    // And the Russian report is Russian: the same findings, worded in Russian.
    const ru = JSON.parse((await sverka('validate', EXAMPLE, '--format', 'json')).stdout);
    const en = JSON.parse((await sverka('validate', EXAMPLE, '--format', 'json', '--lang', 'en')).stdout);
    expect(en.findings.map((f: { key: string }) => f.key)).toEqual(ru.findings.map((f: { key: string }) => f.key));
    expect(ru.findings.every((f: { message: string }) => /[а-я]/.test(f.message))).toBe(true);
  });

  it('takes severities from a rules file: P003 and P006 as warnings make it exit 0', async () => {
    const rules = join(tmp, 'rules.json');
    writeFileSync(rules, JSON.stringify({ severity: { P003: 'warning', P006: 'off' } }));
    const { code, stdout } = await sverka('validate', EXAMPLE, '--format', 'json', '--rules', rules);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(true);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'P006')).toBe(false);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'P003').severity).toBe('warning');
  });
});

describe('sverka validate on bad input: exit 2 and one line that says what and where', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['validate', join(tmp, 'нет.xlsx')], /файл не найден: .*нет\.xlsx/],
    ['an empty file', () => { writeFileSync(join(tmp, 'empty.xlsx'), ''); return ['validate', join(tmp, 'empty.xlsx')]; }, /не книга Excel .*файл пуст/],
    ['a text file named .xlsx', () => { writeFileSync(join(tmp, 'text.xlsx'), 'Итого 5'); return ['validate', join(tmp, 'text.xlsx')]; }, /не книга Excel/],
    ['a directory named .xlsx', () => { mkdirSync(join(tmp, 'папка.xlsx'), { recursive: true }); return ['validate', join(tmp, 'папка.xlsx')]; }, /папка\.xlsx — это папка, а не файл/],
    ['a device that never ends', () => ['validate', '/dev/zero'], /^sverka validate: \/dev\/zero — не книга Excel \(\.xlsx\)$/],
    ['a device that gives nothing', () => ['validate', '/dev/null'], /\/dev\/null — не книга Excel \(\.xlsx\): файл пуст/],
    ['a rules file that is not JSON', () => { writeFileSync(join(tmp, 'bad.json'), '{'); return ['validate', EXAMPLE, '--rules', join(tmp, 'bad.json')]; }, /bad\.json: не JSON/],
    ['a rules "file" that is a folder', () => { mkdirSync(join(tmp, 'правила'), { recursive: true }); return ['validate', EXAMPLE, '--rules', join(tmp, 'правила')]; }, /^sverka validate: --rules: .*правила — это папка, а не файл; укажите файл правил \(\.json\)$/],
    ['a rules file that does not exist', () => ['validate', EXAMPLE, '--rules', join(tmp, 'нет.json')], /^sverka validate: файл правил не найден: .*нет\.json$/],
    ['a rules file with an unknown severity', () => { writeFileSync(join(tmp, 'sev.json'), '{"severity":{"F001":"fatal"}}'); return ['validate', EXAMPLE, '--rules', join(tmp, 'sev.json')]; }, /sev\.json: severity\.F001: /],
    ['an unknown format', () => ['validate', EXAMPLE, '--format', 'xml'], /--format: «xml»/],
    ['no file', () => ['validate'], /укажите один файл/],
  ];
  it('names a wrong type in the rules file in Russian, and leaves zod\'s own messages alone for the process', async () => {
    writeFileSync(join(tmp, 'type.json'), '{"severity":"warning"}');
    const { code, stderr } = await sverka('validate', EXAMPLE, '--rules', join(tmp, 'type.json'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/type\.json: severity: Неверный ввод: ожидается объект, получено: строка/);
    const { z } = await import('zod');
    expect(z.string().safeParse(1).error!.issues[0].message).toBe('Invalid input: expected string, received number');
  });

  it.each(cases)('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await sverka(...argv());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('sverka template', () => {
  it('writes the blank templates, which read but are not a valid program until filled in (S001: no program data)', async () => {
    const out = join(tmp, 'blank.xlsx');
    expect((await sverka('template', '--out', out, '--period', '2025-2029')).code).toBe(0);
    const { code, stdout } = await sverka('validate', out, '--format', 'json');
    // Issue 8: the untouched blank template is not reported valid.
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { rule: string }) => f.rule)).toEqual(['S001']);
    expect(report.read.map((t: { table: string }) => t.table)).toEqual(['passport', 'funding', 'indicators']);
  });

  it('writes the worked example, which gives the expected report', async () => {
    const out = join(tmp, 'example.xlsx');
    expect((await sverka('template', '--out', out, '--example')).code).toBe(0);
    expect(JSON.parse((await sverka('validate', out, '--format', 'json')).stdout)).toEqual(EXPECTED);
  });

  it('refuses a period that is not one', async () => {
    const { code, stderr } = await sverka('template', '--out', join(tmp, 'x.xlsx'), '--period', '2029-2025');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--period: «2029-2025»/);
  });
});

describe('sverka annex', () => {
  it('never writes the annexes over the workbook they come from', async () => {
    const copy = join(tmp, 'book.xlsx');
    writeFileSync(copy, readFileSync(EXAMPLE));
    const { code, stderr } = await sverka('annex', copy, '--xlsx', copy);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--xlsx: .* это исходный файл/);
    expect(readFileSync(copy).equals(readFileSync(EXAMPLE))).toBe(true);
  });
});

describe('sverka export', () => {
  it('prints the program model, and says on stderr that the store will refuse its errors', async () => {
    const { code, stdout, stderr } = await sverka('export', EXAMPLE);
    expect(code).toBe(0);
    const program = JSON.parse(stdout);
    expect(program.title).toBe('Цифровое муниципальное образование');
    expect(program.passport.funding.sources[2].total).toBe('421246.4');
    expect(stderr).toMatch(/^sverka export: 2 ошибки, .* хранилище не примет программу с ошибками/);
  });
});
