// A refusal the handlers throw; the error handler turns it into `{ error, message, messageEn, details }`.
import { API_ERROR_CODES, type ApiError, type ApiErrorCode } from '../store/contract/api-error';

export class ApiFailure extends Error {
  readonly status: number;
  /** Already written to the audit log (or counted by its throttle) where it was raised. */
  audited = false;

  constructor(
    readonly code: ApiErrorCode,
    readonly messageRu: string,
    readonly messageEn: string,
    readonly details: unknown = null,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${messageEn}`);
    this.status = API_ERROR_CODES[code];
  }

  markAudited(): this {
    this.audited = true;
    return this;
  }

  toBody(): ApiError {
    return { error: this.code, message: this.messageRu, messageEn: this.messageEn, details: this.details };
  }
}
