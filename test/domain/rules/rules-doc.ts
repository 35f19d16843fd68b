// docs/rules.md, rendered from the rules themselves: each rule's title, severity, description, message ids,
// an example message (what the rule says on the worked example, as is or with one value changed) and its fix.
// `npm run docs:rules` writes it; test/domain/rules/catalogue.test.ts fails when the file is out of date.
import { renderMessage } from '../../../src/domain/messages/render-message';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectFindings } from '../../../src/domain/check-program';
import { Program } from '../../../src/domain/model/program';
import { paths } from '../../../src/domain/paths';
import type { Provenance } from '../../../src/domain/provenance';
import { RULE_CATALOGUE, type RuleId } from '../../../src/domain/rules/catalogue';
import type { ReadIssue } from '../../../src/domain/rules/define-rule';
import { ALL_RULES } from '../../../src/domain/rules/index';
import { SEVERITY_LABEL } from '../../../src/domain/severity';
import { edit } from '../../fixtures/program-builder';
import type { ProgramReport } from '../../../src/domain/reporting/model';
import type { ReportingInput } from '../../../src/domain/reporting/reporting-input';
import { change, onStupino, stupinoQ1 } from '../../fixtures/report-builder';

const stupino = Program.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/stupino-2020-2024.program.json'), 'utf8')));
const e = (f: (p: Program) => void, from: Program = stupino) => edit(from, f);
const issue = (rule: ReadIssue['rule'], messageId: string, sheet: string, cell: string, data: Record<string, string>, path: string | null = null): ReadIssue => ({ rule, messageId, path, sheet, cell, data });

const q1 = stupinoQ1();
const r = (f: (report: ProgramReport) => void, previous: ProgramReport | null = null) => ({ program: stupino, reporting: onStupino(change(q1, f), previous) });

const examples: Record<RuleId, { program: Program; readIssues?: ReadIssue[]; provenance?: Provenance; reporting?: ReportingInput }> = {
  S001: { program: e((p) => { p.indicators = null; }) },
  S002: { program: stupino, readIssues: [issue('S002', 'headerNotFound', 'Приложение 2', 'A5', { table: 'Приложение 2', looked: '«Базовое значение показателя», «Планируемое значение показателя по годам реализации»' })] },
  S003: { program: e((p) => { p.funding!.years[4] = { from: 2025, to: 2025 }; }) },
  S004: { program: stupino, readIssues: [issue('S004', 'notANumber', 'Приложение 1', 'E9', { text: '82 348,0 тыс.', column: '2021 год' }, paths.fundingSourceCell(0, 'municipal', { from: 2021, to: 2021 }))] },
  S005: { program: stupino, readIssues: [issue('S005', 'errorValue', 'Приложение 1', 'C12', { value: '#REF!' }, paths.fundingSubtotalCell(0, 'total'))] },
  S006: { program: e((p) => { p.funding!.totalBySource[0].years[0] = '98100.94'; }) },
  S007: { program: e((p) => { p.indicators!.subprograms[1].activities[6].indicators[0].unit = ''; }) },
  S008: { program: stupino, readIssues: [issue('S008', 'shiftedRow', 'Приложение 1', 'E17', { column: 'E', expectedColumn: 'D' }, paths.fundingSource(1, 'extrabudgetary'))] },
  S009: { program: e((p) => { p.funding!.subprograms[1].sources[0].source = 'Бюджет городского округа Cтупино'; }) },
  S010: { program: stupino, readIssues: [issue('S010', 'unattributedAmount', 'Паспорт', 'B34', { amounts: '2577,7 млн руб.; 1050,6 млн руб.' })] },
  S011: { program: stupino, readIssues: [issue('S011', 'unitNotStated', 'Паспорт', 'B34', { table: 'passport', assumed: 'тыс. руб.', other: 'funding', otherUnit: 'млн руб.' })] },
  F001: { program: e((p) => { p.funding!.subprograms[1].sources[0].total = '76118.2'; }) },
  F002: { program: e((p) => { p.funding!.subprograms[1].total!.years[1] = '16050.4'; }) },
  F003: { program: e((p) => { p.funding!.total!.years[2] = '75438.7'; }) },
  F004: { program: e((p) => { p.funding!.totalBySource[1].years[0] = '1576.0'; }) },
  F005: { program: e((p) => { p.funding!.subprograms[1].sources[2].years[0] = '-154.8'; }) },
  F006: { program: e((p) => { p.funding!.subprograms[1].sources[1].source = 'Бюджет Московсой области'; }) },
  F007: { program: e((p) => { p.funding!.subprograms[0].sources.push({ source: 'Средства бюджета городского округа Ступино', total: '0', years: ['0', '0', '0', '0', '0'] }); }) },
  F008: { program: e((p) => { p.funding!.subprograms[1].total = null; }) },
  F009: { program: stupino, provenance: new Map([[paths.fundingTotalCell('total'), { sheet: 'Приложение 1', cell: 'C14', formula: null }]]) },
  P001: { program: e((p) => { p.passport!.funding!.total = '423768.1'; }) },
  P002: { program: e((p) => { p.passport!.funding!.years[1].amount = '98389.3'; }) },
  P003: { program: stupino },
  P004: { program: stupino },
  P005: { program: e((p) => { p.passport!.periodText = '2020-2025 годы'; p.passport!.period = { from: 2020, to: 2025 }; }) },
  P006: { program: stupino },
  I001: { program: e((p) => { p.indicators!.subprograms[0].activities[1].indicators[2].plan[4] = null; }) },
  I002: { program: e((p) => { p.indicators!.subprograms[1].activities[0].indicators[0].plan[1] = { value: '100.5', bound: null }; }) },
  I003: { program: e((p) => { p.indicators!.subprograms[1].activities[6].indicators[0].plan[0] = { value: '-13.8', bound: null }; }) },
  I004: { program: e((p) => { p.indicators!.subprograms[1].activities[6].indicators[0].unit = 'едениц'; }) },
  I005: { program: e((p) => { p.indicators!.subprograms[0].activities[0].indicators[0].type = 'Приоритетный целевый'; }) },
  I006: { program: stupino },
  I007: { program: e((p) => { p.indicators!.subprograms[1].activities[2].indicators[2].plan[4] = { value: '78', bound: null }; }) },
  I008: { program: e((p) => { p.indicators!.subprograms[1].activities[2].number = '2.4.'; }) },
  I009: { program: stupino },
  I010: { program: e((p) => { const a = p.indicators!.subprograms[1].activities[1]; a.indicators.push(structuredClone(a.indicators[0])); }) },
  I011: { program: e((p) => { p.indicators!.subprograms.pop(); }) },
  I012: { program: stupino },
  I013: { program: stupino },
  R001: r((x) => { x.funding!.subprograms[1].sources[0].plan = '15876.6'; }),
  R002: r((x) => { x.funding!.subprograms[1].total!.spent = '3476.3'; }),
  R003: r((x) => { x.funding!.subprograms[1].sources[0].spent = '3521.7'; }),
  R004: r((x) => { const s = x.funding!.subprograms[1].sources[2]; s.financed = '190.0'; s.spent = '190.0'; }),
  R005: r((x) => { x.period = { year: 2021, quarters: 2 }; x.funding!.subprograms[1].sources[0].spent = '3400.0'; }, q1),
  R006: r((x) => { x.funding!.subprograms[1].sources[0].spent = '1000.0'; }),
  R007: r((x) => { x.funding!.subprograms[0].sources[0].percent = '42.1'; }),
  R008: r((x) => { x.otherPeriods = [{ text: 'за 9 месяцев 2021 года', period: { year: 2021, quarters: 3 } }]; }),
  R009: { ...r(() => undefined), readIssues: [issue('R009', 'unitDisagrees', 'Форма R1', 'D6', { sheet: 'Форма R1', cell: 'D6', unit: 'руб.', firstSheet: 'Форма R1', firstCell: 'A3', firstUnit: 'тыс. руб.' })] },
};

export function renderRulesDoc(): string {
  const out: string[] = [
    '# Правила сверки / The rules',
    '',
    'One section per rule of the catalogue (`src/domain/rules/catalogue.ts`), in catalogue order. Each rule is a module',
    '`src/domain/rules/<area>/<id>-<name>.ts` with its test table in `test/domain/rules/<area>/<id>-<name>.test.ts`.',
    'Severities are the defaults; the rules config can change them or turn a rule off (`"off"`).',
    'The example messages are what the rule says on the worked example (городской округ Ступино, «Цифровое',
    'муниципальное образование», 2020–2024), as is or with one value changed.',
    '',
    'Amounts are тыс. руб., compared exactly after rounding to the declared precision (one decimal). Sources are',
    'matched by their kind (federal, regional, municipal, extra-budgetary) after folding case, spaces, quotes and',
    'look-alike letters; a kind missing on one side counts as zero.',
    '',
    'The R-rules (R001–R009) check a quarterly or annual report on the program (docs/design/REPORTS.md): their',
    'examples are the worked example\'s report «за I квартал 2021 года» with one value changed.',
    '',
  ];
  for (const rule of ALL_RULES) {
    const { id, title, description, messages, fixable } = rule.meta;
    const severity = RULE_CATALOGUE[id].severity;
    const ex = examples[id];
    const findings = collectFindings({ program: ex.program, readIssues: ex.readIssues, provenance: ex.provenance, rules: [rule], reporting: ex.reporting ?? null });
    if (findings.length === 0) throw new Error(`${id}: no example finding`);
    const f = findings[0];
    out.push(`## ${id} — ${title.ru}`, '', `*${title.en}*`, '', `- Severity / важность: **${severity}** (${SEVERITY_LABEL[severity].ru})`, `- Checks / что проверяет: ${description.ru}`, `  ${description.en}`);
    out.push(`- Message ids and data / сообщения и их данные:`);
    for (const [messageId, spec] of Object.entries(messages)) {
      const fields = Object.entries(spec.data).map(([field, kind]) => `${field}: ${typeof kind === 'string' ? kind : Object.keys(kind.en).map((k) => `'${k}'`).join(' | ')}`);
      out.push(`  - \`${messageId}\` { ${fields.join(', ')} }`);
    }
    out.push(`- Example / пример (${f.sheet ? f.sheet + ', ' + f.cell + ', ' : ''}path \`${f.path}\`):`, `  > ${renderMessage(f, 'ru')}`, `  >`, `  > ${renderMessage(f, 'en')}`);
    if (fixable) {
      const fix = findings.find((x) => x.fix)?.fix;
      const described = !fix
        ? 'when computable'
        : fix.kind === 'number'
          ? `the number ${fix.value} is written into the cell (kind \`number\`)`
          : fix.kind === 'text'
            ? `the cell text becomes «${fix.value}» (kind \`text\`)`
            : `the sum of ${fix.addends.length} cells, ${fix.value} now (kind \`sum\`: a formula where the cells are known)`;
      out.push(`- Fix / исправление: ${described}`);
    } else {
      out.push('- Fix / исправление: none (the user decides)');
    }
    out.push('');
  }
  return out.join('\n');
}
