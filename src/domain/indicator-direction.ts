// Whether a higher or a lower value of an indicator is better: from the rules config per indicator, else
// from word stems of its name (the words of change first: "Увеличение…" higher, "Снижение…" lower; then
// the others: "…обеспеченных…" higher, "…нарушен…", "…ожидающих…" lower), else unknown. When the words say
// nothing, the plan's own trend is an assumption (`planDirection`), which the report states (I013).
import { CHANGE_STEMS, type Direction, type RulesConfig } from './config';
import { indicatorRows } from './indicator-rows';
import { compareDecimals } from './indicator-values';
import type { IndicatorTable, IndicatorValue } from './model/indicators';
import { foldName } from './text/fold';
import { spaceNonWordRuns } from './text/non-word-runs';

export type IndicatorDirection = Direction | 'unknown';

/** The folded text as words separated by single spaces, with a leading space: " доля отказов в …". */
function words(text: string): string {
  return ' ' + spaceNonWordRuns(foldName(text)).trim();
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

/**
 * Several rules ask for the same indicators' directions: remember them per config. Bounded: the store checks
 * every pushed program with the one default config, for as long as it runs, and each names its own indicators.
 */
const remembered = new WeakMap<DirectionConfig, Map<string, IndicatorDirection>>();
export const REMEMBERED_DIRECTIONS_MAX = 20_000;

/** How many names' directions are remembered for `config` (for tests of the bound). */
export function rememberedDirections(config: DirectionConfig): number {
  return remembered.get(config)?.size ?? 0;
}

export function indicatorDirection(name: string, config: DirectionConfig): IndicatorDirection {
  let known = remembered.get(config);
  if (!known) {
    known = new Map();
    remembered.set(config, known);
  }
  let direction = known.get(name);
  if (direction === undefined) {
    direction = inferDirection(name, config);
    if (known.size >= REMEMBERED_DIRECTIONS_MAX) known.clear();
    known.set(name, direction);
  }
  return direction;
}

/** The worded directions of a table's indicators, for the config they were found with. */
const tableDirections = new WeakMap<IndicatorTable, { config: DirectionConfig; directions: readonly IndicatorDirection[] }>();

/**
 * The configured or worded direction of every indicator of the table, in `indicatorRows` order: I006, I007 and
 * I013 each ask for every indicator's, and a name is a long key to look up (hashed and compared in full) —
 * found once per table and config, not once per rule.
 */
export function rowDirections(table: IndicatorTable, config: DirectionConfig): readonly IndicatorDirection[] {
  const known = tableDirections.get(table);
  if (known && known.config === config) return known.directions;
  const directions = indicatorRows(table).map((r) => indicatorDirection(r.indicator.name, config));
  tableDirections.set(table, { config, directions });
  return directions;
}

const CHANGE = new Set(CHANGE_STEMS);

function inferDirection(name: string, config: DirectionConfig): IndicatorDirection {
  const folded = foldName(name);
  const configured = config.directions.find((d) => folded.includes(foldName(d.match)));
  if (configured) return configured.direction;
  const nameWords = words(name);
  const tier = (change: boolean): IndicatorDirection => {
    const higher = config.higherIsBetter.some((stem) => CHANGE.has(stem) === change && hasStem(nameWords, stem));
    const lower = config.lowerIsBetter.some((stem) => CHANGE.has(stem) === change && hasStem(nameWords, stem));
    if (higher === lower) return 'unknown';
    return higher ? 'higher' : 'lower';
  };
  const byChange = tier(true);
  return byChange !== 'unknown' ? byChange : tier(false);
}

/**
 * The direction the plan itself takes: every planned value (bounds aside) at least the one before and one
 * more — higher; the other way — lower; a flat or a zigzag plan says nothing.
 */
export function planDirection(plan: readonly (IndicatorValue | null)[]): IndicatorDirection {
  let up = false;
  let down = false;
  let previous: IndicatorValue | null = null;
  for (const v of plan) {
    if (!v || v.bound !== null) continue;
    if (previous) {
      const c = compareDecimals(v.value, previous.value);
      if (c > 0) up = true;
      else if (c < 0) down = true;
    }
    previous = v;
  }
  if (up === down) return 'unknown';
  return up ? 'higher' : 'lower';
}

/**
 * The direction a rule judges by: the configured or worded one (`indicatorDirection`, found once per row by
 * `rowDirections`), else the plan's trend (an assumption, I013).
 */
export function judgedFrom(worded: IndicatorDirection, plan: readonly (IndicatorValue | null)[]): { direction: IndicatorDirection; assumed: boolean } {
  if (worded !== 'unknown') return { direction: worded, assumed: false };
  const trend = planDirection(plan);
  return { direction: trend, assumed: trend !== 'unknown' };
}
