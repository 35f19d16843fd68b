// Whether a finding's item needs drawing again. Every keystroke in an explanation changes the pane's state,
// and each of the list's items was drawn again: with 1 100 findings (the example ×100) a key took ≈ 150 ms
// in the production build. An item is drawn again only when one of its own props changed — by identity, as
// React compares them, except «the other warnings like this one», a list made afresh on every render whose
// content is what counts.

/** Props equal by identity, `similar` (an array) equal by its items in order. */
export function sameItemProps<P extends { similar: readonly string[] }>(before: Readonly<P>, after: Readonly<P>): boolean {
  const keys = Object.keys(after) as (keyof P)[];
  if (keys.length !== Object.keys(before).length) return false;
  for (const key of keys) {
    if (key === 'similar') continue;
    if (!Object.is(before[key], after[key])) return false;
  }
  const a = before.similar;
  const b = after.similar;
  return a === b || (a.length === b.length && a.every((k, i) => k === b[i]));
}
