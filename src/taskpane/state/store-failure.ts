// The store's refusals as failures a person can act on: which advice (the kind), the store's own words
// (detail) and, where the store names findings (422), their keys, so that the pane can point at them.
import type { Localized } from '../../domain/finding';
import { StoreApiError, StoreNetworkError } from '../../store/client';
import type { ApiError } from '../../store/contract/api-error';
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
  // The browser's own words ("Failed to fetch") say nothing to a finance officer: the address does.
  if (error instanceof StoreNetworkError) {
    const detail: Localized | null = error.url ? { ru: `Адрес хранилища: ${error.url}`, en: `Store address: ${error.url}` } : null;
    return { kind: error.timedOut ? 'storeTimeout' : 'storeNetwork', detail };
  }
  if (!(error instanceof StoreApiError)) return null;
  const { status, body } = error;
  const detail: Localized = { ru: body.message, en: body.messageEn };
  const kind = kindOf(status, body.error);
  const keys = kind === 'unexplainedWarnings' || kind === 'storeFoundErrors' ? keysOf(body.details, kind) : [];
  // A refused token: the advice says all (the store's own words are for administrators).
  const shown = kind === 'storeUnauthorized' || kind === 'storeTokenRevoked' || kind === 'storeTokenExpired' ? null : detail;
  return { kind, detail: shown, ...(keys.length > 0 ? { keys } : {}) };
}

/** Which advice a refusal gets: by the store's code first, by the HTTP status for codes the pane does not single out. */
function kindOf(status: number, code: ApiError['error']): FailureKind {
  switch (code) {
    case 'unexplained_warnings':
      return 'unexplainedWarnings';
    case 'validation_failed':
      return 'storeFoundErrors';
    case 'token_revoked':
      return 'storeTokenRevoked';
    case 'token_expired':
      return 'storeTokenExpired';
    default:
      if (status === 401) return 'storeUnauthorized';
      if (status === 403) return 'storeForbidden';
      if (status === 409) return 'storeConflict';
      if (status === 404) return 'storeNotFound';
      if (status === 429 || status === 503) return 'storeBusy';
      return 'storeRefused';
  }
}
