// A rule is a module: `defineRule({ meta, check })`. It reports data (a path, typed message id,
// expected/actual, a fix); severity comes from the config, words from its message templates.
import type { RulesConfig } from '../config';
import type { Fix, Localized } from '../finding';
import type { Program } from '../model/program';
import type { Path } from '../paths';
import type { CellRef, Provenance } from '../provenance';
import type { Severity } from '../severity';
import type { RuleId } from './catalogue';

export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleMeta<M extends string> {
  id: RuleId;
  title: Localized;
  /** What the rule checks, for the docs and the task pane's tooltip. */
  description: Localized;
  /** Message templates with {{placeholders}} filled from the reported data. */
  messages: Readonly<Record<M, Localized>>;
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
  expected?: string | null;
  actual?: string | null;
}

export interface Reported<M extends string> {
  messageId: M;
  path: Path;
  data?: MessageData;
  expected?: string | null;
  actual?: string | null;
  fix?: Fix | null;
  /** The cell, when it is not the one recorded for `path`. */
  at?: CellRef | null;
  /** A lower severity for this finding than the rule's (S001: a missing passport is only info). */
  severity?: Severity;
}

export interface RuleContext<M extends string> {
  program: Program;
  config: RulesConfig;
  provenance: Provenance;
  readIssues: readonly ReadIssue[];
  /** The cell of a path (or of its nearest recorded ancestor). */
  cellOf(path: Path): CellRef | null;
  /**
   * The value at this path could not be read (text that is not a number, S004, or an error value, S005):
   * it is null in the model, so sums that include it are not checked — one defect, one finding.
   */
  unreadable(path: Path): boolean;
  report(finding: Reported<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills {{name}} placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function renderTemplate(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
