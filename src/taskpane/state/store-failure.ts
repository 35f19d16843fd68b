// The store's refusals as failures a person can act on: which advice (the kind), the store's own words
// (detail) and, where the store names findings (422), their keys, so that the pane can point at them.
import type { Localized } from '../../domain/finding';
import { StoreApiError, StoreNetworkError } from '../../store/client';
import { UnexplainedWarningsDetails, ValidationFailedDetails } from '../../store/contract/submission';
import type { FailureKind } from '../i18n/messages';
import type { Failure } from './failure';

/** The finding keys a 422 names: the missing explanations, or the errors of the store's report. */
function keysOf(details: unknown, kind: 'unexplainedWarnings' | 'storeFoundErrors'): string[] {
  if (kind === 'unexplainedWarnings') {
    const parsed = UnexplainedWarningsDetails.safeParse(details);
    return parsed.success ? parsed.data.missing : [];
  }
  const parsed = ValidationFailedDetails.safeParse(details);
  return parsed.success ? parsed.data.report.findings.filter((f) => f.severity === 'error').map((f) => f.key) : [];
}

/** A failure of a store call, or null when the error did not come from the store. */
export function describeStoreFailure(error: unknown): Failure | null {
  if (error instanceof StoreNetworkError) {
    return { kind: 'storeNetwork', detail: { ru: error.message, en: error.message } };
  }
  if (!(error instanceof StoreApiError)) return null;
  const { status, body } = error;
  const detail: Localized = { ru: body.message, en: body.messageEn };
  const kind: FailureKind =
    body.error === 'unexplained_warnings'
      ? 'unexplainedWarnings'
      : body.error === 'validation_failed'
        ? 'storeFoundErrors'
        : status === 401
          ? 'storeUnauthorized'
          : status === 403
            ? 'storeForbidden'
            : status === 409
              ? 'storeConflict'
              : status === 404
                ? 'storeNotFound'
                : status === 429 || status === 503
                  ? 'storeBusy'
                  : 'storeRefused';
  const keys = kind === 'unexplainedWarnings' || kind === 'storeFoundErrors' ? keysOf(body.details, kind) : [];
  return { kind, detail, ...(keys.length > 0 ? { keys } : {}) };
}
