// The method of the annual effectiveness evaluation: procedures differ between municipalities, so it is
// data (a JSON file validated here) with named presets. The default is docs/design/REPORTS.md's:
// СД = fact/plan (or plan/fact), capped at 1; СДЦ = mean СД; УФ = Освоено/План; Э = СДЦ/УФ; rated by thresholds.
import { z } from 'zod';
import { Decimal } from '../amount-schema';
import { Localized } from '../finding';

export const EvaluationFormula = z.enum([
  /** Э = СДЦ / УФ (results per rouble spent). */
  'ratio',
  /** Э = СДЦ × УФ (both scores, each capped at 1). */
  'product',
  /** Э = СДЦ, as a percentage (indicators only). */
  'indicators',
  /** Э = the share of activities whose every indicator reached its plan. */
  'activities',
]);
export type EvaluationFormula = z.infer<typeof EvaluationFormula>;

export const Threshold = z.object({
  /** Э at or above this (on the method's scale) gets the rating. */
  min: Decimal,
  rating: Localized,
});
export type Threshold = z.infer<typeof Threshold>;

export const EvaluationMethod = z
  .object({
    name: Localized,
    formula: EvaluationFormula,
    /** СД of one indicator is at most 1 (over-achievement does not make up for another indicator). */
    capAchievement: z.boolean(),
    /** Э is shown ×100, as a percentage (thresholds are then percentages too). */
    percent: z.boolean(),
    /** Decimals every figure is shown with (the exact fraction is shown too). */
    decimals: z.number().int().min(0).max(10),
    /** From the highest; below the last — `below`. */
    thresholds: z.array(Threshold),
    below: Localized,
  })
  .strict();
export type EvaluationMethod = z.infer<typeof EvaluationMethod>;

const RATINGS = {
  high: { ru: 'высокая', en: 'high' },
  medium: { ru: 'средняя', en: 'medium' },
  satisfactory: { ru: 'удовлетворительная', en: 'satisfactory' },
  unsatisfactory: { ru: 'неудовлетворительная', en: 'unsatisfactory' },
} as const;

const SHARE_THRESHOLDS: Threshold[] = [
  { min: '0.9', rating: RATINGS.high },
  { min: '0.8', rating: RATINGS.medium },
  { min: '0.7', rating: RATINGS.satisfactory },
];

export const EVALUATION_PRESETS = {
  default: {
    name: { ru: 'Э = СДЦ / УФ (по умолчанию)', en: 'E = SDC / UF (default)' },
    formula: 'ratio',
    capAchievement: true,
    percent: false,
    decimals: 4,
    thresholds: SHARE_THRESHOLDS,
    below: RATINGS.unsatisfactory,
  },
  product: {
    name: { ru: 'Э = СДЦ × УФ', en: 'E = SDC × UF' },
    formula: 'product',
    capAchievement: true,
    percent: false,
    decimals: 4,
    thresholds: SHARE_THRESHOLDS,
    below: RATINGS.unsatisfactory,
  },
  indicators: {
    name: { ru: 'Э = СДЦ × 100 % (по показателям, без ограничения)', en: 'E = SDC × 100% (indicators only, uncapped)' },
    formula: 'indicators',
    capAchievement: false,
    percent: true,
    decimals: 2,
    thresholds: [
      { min: '95', rating: RATINGS.high },
      { min: '80', rating: RATINGS.medium },
      { min: '50', rating: RATINGS.satisfactory },
    ],
    below: RATINGS.unsatisfactory,
  },
  activities: {
    name: { ru: 'Э = доля выполненных мероприятий', en: 'E = share of activities completed' },
    formula: 'activities',
    capAchievement: true,
    percent: false,
    decimals: 4,
    thresholds: SHARE_THRESHOLDS,
    below: RATINGS.unsatisfactory,
  },
} as const satisfies Record<string, EvaluationMethod>;

export type EvaluationPreset = keyof typeof EVALUATION_PRESETS;
export const PRESET_NAMES = Object.keys(EVALUATION_PRESETS) as EvaluationPreset[];

/** The JSON file: a preset (default "default") and any field of the method to override it. */
export const EvaluationMethodFile = EvaluationMethod.partial()
  .extend({ preset: z.enum(PRESET_NAMES as [EvaluationPreset, ...EvaluationPreset[]]).default('default') })
  .strict()
  .superRefine((m, ctx) => {
    const t = m.thresholds;
    if (!t) return;
    for (let i = 1; i < t.length; i++) {
      if (Number(t[i].min) >= Number(t[i - 1].min)) ctx.addIssue({ code: 'custom', path: ['thresholds', i, 'min'], message: 'пороги идут от большего к меньшему' });
    }
  });
export type EvaluationMethodFile = z.input<typeof EvaluationMethodFile>;

export function resolveEvaluationMethod(file: unknown): EvaluationMethod {
  const { preset, ...overrides } = EvaluationMethodFile.parse(file ?? {});
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return EvaluationMethod.parse({ ...EVALUATION_PRESETS[preset], ...defined });
}

export const DEFAULT_EVALUATION_METHOD: EvaluationMethod = resolveEvaluationMethod({});
