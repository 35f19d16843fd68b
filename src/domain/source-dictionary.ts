// The dictionary of funding sources (F006). "Бюджет городского округа" and "Средства бюджета городского
// округа" accept the municipality's name after them ("Бюджет городского округа Ступино").
import { editDistance } from './text/edit-distance';
import { foldName } from './text/fold';

const ACCEPTS_NAME = /(городского округа|муниципального образования|муниципального района|поселения)$/;

/** A dictionary entry folded, with what a name it accepts starts with (null: the entry accepts no name after it). */
interface FoldedEntry {
  folded: string;
  namePrefix: string | null;
}

/**
 * The dictionary folded once per list: every source row of a program is matched against every entry, and the
 * store checks every pushed program with the one config (readonly: a config is not changed once made).
 */
const foldedDictionaries = new WeakMap<readonly string[], readonly FoldedEntry[]>();

function foldedDictionary(dictionary: readonly string[]): readonly FoldedEntry[] {
  let entries = foldedDictionaries.get(dictionary);
  if (!entries) {
    entries = dictionary.map((entry) => {
      const folded = foldName(entry);
      return { folded, namePrefix: ACCEPTS_NAME.test(folded) ? folded + ' ' : null };
    });
    foldedDictionaries.set(dictionary, entries);
  }
  return entries;
}

/**
 * Each name's answer, per dictionary: a program names the same few sources in every subprogram (600 source rows and
 * three names at 100×), and matching each row anew ran the matching often enough to be compiled by the optimizing
 * compiler — more instructions than the matching itself. Bounded as the other caches of names (sources.ts).
 */
const answers = new WeakMap<readonly string[], Map<string, boolean>>();
const ANSWERS_MAX = 10_000;
const ANSWERED_NAME_MAX = 500;

export function isDictionarySource(name: string, dictionary: readonly string[]): boolean {
  // A long name is matched each time, not kept (as foldName keeps no text over 500 characters): a check worker
  // sent thousands of long distinct names would otherwise hold them all.
  if (name.length > ANSWERED_NAME_MAX) return matchesDictionary(name, dictionary);
  let known = answers.get(dictionary);
  if (known === undefined) answers.set(dictionary, (known = new Map()));
  let answer = known.get(name);
  if (answer === undefined) {
    if (known.size >= ANSWERS_MAX) known.clear();
    answer = matchesDictionary(name, dictionary);
    known.set(name, answer);
  }
  return answer;
}

function matchesDictionary(name: string, dictionary: readonly string[]): boolean {
  const f = foldName(name);
  const entries = foldedDictionary(dictionary);
  for (let i = 0; i < entries.length; i++) {
    const { folded, namePrefix } = entries[i];
    if (f === folded || (namePrefix !== null && f.startsWith(namePrefix))) return true;
  }
  return false;
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
