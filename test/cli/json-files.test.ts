// The JSON files the CLI reads — rules (--rules), a method (--method), a program model, explanations
// (--explanations): a byte order mark (Windows Notepad writes one) is no mistake, and a syntax error is said in
// Russian with its line and column, not in JSON.parse's English.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../server/cli-store-fixture';

const EXAMPLES = join(__dirname, '../../examples');
const WORKBOOK = join(EXAMPLES, 'stupino-2020-2024.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'sverka-json-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sverka = (...argv: string[]) => cli(argv);

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

const ENGLISH = /Expected|Unexpected|position|JSON input|is not valid/;

describe('a JSON file with a byte order mark is read', () => {
  it('--rules', async () => {
    const rules = file('rules-bom.json', '\uFEFF{ "severity": { "I006": "off" } }');
    const r = await sverka('validate', WORKBOOK, '--rules', rules);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('I006');
  });

  it('--method', async () => {
    const method = file('method-bom.json', '\uFEFF{ "preset": "product" }');
    const r = await sverka('evaluate', '--report', join(EXAMPLES, 'stupino-2021.report.xlsx'), '--method', method);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Э = СДЦ × УФ');
  });
});

describe('a JSON syntax error is said in Russian with its place', () => {
  it.each([
    ['a stray letter', '{\n  "severity": {\n    "I006": off\n  }\n}', 'неожиданный знак «o» в строке 3, столбце 13'],
    ['a trailing comma', '{ "precision": 1, }', 'неожиданный знак «}» (лишняя запятая перед ним?) в строке 1, столбце 19'],
    ['a brace after a cut word, no comma before it', '{"a": tru}', 'неожиданный знак «}» в строке 1, столбце 10'],
    ['a bracket after a trailing comma and a line break', '[1,\n]', 'неожиданный знак «]» (лишняя запятая перед ним?) в строке 2, столбце 1'],
    ['single quotes', "{ 'precision': 1 }", 'неожиданный знак «\'» (в JSON строки — в двойных кавычках) в строке 1, столбце 3'],
    ['a non-breaking space pasted from Word', '{ "precision":\u00a01 }', 'неожиданный неразрывный пробел (U+00A0) в строке 1, столбце 15'],
    ['a line break inside a string', '{ "label": "a\nb" }', 'неожиданный перевод строки (U+000A) (внутри строки в кавычках пишите \\n или \\t) в строке 1, столбце 14'],
    ['a cut text', '{ "precision": ', 'текст обрывается: не хватает закрывающей скобки, кавычки или значения'],
    ['an empty file', '', 'файл пуст'],
  ])('--rules with %s', async (_what, text, words) => {
    const rules = file('rules.json', text);
    const r = await sverka('validate', WORKBOOK, '--rules', rules);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sverka validate: ${rules}: не JSON — ${words}\n`);
  });

  it('--method, a program model and --explanations say it the same way', async () => {
    const broken = file('broken.json', '{ "a": tru }');
    const method = await sverka('evaluate', '--report', join(EXAMPLES, 'stupino-2021.report.xlsx'), '--method', broken);
    expect(method.stderr).toContain(`--method: ${broken}: не JSON — `);
    const program = await sverka('diff', broken, WORKBOOK);
    expect(program.stderr).toContain(`${broken}: не JSON — `);
    const explanations = await sverka('push', WORKBOOK, '--store', 'http://127.0.0.1:9', '--token', 'svk_x', '--explanations', broken);
    expect(explanations.stderr).toContain(`--explanations: ${broken}: не JSON — `);
    for (const r of [method, program, explanations]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(ENGLISH);
    }
  });
});
