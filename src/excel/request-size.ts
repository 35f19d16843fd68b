// Excel on the web refuses a request (or a response) larger than 5 MB. The adapter estimates the size
// of what it sends (JSON of the arguments plus a fixed cost per action) and splits a batch into
// several syncs only when the estimate would pass the limit, keeping a margin for what it cannot see.

export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What the adapter allows itself in one sync: the limit less a safety margin of 10 %. */
export const SYNC_BUDGET_BYTES = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT_BYTES * 0.9);

/** A generous estimate of what one action costs besides its arguments (ids, action type, object path). */
export const ACTION_COST_BYTES = 160;

/** UTF-8 size of the JSON of a value (Cyrillic letters are two bytes). */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value) ?? 'null';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

/** The estimated request size of `actions` actions whose arguments are `args`. */
export function actionsSize(actions: number, ...args: unknown[]): number {
  let bytes = actions * ACTION_COST_BYTES;
  for (const a of args) bytes += jsonSize(a);
  return bytes;
}
