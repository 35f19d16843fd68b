// The rules config: severity per rule id, dictionaries, indicator directions, precision.
// Validated by zod; every field has a default, so `{}` is the default config.
import { z } from 'zod';
import { RULE_IDS, type RuleId } from './rules/catalogue';
import { ConfiguredSeverity } from './severity';

export const Direction = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof Direction>;

export const DEFAULT_UNITS = [
  '%', 'процент', 'единиц', 'единица', 'ед.', 'шт.', 'штук', 'штука', 'человек', 'чел.', 'минута', 'минут', 'мин.',
  'час', 'часов', 'день', 'дней', 'тыс. руб.', 'руб.', 'млн руб.', 'балл', 'баллов', 'км', 'кв. м', 'место', 'мест',
  'рабочих мест', 'организаций', 'учреждений', 'объект', 'объектов', 'тыс. человек', 'Мбит/с',
];

export const DEFAULT_INDICATOR_TYPES = [
  'Приоритетный целевой', 'Приоритетный', 'Целевой', 'Показатель муниципальной программы', 'муниципальной программы',
  'Отраслевой', 'Указ Президента', 'Указ Президента Российской Федерации', 'Рейтинг', 'Рейтинг-45', 'Рейтинг-50',
  'Соглашение', 'Региональный проект', 'Обращение Губернатора', 'Послание Губернатора', 'Адресный перечень',
  'Государственная программа', 'Национальный проект', 'Показатель реализации мероприятия',
];

export const DEFAULT_SOURCES = [
  'Федеральный бюджет',
  'Бюджет Московской области',
  'Средства бюджета Московской области',
  'Бюджет городского округа',
  'Средства бюджета городского округа',
  'Бюджет муниципального образования',
  'Бюджет муниципального района',
  'Бюджет городского поселения',
  'Средства бюджета городского поселения',
  'Бюджет сельского поселения',
  'Средства бюджета сельского поселения',
  'Внебюджетные источники',
];

/**
 * Word stems that tell an indicator's direction (the start of a word of its name). The words of change
 * ("Увеличение…", "Снижение…") are read first and decide alone; the others ("…обеспеченных…", "…нарушен…")
 * when the name says no change, and only when they all point one way.
 */
export const DEFAULT_HIGHER_IS_BETTER = [
  'увеличени', 'рост', 'повышени', 'уровень удовлетворенности',
  'обеспеченн', 'охваченн', 'охват', 'имеющ', 'использующ', 'удовлетворенн', 'выполнени', 'защищенн', 'доступност',
  'подключенн', 'благоустроенн', 'вовлеченн', 'занимающ', 'прошедш', 'получивш', 'соответствующ', 'достигнут',
];
export const DEFAULT_LOWER_IS_BETTER = [
  'снижени', 'сокращени', 'нарушен', 'отказ', 'повторн', 'ожидани', 'иностранного по', 'отложенн',
  'ожидающ', 'жалоб', 'просроч', 'аварийн', 'задолженност', 'смертност', 'заболеваемост', 'преступлен', 'правонарушен',
  'травм', 'погибш', 'пострадавш', 'износ', 'не соответствующ', 'неудовлетворительн',
];
/** The words of change: read before the other stems, and decide alone. */
export const CHANGE_STEMS = ['увеличени', 'рост', 'повышени', 'снижени', 'сокращени', 'уменьшени'];

const severityShape = Object.fromEntries(RULE_IDS.map((id) => [id, ConfiguredSeverity.optional()])) as Record<
  RuleId,
  z.ZodOptional<typeof ConfiguredSeverity>
>;

export const RulesConfig = z
  .object({
    /** Overrides of the catalogue's default severities; "off" silences a rule. */
    severity: z.object(severityShape).strict().default({}),
    /** Decimals of an amount (тыс. руб. with one decimal). */
    precision: z.number().int().min(0).max(6).default(1),
    units: z.array(z.string()).default(DEFAULT_UNITS),
    indicatorTypes: z.array(z.string()).default(DEFAULT_INDICATOR_TYPES),
    /** Source names; "Бюджет городского округа" also accepts "Бюджет городского округа <name>". */
    sources: z.array(z.string()).default(DEFAULT_SOURCES),
    /** The direction of named indicators; `match` is a part of the name (case and spaces folded). */
    directions: z.array(z.object({ match: z.string().min(1), direction: Direction })).default([]),
    /** Words that tell the direction when no entry of `directions` matches. */
    higherIsBetter: z.array(z.string()).default(DEFAULT_HIGHER_IS_BETTER),
    lowerIsBetter: z.array(z.string()).default(DEFAULT_LOWER_IS_BETTER),
    /**
     * R006: a line is behind the year's pace when Освоено / План is below this share of the elapsed part of the
     * year (quarters / 4); "0.5" — half of it.
     */
    reportPace: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'доля от 0 до 1, например "0.5"').default('0.5'),
  })
  .strict();
export type RulesConfig = z.infer<typeof RulesConfig>;
export type RulesConfigInput = z.input<typeof RulesConfig>;

export const DEFAULT_CONFIG: RulesConfig = RulesConfig.parse({});
