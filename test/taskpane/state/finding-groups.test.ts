import { Program } from '../../../src/domain/model/program';
import type { Finding } from '../../../src/domain/finding';
import { checkWorkbook, type WorkbookFinding } from '../../../src/sheets/check-workbook';
import type { CellWrite } from '../../../src/sheets/resolve-fix';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { groupFindings, highlightsOf, similarWarnings, totalFixes } from '../../../src/taskpane/state/finding-groups';
import example from '../../../examples/stupino-2020-2024.program.json';

/** A finding with its fix as data and, where it has a cell, the write the resolver would make (`write`, or the fix's value). */
function finding(rule: string, severity: Finding['severity'], sheet: string | null, cell: string | null, fix: Finding['fix'] = null, write?: CellWrite): WorkbookFinding {
  const resolved: CellWrite | null = fix === null ? null : (write ?? (fix.kind === 'sum' ? { kind: 'number', value: fix.value } : fix));
  return {
    rule,
    severity,
    key: `${rule}:${sheet}!${cell}`,
    path: 'funding/total',
    sheet,
    cell,
    messageId: 'm',
    data: {},
    fix,
    cellFix: resolved && sheet && cell ? { sheet, cell, fix: resolved } : null,
  };
}

const sum = (value: string): Finding['fix'] => ({ kind: 'sum', addends: ['funding/sub/1/total/total', 'funding/sub/2/total/total'], value });

describe('findings as the pane lists them', () => {
  test('the worked example: every finding is listed once, under its sheet and severity, with the counts adding up', () => {
    const { report } = checkWorkbook(writeProgramWorkbook(Program.parse(example)));
    const groups = groupFindings(report.findings);
    const listed = groups.flatMap((g) => g.severities.flatMap((s) => s.findings));
    expect(listed).toHaveLength(report.findings.length);
    expect(new Set(listed.map((f) => f.key)).size).toBe(report.findings.length);
    for (const g of groups) {
      for (const s of g.severities) {
        expect(s.findings.every((f) => f.severity === s.severity)).toBe(true);
        expect(g.counts[s.severity]).toBe(s.findings.length);
      }
      expect(g.severities.map((s) => s.severity)).toEqual(['error', 'warning', 'info'].filter((s) => g.severities.some((x) => x.severity === s)));
    }
    expect(groups.map((g) => g.sheet)).toEqual(expect.arrayContaining(['Приложение 2']));
  });

  test('sheets keep the report order, findings without a cell come last, severities go error → warning → info', () => {
    const groups = groupFindings([
      finding('S001', 'error', null, null),
      finding('I012', 'info', 'Приложение 2', 'E14'),
      finding('I006', 'warning', 'Приложение 2', 'G12'),
      finding('F001', 'error', 'Приложение 1', 'C18'),
      finding('I002', 'error', 'Приложение 2', 'H20'),
    ]);
    expect(groups.map((g) => [g.sheet, g.severities.map((s) => s.severity), g.counts])).toEqual([
      ['Приложение 2', ['error', 'warning', 'info'], { error: 1, warning: 1, info: 1 }],
      ['Приложение 1', ['error'], { error: 1, warning: 0, info: 0 }],
      [null, ['error'], { error: 1, warning: 0, info: 0 }],
    ]);
  });

  test('«Исправить все итоги» takes the fixes of totals (their fix is a sum: F001–F004, F009) only, one per cell', () => {
    const formula = { kind: 'formula' as const, formula: 'D10+D14', value: '98100.9' };
    const fixes = totalFixes([
      finding('F001', 'error', 'Приложение 1', 'C18', sum('423767.8')),
      finding('F009', 'info', 'Приложение 1', 'D20', sum('98100.9'), formula),
      finding('F003', 'error', 'Приложение 1', 'C18', sum('423767.8')),
      finding('F004', 'error', 'Приложение 1', 'D19', sum('98100.9')),
      finding('F002', 'error', 'Приложение 1', 'C13', null),
      finding('S009', 'warning', 'Приложение 2', 'B30', { kind: 'text', value: 'D6' }),
      finding('S006', 'warning', 'Приложение 1', 'E11', { kind: 'number', value: '0.0' }),
    ]);
    expect(fixes.map((f) => [f.cell, f.fix])).toEqual([
      ['C18', { kind: 'number', value: '423767.8' }],
      ['D20', formula],
      ['D19', { kind: 'number', value: '98100.9' }],
    ]);
  });

  test('a cell with several findings is highlighted once, by the gravest', () => {
    expect(
      highlightsOf([
        finding('F009', 'info', 'Приложение 1', 'C18'),
        finding('F001', 'error', 'Приложение 1', 'C18'),
        finding('I006', 'warning', 'Приложение 2', 'G12'),
        finding('S001', 'error', null, null),
      ]),
    ).toEqual([
      { sheet: 'Приложение 1', cell: 'C18', severity: 'error' },
      { sheet: 'Приложение 2', cell: 'G12', severity: 'warning' },
    ]);
  });
});

describe('warnings of one kind', () => {
  test('each warning knows the other warnings of its rule and message, not errors nor other messages', () => {
    const w = (key: string, rule: string, messageId: string, severity: Finding['severity'] = 'warning'): Finding => ({ ...finding(rule, severity, 'Приложение 2', key), key, messageId });
    const similar = similarWarnings([w('a', 'I006', 'worseThanBase'), w('b', 'I006', 'worseThanBase'), w('c', 'I006', 'worseThanBaseMore'), w('d', 'I006', 'worseThanBase'), w('e', 'I006', 'worseThanBase', 'error')]);
    expect(similar.get('a')).toEqual(['b', 'd']);
    expect(similar.get('d')).toEqual(['a', 'b']);
    expect(similar.get('c')).toEqual([]);
    expect(similar.has('e')).toBe(false);
  });

  test('on the worked example the four I006 warnings of one message are one kind', () => {
    const { report } = checkWorkbook(writeProgramWorkbook(Program.parse(example)));
    const i006 = report.findings.filter((f) => f.rule === 'I006');
    const similar = similarWarnings(report.findings);
    for (const f of i006) expect(similar.get(f.key)).toEqual(i006.filter((g) => g.key !== f.key && g.messageId === f.messageId).map((g) => g.key));
    expect(Math.max(...i006.map((f) => similar.get(f.key)!.length))).toBeGreaterThan(0);
  });
});
