// Whether a higher or a lower value of an indicator is better: from the rules config per indicator,
// else from word stems of its name ("Увеличение…" higher, "Снижение…", "…нарушен…" lower), else unknown.
import type { Direction, RulesConfig } from './config';
import { foldName } from './text/fold';

export type IndicatorDirection = Direction | 'unknown';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a word of the folded name starts with the folded stem ("рост" is not found in "простой"). */
function hasStem(foldedName: string, stem: string): boolean {
  const s = foldName(stem);
  return s !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(s)}`, 'u').test(foldedName);
}

export function indicatorDirection(name: string, config: Pick<RulesConfig, 'directions' | 'higherIsBetter' | 'lowerIsBetter'>): IndicatorDirection {
  const folded = foldName(name);
  const configured = config.directions.find((d) => folded.includes(foldName(d.match)));
  if (configured) return configured.direction;
  const higher = config.higherIsBetter.some((stem) => hasStem(folded, stem));
  const lower = config.lowerIsBetter.some((stem) => hasStem(folded, stem));
  if (higher === lower) return 'unknown';
  return higher ? 'higher' : 'lower';
}
