// Runs every rule of the catalogue on a program and builds the report. Sums the rules declare are folded
// after all rules ran, so that one changed cell gives one finding (fold-sums.ts, docs/findings.md).
import { fromScaled, toScaled } from './amount';
import { DEFAULT_CONFIG, type RulesConfig } from './config';
import type { Affected, Finding } from './finding';
import { foldSums, type DeclaredSum } from './fold-sums';
import type { Messages } from './messages/message-data';
import type { Program } from './model/program';
import type { Path } from './paths';
import { locate, type CellRef, type Provenance } from './provenance';
import type { ReportingInput } from './reporting/reporting-input';
import { makeReport, type Report } from './report';
import { RULE_CATALOGUE } from './rules/catalogue';
import { dataProblems, type AnyRule, type ReadIssue, type Reported, type RuleContext, type SumCheck } from './rules/define-rule';
import { ALL_RULES } from './rules/index';
import { SEVERITY_RANK, type Severity } from './severity';

export interface CheckInput {
  program: Program;
  /** Cells of what was read; empty for a program that did not come from a sheet. */
  provenance?: Provenance;
  readIssues?: readonly ReadIssue[];
  config?: RulesConfig;
  rules?: readonly AnyRule[];
  /** A report on the program, for the R-rules (reporting/check-report.ts); absent: a program alone. */
  reporting?: ReportingInput | null;
}

export function checkProgram(input: CheckInput): Report {
  return makeReport(collectFindings(input));
}

/** A declared sum as the folding sees it, with what reports it: one object per sum, folded as it is. */
interface Declared extends DeclaredSum {
  rule: AnyRule;
  severity: Severity;
  seq: number;
  check: SumCheck<Messages>;
}

export function collectFindings({ program, provenance: given, readIssues = [], config = DEFAULT_CONFIG, rules = ALL_RULES, reporting = null }: CheckInput): Finding[] {
  // No provenance (the store's programs): no path has a cell, and none is looked up path prefix by path prefix.
  const hasCells = given !== undefined;
  const provenance: Provenance = given ?? new Map();
  const cellOf = (path: Path): CellRef | null => (hasCells ? locate(provenance, path) : null);
  // The findings in the order they were made, with each one's place in the rules' order (`at`): the rules'
  // own come in that order, and only the folded sums' (made after every rule ran) are put in their places.
  const findings: Finding[] = [];
  const order: number[] = [];
  const declared: Declared[] = [];
  let seq = 0;
  const keys = new Set<string>();
  const unreadable = new Set<string>();
  for (let i = 0; i < readIssues.length; i++) {
    const { rule: id, path } = readIssues[i];
    if ((id === 'S004' || id === 'S005') && path !== null) unreadable.add(path);
  }
  /** One finding of a rule: checked against its meta, keyed, located. */
  const emit = (rule: AnyRule, severity: Severity, r: Reported<Messages>, at: number, extraSeverity?: Severity, affects?: Affected[]): void => {
    const { id } = rule.meta;
    const spec = rule.meta.messages[r.messageId];
    if (!spec) throw new Error(`${id}: unknown message id "${r.messageId}"`);
    const data = r.data ?? {};
    const problems = dataProblems(spec.data, data);
    if (problems.length > 0) throw new Error(`${id} ${r.messageId}: ${problems.join('; ')}`);
    if (r.fix && !rule.meta.fixable) throw new Error(`${id} reports a fix but its meta says fixable: false`);
    let key = `${id}:${r.path}`;
    if (keys.has(key) && r.at) key = `${key}@${r.at.sheet}!${r.at.cell}`;
    if (keys.has(key)) return; // one defect, one finding
    keys.add(key);
    const cell = r.at ?? cellOf(r.path);
    const own = r.severity && SEVERITY_RANK[r.severity] > SEVERITY_RANK[severity] ? r.severity : severity;
    const finding: Finding = {
      rule: id,
      severity: extraSeverity && SEVERITY_RANK[extraSeverity] < SEVERITY_RANK[own] ? extraSeverity : own,
      messageId: r.messageId,
      data: data as Finding['data'],
      path: r.path,
      key,
      sheet: cell?.sheet ?? null,
      cell: cell?.cell ?? null,
      fix: r.fix ?? null,
    };
    // Last, as the spread put it: no object made and copied per finding to add it or not.
    if (affects && affects.length > 0) finding.affects = affects;
    findings.push(finding);
    order.push(at);
  };
  // One context for every rule (the rule running now is `rule`): no closures made per rule.
  let rule: AnyRule = rules[0];
  let severity: Severity = 'error';
  const context: RuleContext<Messages> = {
    program,
    reporting,
    config,
    provenance,
    hasCells,
    readIssues,
    cellOf,
    // Nearly always none: then no path is hashed to find that out (the funding rules ask for every cell's).
    unreadable: (path) => unreadable.size > 0 && unreadable.has(path),
    anyUnreadable: (cells) => {
      if (unreadable.size === 0) return false;
      for (let i = 0; i < cells.length; i++) if (unreadable.has(cells[i].path)) return true;
      return false;
    },
    report: (r) => emit(rule, severity, r, seq++),
    sum(check) {
      declared.push({
        statement: check.statement,
        path: check.path,
        addends: check.addends,
        stated: check.stated,
        precision: check.precision ?? config.precision,
        canBlameAddend: check.blameAddend !== undefined,
        rule,
        severity,
        seq: seq++,
        check,
      });
    },
  };
  for (const r of rules) {
    const { id } = r.meta;
    const own = config.severity[id] ?? RULE_CATALOGUE[id].severity;
    if (own === 'off') continue;
    rule = r;
    severity = own;
    // Every report is checked against the rule's meta above, whatever its messages' types.
    r.check(context as never);
  }
  const made = findings.length;
  if (declared.length > 0) {
    for (const f of foldSums(declared)) {
      const d = declared[f.sum];
      const { precision } = d;
      const affected = f.affects.map((i) => declared[i]);
      const reported =
        f.kind === 'total'
          ? d.check.report(sumAmounts(d))
          : d.check.blameAddend!(f.path, {
              actual: fromScaled(scaled(f.actual, precision), precision),
              expected: fromScaled(scaled(f.actual, precision) - f.delta, precision),
            });
      // A folded sum makes the root as severe as the most severe mismatch it explains.
      const worst = affected.reduce<Severity>((w, a) => (SEVERITY_RANK[a.severity] < SEVERITY_RANK[w] ? a.severity : w), d.severity);
      const affects = new Map<string, Affected>();
      for (const a of affected) {
        if (a.path === reported.path || affects.has(a.path)) continue;
        const cell = cellOf(a.path);
        affects.set(a.path, { rule: a.rule.meta.id, path: a.path, place: a.check.place as Affected['place'], sheet: cell?.sheet ?? null, cell: cell?.cell ?? null });
      }
      emit(d.rule, d.severity, reported, d.seq, worst, [...affects.values()]);
    }
  }
  if (findings.length === made) return findings;
  // Stable: no two findings share a place in the rules' order.
  return findings.map((finding, i) => ({ finding, at: order[i] })).sort((a, b) => a.at - b.at).map((f) => f.finding);
}

/** What the addends give and what the total states, at the sum's precision. */
function sumAmounts(sum: DeclaredSum): { expected: string; actual: string } {
  const { precision } = sum;
  const added = sum.addends.reduce((acc, a) => acc + scaled(a.amount, precision), 0n);
  return { expected: fromScaled(added, precision), actual: fromScaled(scaled(sum.stated, precision), precision) };
}

function scaled(d: string | null, precision: number): bigint {
  return d === null ? 0n : toScaled(d, precision);
}
