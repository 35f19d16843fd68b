// The dictionary of funding sources (F006). "Бюджет городского округа" and "Средства бюджета городского
// округа" accept the municipality's name after them ("Бюджет городского округа Ступино").
import { editDistance } from './text/edit-distance';
import { foldName } from './text/fold';

const ACCEPTS_NAME = /(городского округа|муниципального образования|муниципального района|поселения)$/;

export function isDictionarySource(name: string, dictionary: readonly string[]): boolean {
  const f = foldName(name);
  return dictionary.some((entry) => {
    const e = foldName(entry);
    return f === e || (ACCEPTS_NAME.test(e) && f.startsWith(e + ' '));
  });
}

/** The dictionary entry nearest to a name (by edit distance of the folded texts, the name cut to the entry's length). */
export function nearestDictionarySource(name: string, dictionary: readonly string[]): string | null {
  const f = foldName(name);
  let best: { entry: string; distance: number } | null = null;
  for (const entry of dictionary) {
    const e = foldName(entry);
    const compared = ACCEPTS_NAME.test(e) ? f.slice(0, e.length) : f;
    const distance = editDistance(compared, e);
    if (!best || distance < best.distance) best = { entry, distance };
  }
  return best ? best.entry : null;
}
