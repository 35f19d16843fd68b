// Turns whatever a workbook call threw into something a person can act on: a kind (which picks the
// advice in the message map) and what happened, in both languages. The Excel adapter's errors carry
// their own Russian and English text (`text`) and the Excel error as `cause`; others give a message.
import type { Localized } from '../../domain/finding';
import { excelTroubleKind } from '../../excel/excel-error-codes';
import type { FailureKind } from '../i18n/messages';

export interface Failure {
  kind: FailureKind;
  /** What happened (Excel's words or ours), shown under the advice. */
  detail: Localized | null;
  /** Findings the failure is about (their keys): the pane marks them (a warning without explanation …). */
  keys?: string[];
}

/** A failure the pane itself decides on (no exception behind it). */
export class PaneFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.detail?.en ?? failure.kind);
    this.name = 'PaneFailure';
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

function isLocalized(value: unknown): value is Localized {
  return typeof field(value, 'ru') === 'string' && typeof field(value, 'en') === 'string';
}

export function describeFailure(error: unknown, fallback: FailureKind = 'unknown'): Failure {
  if (error instanceof PaneFailure) return error.failure;
  const text = field(error, 'text');
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : null;
  const detail = isLocalized(text) ? text : message ? { ru: message, en: message } : null;
  // Excel's codes are read in one place (src/excel/excel-error-codes.ts).
  return { kind: excelTroubleKind(error) ?? fallback, detail };
}
