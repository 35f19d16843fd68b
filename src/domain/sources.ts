// Funding sources are matched by category, not by exact wording: "Бюджет городского округа Ступино",
// "…Ступино Московской области" in the passport and "Средства бюджета городского округа" are one source.
import { foldName } from './text/fold';

export type SourceCategory = 'federal' | 'regional' | 'municipal' | 'extrabudgetary';

export const SOURCE_CATEGORIES: readonly SourceCategory[] = ['federal', 'regional', 'municipal', 'extrabudgetary'];

/**
 * Categories found already, by name as written: a program names the same three or four sources in every
 * subprogram block, and several rules ask for each row's (the patterns below are tried once per name, not per
 * row). Bounded like foldName's cache: the store checks program after program for as long as it runs.
 */
const CATEGORIES = new Map<string, SourceCategory | null>();
const CATEGORIES_MAX = 20_000;

/** The category of a source name, or null when it is none of the four. */
export function sourceCategory(name: string): SourceCategory | null {
  const known = CATEGORIES.get(name);
  if (known !== undefined) return known;
  const category = categoryOf(name);
  if (CATEGORIES.size >= CATEGORIES_MAX) CATEGORIES.clear();
  CATEGORIES.set(name, category);
  return category;
}

function categoryOf(name: string): SourceCategory | null {
  const f = foldName(name);
  if (/внебюджетн/.test(f)) return 'extrabudgetary';
  if (/федеральн/.test(f)) return 'federal';
  if (
    /(городск|сельск|муниципальн|местн|районн|поселенческ)\S* (округ|поселени|район|образовани|бюджет)|бюджет\S* (городского|сельского|муниципального|города|района|поселени|г\.|г\.о\.г|мо )|бюджетов муниципальных|бюджеты муниципальных/.test(f)
  ) {
    return 'municipal';
  }
  if (/областн|краев|республиканск|окружн|московской области|субъекта/.test(f)) return 'regional';
  return null;
}

/** A stable key per source row: its category, or "other:<folded name>"; repeats get "#2", "#3". */
export function sourceKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = sourceCategory(name) ?? `other:${foldName(name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export const SOURCE_CATEGORY_LABEL: Readonly<Record<SourceCategory, { ru: string; en: string }>> = {
  federal: { ru: 'Федеральный бюджет', en: 'Federal budget' },
  regional: { ru: 'Бюджет Московской области', en: 'Moscow Region budget' },
  municipal: { ru: 'Бюджет городского округа', en: 'Municipal budget' },
  extrabudgetary: { ru: 'Внебюджетные источники', en: 'Extra-budgetary sources' },
};
