// A table-driven tester for rules, after ESLint's RuleTester: valid programs give no finding; each
// invalid program gives exactly the listed findings (message id, path, expected, actual, fix), in order.
// It refuses an expected message id the rule does not have, and a finding with a fix the case does not expect.
import { collectFindings } from '../../src/domain/check-program';
import { RulesConfig, type RulesConfigInput } from '../../src/domain/config';
import type { Finding, Fix } from '../../src/domain/finding';
import type { Program } from '../../src/domain/model/program';
import type { Path } from '../../src/domain/paths';
import type { Provenance } from '../../src/domain/provenance';
import type { ReadIssue, Rule } from '../../src/domain/rules/define-rule';
import type { Severity } from '../../src/domain/severity';

export interface ExpectedFinding {
  messageId: string;
  path: Path;
  expected?: string | null;
  actual?: string | null;
  severity?: Severity;
  sheet?: string | null;
  cell?: string | null;
  /** The fix this finding must carry; null: no fix. */
  fix?: Fix | null;
}

interface CaseInput {
  name: string;
  program: Program;
  provenance?: Provenance;
  readIssues?: readonly ReadIssue[];
  config?: RulesConfigInput;
}

export type ValidCase = CaseInput;

export interface InvalidCase extends CaseInput {
  errors: ExpectedFinding[];
  /** The fix of the first finding (a shorthand for `errors[0].fix`). */
  fix?: Fix | null;
}

function run(rule: Rule, input: CaseInput): Finding[] {
  return collectFindings({
    program: input.program,
    provenance: input.provenance,
    readIssues: input.readIssues,
    config: RulesConfig.parse(input.config ?? {}),
    rules: [rule],
  });
}

function unfilled(f: Finding): string[] {
  return [f.message.ru, f.message.en].filter((m) => /\{\{\s*\w+\s*\}\}/.test(m)).map((m) => `${f.path}: a placeholder is left unfilled in "${m}"`);
}

/** What is wrong with a valid case: every finding it gives. */
export function validCaseProblems(rule: Rule, c: ValidCase): string[] {
  return run(rule, c).map((f) => `unexpected ${f.rule} ${f.messageId} at ${f.path}: ${f.message.ru}`);
}

/** What is wrong with an invalid case: an unknown message id, a missing, extra or different finding, an unexpected fix. */
export function invalidCaseProblems(rule: Rule, c: InvalidCase): string[] {
  const problems: string[] = [];
  for (const e of c.errors) {
    if (!Object.prototype.hasOwnProperty.call(rule.meta.messages, e.messageId)) {
      problems.push(`${rule.meta.id} has no message id "${e.messageId}" (it has: ${Object.keys(rule.meta.messages).join(', ')})`);
    }
  }
  if (c.errors.length === 0) problems.push('an invalid case must list at least one finding');
  if (problems.length > 0) return problems;

  const findings = run(rule, c);
  if (findings.length !== c.errors.length) {
    problems.push(`expected ${c.errors.length} finding(s), got ${findings.length}: ${findings.map((f) => `${f.messageId} at ${f.path}`).join('; ')}`);
  }
  findings.forEach((f, i) => {
    problems.push(...unfilled(f));
    const e = c.errors[i];
    if (!e) return;
    const at = `finding ${i + 1}`;
    if (f.messageId !== e.messageId) problems.push(`${at}: message id ${f.messageId}, expected ${e.messageId}`);
    if (f.path !== e.path) problems.push(`${at}: path ${f.path}, expected ${e.path}`);
    for (const field of ['expected', 'actual', 'severity', 'sheet', 'cell'] as const) {
      if (e[field] !== undefined && f[field] !== e[field]) problems.push(`${at}: ${field} ${JSON.stringify(f[field])}, expected ${JSON.stringify(e[field])}`);
    }
    const wanted = e.fix !== undefined ? e.fix : i === 0 ? c.fix : undefined;
    if (f.fix !== null && wanted === undefined) problems.push(`${at}: the rule gives the fix ${JSON.stringify(f.fix)}, the case does not say which fix it expects`);
    else if (wanted !== undefined && JSON.stringify(f.fix) !== JSON.stringify(wanted)) problems.push(`${at}: fix ${JSON.stringify(f.fix)}, expected ${JSON.stringify(wanted)}`);
  });
  return problems;
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(`${rule.meta.id} ${rule.meta.title.en}`, () => {
      if (cases.valid.length === 0 || cases.invalid.length === 0) throw new Error(`${rule.meta.id}: a rule needs at least one valid and one invalid case`);
      describe('valid', () => {
        for (const c of cases.valid) it(c.name, () => expect(validCaseProblems(rule, c)).toEqual([]));
      });
      describe('invalid', () => {
        for (const c of cases.invalid) it(c.name, () => expect(invalidCaseProblems(rule, c)).toEqual([]));
      });
    });
  },
};
