// A dictionary list of the rules' config (units, indicator types) as a set of folded entries, made once per
// list: the store checks every pushed program with the one config, and a config is not changed once made.
export function foldedOnce(fold: (entry: string) => string): (list: readonly string[]) => ReadonlySet<string> {
  const folded = new WeakMap<readonly string[], ReadonlySet<string>>();
  return (list) => {
    let known = folded.get(list);
    if (!known) {
      known = new Set(list.map(fold));
      folded.set(list, known);
    }
    return known;
  };
}
