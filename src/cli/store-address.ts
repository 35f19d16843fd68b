// The store a command talks to: --store URL or SVERKA_STORE_URL, checked to be an http(s) address, and the
// token from --token or SVERKA_STORE_TOKEN.
import { CliError, type CliIo } from './cli-io';

/** The store's address, or a Russian message that says what is wrong with it; null when none is given. */
export function storeAddressOf(option: string | undefined, io: Pick<CliIo, 'env'>): string | null {
  const store = option ?? io.env.SVERKA_STORE_URL;
  if (store === undefined || store === '') return null;
  if (!/^https?:\/\//.test(store)) throw new CliError(`--store: «${store}» — ожидается http://… или https://…`);
  return store;
}

export function storeTokenOf(option: string | undefined, io: Pick<CliIo, 'env'>): string | undefined {
  return option ?? io.env.SVERKA_STORE_TOKEN;
}
