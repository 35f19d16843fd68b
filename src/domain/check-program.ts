// Runs every rule of the catalogue on a program and builds the report.
import { DEFAULT_CONFIG, type RulesConfig } from './config';
import type { Finding } from './finding';
import type { Program } from './model/program';
import { locate, type Provenance } from './provenance';
import { makeReport, type Report } from './report';
import { RULE_CATALOGUE } from './rules/catalogue';
import { renderTemplate, type ReadIssue, type Rule, type RuleContext } from './rules/define-rule';
import { ALL_RULES } from './rules/index';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export interface CheckInput {
  program: Program;
  /** Cells of what was read; empty for a program that did not come from a sheet. */
  provenance?: Provenance;
  readIssues?: readonly ReadIssue[];
  config?: RulesConfig;
  rules?: readonly Rule[];
}

export function checkProgram(input: CheckInput): Report {
  return makeReport(collectFindings(input));
}

export function collectFindings({ program, provenance = new Map(), readIssues = [], config = DEFAULT_CONFIG, rules = ALL_RULES }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const keys = new Set<string>();
  const unreadable = new Set(readIssues.filter((i) => (i.rule === 'S004' || i.rule === 'S005') && i.path !== null).map((i) => i.path as string));
  for (const rule of rules) {
    const { id } = rule.meta;
    const severity = config.severity[id] ?? RULE_CATALOGUE[id].severity;
    if (severity === 'off') continue;
    const context: RuleContext<string> = {
      program,
      config,
      provenance,
      readIssues,
      cellOf: (path) => locate(provenance, path),
      unreadable: (path) => unreadable.has(path),
      report(r) {
        const template = rule.meta.messages[r.messageId];
        if (!template) throw new Error(`${id}: unknown message id "${r.messageId}"`);
        const data = r.data ?? {};
        const at = r.at ?? locate(provenance, r.path);
        let key = `${id}:${r.path}`;
        if (keys.has(key) && r.at) key = `${key}@${r.at.sheet}!${r.at.cell}`;
        if (keys.has(key)) return; // one defect, one finding
        keys.add(key);
        findings.push({
          rule: id,
          severity: r.severity && RANK[r.severity] > RANK[severity] ? r.severity : severity,
          key,
          path: r.path,
          sheet: at?.sheet ?? null,
          cell: at?.cell ?? null,
          messageId: r.messageId,
          message: { ru: renderTemplate(template.ru, data), en: renderTemplate(template.en, data) },
          expected: r.expected ?? null,
          actual: r.actual ?? null,
          fix: r.fix ?? null,
        });
      },
    };
    rule.check(context);
  }
  return findings;
}
