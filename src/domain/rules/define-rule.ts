// A rule is a module: `defineRule({ meta, check })`. It reports data — a path, a message id declared in its
// meta, that message's data (typed by the kinds the message declares) and a fix as paths; severity comes
// from the config, words from the message map (meta.messages) through messages/render-message.ts.
// The contract is in docs/findings.md.
import type { Decimal } from '../amount';
import type { RulesConfig } from '../config';
import type { Fix, Localized } from '../finding';
import type { DataOf, DataSpec, MessageSpec, Messages, Place } from '../messages/message-data';
import type { Program } from '../model/program';
import type { Path } from '../paths';
import type { CellRef, Provenance } from '../provenance';
import type { ReportingInput } from '../reporting/reporting-input';
import type { Severity } from '../severity';
import type { RuleId } from './catalogue';

export type { MessageSpec, Messages } from '../messages/message-data';

/** Data a reader gives with a read issue: checked against the relaying rule's message declaration. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleMeta<Ms extends Messages> {
  id: RuleId;
  title: Localized;
  /** What the rule checks, for the docs and the task pane's tooltip. */
  description: Localized;
  /** The message map: per message id, the kinds of its data and its template in each language. */
  messages: Ms;
  /** As ESLint's: a rule that reports a fix must say so (the rule tester checks it both ways). */
  fixable: boolean;
}

/** Something a reader found while reading a sheet (S002, S004, S005, S008 …); its rule relays it. */
export interface ReadIssue {
  rule: RuleId;
  messageId: string;
  /** The domain path, when the value belongs to one; else the finding is keyed by its cell. */
  path: Path | null;
  sheet: string;
  cell: string;
  data: MessageData;
}

interface ReportedBase {
  path: Path;
  fix?: Fix | null;
  /** The cell, when it is not the one recorded for `path`. */
  at?: CellRef | null;
  /** A lower severity for this finding than the rule's (S001: a missing passport is only info). */
  severity?: Severity;
}

type DataPart<S extends MessageSpec> = keyof S['data'] extends never ? { data?: Record<string, never> } : { data: DataOf<S['data']> };

/** What a rule reports: one of its message ids with exactly that message's data. */
export type Reported<Ms extends Messages> = {
  [Id in keyof Ms & string]: ReportedBase & { messageId: Id } & DataPart<Ms[Id]>;
}[keyof Ms & string];

/** A sum's two amounts at the precision: what the addends give (expected) and what the cell states (actual). */
export interface SumAmounts {
  expected: Decimal;
  actual: Decimal;
}

/**
 * A sum a rule checks: the cell at `path` states the sum of the addends' cells. Declared whether it holds or
 * not, so that the runner knows which sums each cell is part of and folds the mismatches one changed cell
 * explains under that cell (one defect, one finding: docs/findings.md, src/domain/fold-sums.ts).
 */
export interface SumCheck<Ms extends Messages> {
  /**
   * What the sum is a part of. A changed cell gets one finding per statement it breaks: 'funding'
   * (Приложение 1 adds up), 'passport' (the passport adds up), 'passportFunding' (the passport agrees
   * with Приложение 1); a new kind of document names its own (the R-rules: 'report', 'reportProgram' …).
   */
  statement: string;
  /** The cell that states the total. */
  path: Path;
  /** That cell in domain terms: how a root finding names it among the cells it also affects. */
  place: Place;
  stated: Decimal | null;
  /** Each addend's cell and amount as read (null: empty, zero). */
  addends: readonly { path: Path; amount: Decimal | null }[];
  /** Decimals the amounts are compared at; the config's precision when absent. */
  precision?: number;
  /** The finding at `path` when the sum is off there (unexplained, or this total is the changed cell). */
  report(amounts: SumAmounts): Reported<Ms>;
  /**
   * The finding at one of the addends when that cell alone explains the mismatch: `actual` is its amount,
   * `expected` the amount that would make every sum it is in hold. Absent: this sum never names an addend.
   */
  blameAddend?(path: Path, amounts: SumAmounts): Reported<Ms>;
}

export interface RuleContext<Ms extends Messages> {
  program: Program;
  /** A report on the program (the R-rules): null when a program alone is checked, and the R-rules stay silent. */
  reporting: ReportingInput | null;
  config: RulesConfig;
  provenance: Provenance;
  /** The program came with the cells it was read from; false: `provenance` is empty (a program pushed as JSON). */
  hasCells: boolean;
  readIssues: readonly ReadIssue[];
  /** The cell of a path (or of its nearest recorded ancestor). */
  cellOf(path: Path): CellRef | null;
  /**
   * The value at this path could not be read (text that is not a number, S004, or an error value, S005):
   * it is null in the model, so sums that include it are not checked — one defect, one finding.
   */
  unreadable(path: Path): boolean;
  /** `unreadable` of any of these cells (a sum's addends): no closure made per sum to ask, nothing walked when none is. */
  anyUnreadable(cells: readonly { path: Path }[]): boolean;
  report(finding: Reported<Ms>): void;
  /** Checks a sum (see SumCheck): the runner reports it, or folds it under the one cell that explains it. */
  sum(check: SumCheck<Ms>): void;
}

export interface Rule<Ms extends Messages = Messages> {
  meta: RuleMeta<Ms>;
  check(context: RuleContext<Ms>): void;
}

/**
 * A rule of whatever messages, as the registry and the runner hold it. The runner checks each report
 * against the rule's meta at run time (`dataProblems`), since a list of rules cannot keep each one's types.
 */
export interface AnyRule {
  meta: RuleMeta<Messages>;
  check(context: never): void;
}

/** `const`: the message map's kinds and choices are kept literal, so that `report` is typed by them. */
export function defineRule<const Ms extends Messages>(rule: Rule<Ms>): Rule<Ms> {
  return rule;
}

/** The one answer "nothing wrong", shared by every call: readonly, so that no caller can add to it. */
const NO_PROBLEMS: readonly string[] = Object.freeze([]);

/** The placeholders of a template: "{{a}} … {{b}}" → ["a", "b"]. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
}

/** How many fields each message's data declares: counted once per spec (a rule's message map is made once). */
const DECLARED = new WeakMap<DataSpec, number>();

function declaredFields(spec: DataSpec): number {
  let count = DECLARED.get(spec);
  if (count === undefined) DECLARED.set(spec, (count = Object.keys(spec).length));
  return count;
}

/** What is wrong with reported data against its declaration: a field missing or not declared. */
export function dataProblems(spec: DataSpec, data: Readonly<Record<string, unknown>>): readonly string[] {
  // Nearly always nothing: as many own fields as declared, each declared (an own field of the spec) — then every
  // declared field is there; no lists are made for that. The data's own fields by Object.keys and an indexed loop,
  // the spec's counted once: a for-in over both, per finding, ran in the cold interpreter for every one of the
  // 1 102 findings at 100× (8 M instructions more).
  const fields = Object.keys(data);
  if (fields.length === declaredFields(spec)) {
    let declared = true;
    for (let i = 0; i < fields.length && declared; i++) declared = Object.prototype.hasOwnProperty.call(spec, fields[i]);
    if (declared) return NO_PROBLEMS;
  }
  const problems: string[] = [];
  for (const field of Object.keys(spec)) if (!(field in data)) problems.push(`the field "${field}" is missing`);
  for (const field of Object.keys(data)) if (!(field in spec)) problems.push(`the field "${field}" is not declared`);
  return problems;
}
