// Runs every rule of the catalogue on a program and builds the report.
import { DEFAULT_CONFIG, type RulesConfig } from './config';
import type { Finding } from './finding';
import type { Program } from './model/program';
import { locate, type Provenance } from './provenance';
import { makeReport, type Report } from './report';
import { RULE_CATALOGUE } from './rules/catalogue';
import { dataProblems, type AnyRule, type ReadIssue, type RuleContext } from './rules/define-rule';
import { ALL_RULES } from './rules/index';
import { SEVERITY_RANK } from './severity';

export interface CheckInput {
  program: Program;
  /** Cells of what was read; empty for a program that did not come from a sheet. */
  provenance?: Provenance;
  readIssues?: readonly ReadIssue[];
  config?: RulesConfig;
  rules?: readonly AnyRule[];
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
    const context: RuleContext<typeof rule.meta.messages> = {
      program,
      config,
      provenance,
      readIssues,
      cellOf: (path) => locate(provenance, path),
      unreadable: (path) => unreadable.has(path),
      report(r) {
        const spec = rule.meta.messages[r.messageId];
        if (!spec) throw new Error(`${id}: unknown message id "${r.messageId}"`);
        const data = r.data ?? {};
        const problems = dataProblems(spec.data, data);
        if (problems.length > 0) throw new Error(`${id} ${r.messageId}: ${problems.join('; ')}`);
        if (r.fix && !rule.meta.fixable) throw new Error(`${id} reports a fix but its meta says fixable: false`);
        const at = r.at ?? locate(provenance, r.path);
        let key = `${id}:${r.path}`;
        if (keys.has(key) && r.at) key = `${key}@${r.at.sheet}!${r.at.cell}`;
        if (keys.has(key)) return; // one defect, one finding
        keys.add(key);
        findings.push({
          rule: id,
          severity: r.severity && SEVERITY_RANK[r.severity] > SEVERITY_RANK[severity] ? r.severity : severity,
          messageId: r.messageId,
          data: data as Finding['data'],
          path: r.path,
          key,
          sheet: at?.sheet ?? null,
          cell: at?.cell ?? null,
          fix: r.fix ?? null,
        });
      },
    };
    // Every report is checked against the rule's meta above, whatever its messages' types.
    rule.check(context as never);
  }
  return findings;
}
