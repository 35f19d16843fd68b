// A table-driven tester for rules, after ESLint's RuleTester: valid programs give no finding; each
// invalid program gives exactly the listed findings (message id, path, data, fix), in order.
// It refuses an expected message id the rule does not have; it checks `meta.fixable` as ESLint does (a rule
// that reports a fix must declare it; every finding of a fixable rule's invalid case must state its fix, null
// for none); and it wants, for every message id of the rule, a case that gives it and one rendered-message check.
import { appendFileSync } from 'node:fs';
import { collectFindings } from '../../src/domain/check-program';
import { RulesConfig, type RulesConfigInput } from '../../src/domain/config-schema';
import type { Finding, Fix } from '../../src/domain/finding';
import { renderMessage } from '../../src/domain/messages/render-message';
import type { Program } from '../../src/domain/model/program';
import type { Path } from '../../src/domain/paths';
import type { Provenance } from '../../src/domain/provenance';
import type { ReportingInput } from '../../src/domain/reporting/reporting-input';
import type { AnyRule, ReadIssue } from '../../src/domain/rules/define-rule';
import type { Severity } from '../../src/domain/severity';

export interface ExpectedFinding {
  messageId: string;
  path: Path;
  /** Fields of the finding's data, each compared as a whole (deep equality). */
  data?: Record<string, unknown>;
  severity?: Severity;
  sheet?: string | null;
  cell?: string | null;
  /** The fix this finding must carry; null: no fix. Required for each finding of a fixable rule. */
  fix?: Fix | null;
  /** The message as rendered: at least one per message id of the rule. */
  message?: { ru: string; en: string };
  /** The paths of the other cells the finding explains (its `affects`, docs/findings.md); [] for none. */
  affects?: Path[];
}

interface CaseInput {
  name: string;
  program: Program;
  provenance?: Provenance;
  readIssues?: readonly ReadIssue[];
  config?: RulesConfigInput;
  /**
   * Rules run beside the one under test: the sums they check take part in the folding (one defect, one
   * finding), e.g. a year amount F001 blames only when a column total disagrees with it too. Only the
   * findings of the rule under test are compared; what it folds shows in their `affects`.
   */
  beside?: readonly AnyRule[];
  /** A report on the program (the R-rules): the report, the program it refers to (or null), the previous report. */
  reporting?: ReportingInput;
}

export type ValidCase = CaseInput;

export interface InvalidCase extends CaseInput {
  errors: ExpectedFinding[];
  /** The fix of the first finding (a shorthand for `errors[0].fix`). */
  fix?: Fix | null;
}

function run(rule: AnyRule, input: CaseInput): Finding[] {
  const findings = collectFindings({
    program: input.program,
    provenance: input.provenance,
    readIssues: input.readIssues,
    config: RulesConfig.parse(input.config ?? {}),
    rules: [rule, ...(input.beside ?? [])],
    reporting: input.reporting ?? null,
  });
  return findings.filter((f) => f.rule === rule.meta.id);
}

/** Runs a case, turning the runner's refusal (undeclared data, an undeclared fix) into a problem. */
function attempt(rule: AnyRule, input: CaseInput): { findings: Finding[]; problem: string | null } {
  try {
    return { findings: run(rule, input), problem: null };
  } catch (error) {
    return { findings: [], problem: (error as Error).message };
  }
}

function unfilled(f: Finding): string[] {
  return (['ru', 'en'] as const).map((lang) => renderMessage(f, lang)).filter((m) => /\{\{\s*\w+\s*\}\}/.test(m)).map((m) => `${f.path}: a placeholder is left unfilled in "${m}"`);
}

/** What is wrong with a valid case: every finding it gives. */
export function validCaseProblems(rule: AnyRule, c: ValidCase): string[] {
  const { findings, problem } = attempt(rule, c);
  if (problem) return [problem];
  return findings.map((f) => `unexpected ${f.rule} ${f.messageId} at ${f.path}: ${renderMessage(f, 'ru')}`);
}

/** What is wrong with an invalid case: an unknown message id, a missing, extra or different finding, an unstated or unexpected fix. */
export function invalidCaseProblems(rule: AnyRule, c: InvalidCase): string[] {
  const problems: string[] = [];
  for (const e of c.errors.map((x, i) => (i === 0 && x.fix === undefined ? { ...x, fix: c.fix } : x))) {
    if (!Object.prototype.hasOwnProperty.call(rule.meta.messages, e.messageId)) {
      problems.push(`${rule.meta.id} has no message id "${e.messageId}" (it has: ${Object.keys(rule.meta.messages).join(', ')})`);
    }
    if (!rule.meta.fixable && e.fix) problems.push(`${rule.meta.id} is not fixable (meta.fixable is false), yet the case expects the fix ${JSON.stringify(e.fix)}`);
  }
  if (c.errors.length === 0) problems.push('an invalid case must list at least one finding');
  if (problems.length > 0) return problems;

  const { findings, problem } = attempt(rule, c);
  if (problem) return [problem];
  if (findings.length !== c.errors.length) {
    problems.push(`expected ${c.errors.length} finding(s), got ${findings.length}: ${findings.map((f) => `${f.messageId} at ${f.path}`).join('; ')}`);
  }
  findings.forEach((f, i) => {
    problems.push(...unfilled(f));
    const listed = c.errors[i];
    if (!listed) return;
    const e = i === 0 && listed.fix === undefined && c.fix !== undefined ? { ...listed, fix: c.fix } : listed;
    const at = `finding ${i + 1}`;
    if (f.messageId !== e.messageId) problems.push(`${at}: message id ${f.messageId}, expected ${e.messageId}`);
    if (f.path !== e.path) problems.push(`${at}: path ${f.path}, expected ${e.path}`);
    for (const [field, value] of Object.entries(e.data ?? {})) {
      if (!(field in f.data)) problems.push(`${at}: data has no field "${field}"`);
      else if (JSON.stringify(f.data[field]) !== JSON.stringify(value)) problems.push(`${at}: data.${field} ${JSON.stringify(f.data[field])}, expected ${JSON.stringify(value)}`);
    }
    if (e.affects !== undefined) {
      const got = (f.affects ?? []).map((a) => a.path);
      if (JSON.stringify(got) !== JSON.stringify(e.affects)) problems.push(`${at}: affects ${JSON.stringify(got)}, expected ${JSON.stringify(e.affects)}`);
    }
    for (const field of ['severity', 'sheet', 'cell'] as const) {
      if (e[field] !== undefined && f[field] !== e[field]) problems.push(`${at}: ${field} ${JSON.stringify(f[field])}, expected ${JSON.stringify(e[field])}`);
    }
    if (e.message) {
      for (const lang of ['ru', 'en'] as const) {
        const text = renderMessage(f, lang);
        if (text !== e.message[lang]) problems.push(`${at}: the ${lang} message is\n  ${text}\nexpected\n  ${e.message[lang]}`);
      }
    }
    if (rule.meta.fixable && e.fix === undefined) {
      problems.push(`${at}: ${rule.meta.id} is fixable, so the case must state the fix (null for none); the rule gives ${JSON.stringify(f.fix)}`);
    } else if (f.fix !== null && e.fix === undefined) {
      problems.push(`${at}: the rule gives the fix ${JSON.stringify(f.fix)}, the case does not say which fix it expects`);
    } else if (e.fix !== undefined && JSON.stringify(f.fix) !== JSON.stringify(e.fix)) {
      problems.push(`${at}: fix ${JSON.stringify(f.fix)}, expected ${JSON.stringify(e.fix)}`);
    }
  });
  return problems;
}

/** What the cases leave untested: a message id no case gives, or gives without a rendered-message check. */
export function coverageProblems(rule: AnyRule, invalid: readonly InvalidCase[]): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(rule.meta.messages)) {
    const expected = invalid.flatMap((c) => c.errors).filter((e) => e.messageId === id);
    if (expected.length === 0) problems.push(`${rule.meta.id}: no invalid case gives the message id "${id}"`);
    else if (!expected.some((e) => e.message)) problems.push(`${rule.meta.id}: no case checks the rendered message of "${id}" (add message: {ru, en} to one)`);
  }
  return problems;
}

export const ruleTester = {
  run(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(`${rule.meta.id} ${rule.meta.title.en}`, () => {
      if (cases.valid.length === 0 || cases.invalid.length === 0) throw new Error(`${rule.meta.id}: a rule needs at least one valid and one invalid case`);
      it('has a case and a rendered message for each of its message ids', () => {
        const problems = coverageProblems(rule, cases.invalid);
        if (process.env.RULE_TESTER_DUMP) dumpMessages(rule, cases.invalid, process.env.RULE_TESTER_DUMP);
        expect(problems).toEqual([]);
      });
      describe('valid', () => {
        for (const c of cases.valid) it(c.name, () => expect(validCaseProblems(rule, c)).toEqual([]));
      });
      describe('invalid', () => {
        for (const c of cases.invalid) it(c.name, () => expect(invalidCaseProblems(rule, c)).toEqual([]));
      });
    });
  },
};

/** For writing the rendered-message checks of a new rule: the first finding of each unchecked message id, to a JSON-lines file. */
function dumpMessages(rule: AnyRule, invalid: readonly InvalidCase[], file: string): void {
  for (const id of Object.keys(rule.meta.messages)) {
    if (invalid.some((c) => c.errors.some((e) => e.messageId === id && e.message))) continue;
    for (const c of invalid) {
      const index = c.errors.findIndex((e) => e.messageId === id);
      if (index < 0) continue;
      const f = attempt(rule, c).findings[index];
      if (!f) continue;
      appendFileSync(file, JSON.stringify({ file: expect.getState().testPath, name: c.name, index, ru: renderMessage(f, 'ru'), en: renderMessage(f, 'en') }) + '\n');
      break;
    }
  }
}
