// The rules config: severity per rule id, dictionaries, indicator directions, precision.
// Validated by zod (config-schema.ts); every field has a default, so `{}` is the default config: DEFAULT_CONFIG,
// written here without zod so that `sverka validate` loads none (config-schema.ts takes its defaults from it).
// Every default list is frozen: DEFAULT_CONFIG is shared by every run of one process (the store, the pane, the
// tests), and a config that pushed into its list would otherwise change every later run's defaults.
import type { RulesConfig } from './config-schema';

export type { Direction, RulesConfig, RulesConfigInput } from './config-schema';

export const DEFAULT_UNITS: readonly string[] = Object.freeze([
  '%', 'процент', 'единиц', 'единица', 'ед.', 'шт.', 'штук', 'штука', 'человек', 'чел.', 'минута', 'минут', 'мин.',
  'час', 'часов', 'день', 'дней', 'тыс. руб.', 'руб.', 'млн руб.', 'балл', 'баллов', 'км', 'кв. м', 'место', 'мест',
  'рабочих мест', 'организаций', 'учреждений', 'объект', 'объектов', 'тыс. человек', 'Мбит/с',
]);

export const DEFAULT_INDICATOR_TYPES: readonly string[] = Object.freeze([
  'Приоритетный целевой', 'Приоритетный', 'Целевой', 'Показатель муниципальной программы', 'муниципальной программы',
  'Отраслевой', 'Указ Президента', 'Указ Президента Российской Федерации', 'Рейтинг', 'Рейтинг-45', 'Рейтинг-50',
  'Соглашение', 'Региональный проект', 'Обращение Губернатора', 'Послание Губернатора', 'Адресный перечень',
  'Государственная программа', 'Национальный проект', 'Показатель реализации мероприятия',
]);

export const DEFAULT_SOURCES: readonly string[] = Object.freeze([
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
]);

/**
 * Word stems that tell an indicator's direction (the start of a word of its name). The words of change
 * ("Увеличение…", "Снижение…") are read first and decide alone; the others ("…обеспеченных…", "…нарушен…")
 * when the name says no change, and only when they all point one way.
 */
export const DEFAULT_HIGHER_IS_BETTER: readonly string[] = Object.freeze([
  'увеличени', 'рост', 'повышени', 'уровень удовлетворенности',
  'обеспеченн', 'охваченн', 'охват', 'имеющ', 'использующ', 'удовлетворенн', 'выполнени', 'защищенн', 'доступност',
  'подключенн', 'благоустроенн', 'вовлеченн', 'занимающ', 'прошедш', 'получивш', 'соответствующ', 'достигнут',
]);
export const DEFAULT_LOWER_IS_BETTER: readonly string[] = Object.freeze([
  'снижени', 'сокращени', 'нарушен', 'отказ', 'повторн', 'ожидани', 'иностранного по', 'отложенн',
  'ожидающ', 'жалоб', 'просроч', 'аварийн', 'задолженност', 'смертност', 'заболеваемост', 'преступлен', 'правонарушен',
  'травм', 'погибш', 'пострадавш', 'износ', 'не соответствующ', 'неудовлетворительн',
]);
/** The words of change: read before the other stems, and decide alone. */
export const CHANGE_STEMS: readonly string[] = Object.freeze(['увеличени', 'рост', 'повышени', 'снижени', 'сокращени', 'уменьшени']);

/** Decimals of an amount: тыс. руб. with one decimal. */
export const DEFAULT_PRECISION = 1;
/** R006's share of the elapsed part of the year: half of it. */
export const DEFAULT_REPORT_PACE = '0.5';

const NO_DIRECTIONS: Readonly<RulesConfig['directions']> = Object.freeze([]);

/**
 * The default config: what the schema makes of `{}` (test/domain/config-schema.test.ts). Frozen to its lists, which
 * it shares with the defaults above: its type says mutable lists (the schema's), so a caller that would change one
 * fails at once instead of changing every later run's defaults (test/domain/config-defaults.test.ts).
 */
export const DEFAULT_CONFIG: RulesConfig = Object.freeze({
  severity: Object.freeze({}),
  precision: DEFAULT_PRECISION,
  units: DEFAULT_UNITS as string[],
  indicatorTypes: DEFAULT_INDICATOR_TYPES as string[],
  sources: DEFAULT_SOURCES as string[],
  directions: NO_DIRECTIONS as RulesConfig['directions'],
  higherIsBetter: DEFAULT_HIGHER_IS_BETTER as string[],
  lowerIsBetter: DEFAULT_LOWER_IS_BETTER as string[],
  reportPace: DEFAULT_REPORT_PACE,
});
