// Whether a higher or a lower value of an indicator is better: from the rules config per indicator,
// else from word stems of its name ("Увеличение…" higher, "Снижение…", "…нарушен…" lower), else unknown.
import type { Direction, RulesConfig } from './config';
import { foldName } from './text/fold';

export type IndicatorDirection = Direction | 'unknown';

/** The folded text as words separated by single spaces, with a leading space: " доля отказов в …". */
function words(text: string): string {
  return ' ' + foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const stemWords = new Map<string, string>();

/** True when a word of the name starts with the stem ("рост" is not found in "простой"). */
function hasStem(nameWords: string, stem: string): boolean {
  let s = stemWords.get(stem);
  if (s === undefined) {
    s = words(stem);
    stemWords.set(stem, s);
  }
  return s !== ' ' && nameWords.includes(s);
}

type DirectionConfig = Pick<RulesConfig, 'directions' | 'higherIsBetter' | 'lowerIsBetter'>;

/** Several rules ask for the same indicators' directions: remember them per config. */
const remembered = new WeakMap<DirectionConfig, Map<string, IndicatorDirection>>();

export function indicatorDirection(name: string, config: DirectionConfig): IndicatorDirection {
  let known = remembered.get(config);
  if (!known) {
    known = new Map();
    remembered.set(config, known);
  }
  let direction = known.get(name);
  if (direction === undefined) {
    direction = inferDirection(name, config);
    known.set(name, direction);
  }
  return direction;
}

function inferDirection(name: string, config: DirectionConfig): IndicatorDirection {
  const folded = foldName(name);
  const configured = config.directions.find((d) => folded.includes(foldName(d.match)));
  if (configured) return configured.direction;
  const nameWords = words(name);
  const higher = config.higherIsBetter.some((stem) => hasStem(nameWords, stem));
  const lower = config.lowerIsBetter.some((stem) => hasStem(nameWords, stem));
  if (higher === lower) return 'unknown';
  return higher ? 'higher' : 'lower';
}
