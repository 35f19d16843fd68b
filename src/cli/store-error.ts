// The store's refusals and an unreachable store as the CLI's commands that read from it say them: one Russian
// line (a refusal with the store's status, code and message), exit 2 — what was asked could not be had.
// `sverka push` prints a refusal of what it sent its own way (the store's body, exit 1).
import { StoreApiError, StoreNetworkError } from '../store/client';
import { CliError } from './cli-io';

/** The CliError a store failure becomes; anything else (a CliError of the command's own, a bug) unchanged. */
export function storeCliError(error: unknown): unknown {
  if (error instanceof StoreApiError) return new CliError(`хранилище отказало (${error.status} ${error.body.error}): ${error.body.message}`);
  if (error instanceof StoreNetworkError) return new CliError(error.message, 2);
  return error;
}
