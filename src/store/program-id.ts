// programId: a stable slug from the municipality, the title and the period, so that every push
// of the same program lands on the same id whoever sends it and however its cells are laid out.
// "городского округа Ступино Московской области" + "Цифровое муниципальное образование" + 2020–2024
// → "gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-2020-2024".
import type { Program } from '../domain/model/program';
import { LATIN_TO_CYRILLIC } from '../domain/text/fold';

const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Slugs longer than this are cut and get a hash of the whole, so that they stay distinct. */
export const MAX_SLUG_LENGTH = 160;

/** Lower-case Latin slug of a Russian text; a word mixing alphabets ("Cтупино", Latin C) is read as Cyrillic. */
export function slugify(text: string): string {
  const words = text.normalize('NFC').split(/[\s\u00a0\u202f]+/);
  const out = words.map((word) => {
    const cyrillic = /[а-яё]/i.test(word);
    let latin = '';
    for (const ch of word) {
      const letter = cyrillic ? (LATIN_TO_CYRILLIC[ch] ?? ch) : ch;
      const lower = letter.toLowerCase();
      latin += TRANSLIT[lower] ?? lower;
    }
    return latin;
  });
  return out
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell apart two long titles cut at the same place. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function programIdOf(program: Pick<Program, 'municipality' | 'title' | 'period'>): string {
  return idOfSlugs(slugify(program.municipality), slugify(program.title), program.period);
}

function idOfSlugs(municipality: string, title: string, period: Program['period']): string {
  const parts = [municipality, title, `${period.from}-${period.to}`].filter((p) => p !== '');
  const slug = parts.join('-');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  return `${slug.slice(0, MAX_SLUG_LENGTH - 9).replace(/-+$/, '')}-${fnv1a(slug)}`;
}

/**
 * What the program lacks to have an id of its own: its name and its municipality (the passport's title block).
 * Without them every program of a period would share the id "2026-2030". Null when it has both.
 */
export function missingIdentity(program: Pick<Program, 'municipality' | 'title'>): ('title' | 'municipality')[] | null {
  return missingOfSlugs(slugify(program.title), slugify(program.municipality));
}

function missingOfSlugs(title: string, municipality: string): ('title' | 'municipality')[] | null {
  const missing: ('title' | 'municipality')[] = [];
  if (title === '') missing.push('title');
  if (municipality === '') missing.push('municipality');
  return missing.length > 0 ? missing : null;
}

/** Slugs of the names pushed lately: the store is sent the same few names again and again. */
const SLUGS = new Map<string, string>();
/** At most this many names kept (then all are forgotten), each at most this long (a longer one is slugified each time). */
const SLUGS_MAX = 1024;
const SLUG_SOURCE_MAX = 1000;

/** slugify(text), remembered for short texts. */
function knownSlug(text: string): string {
  if (text.length > SLUG_SOURCE_MAX) return slugify(text);
  let slug = SLUGS.get(text);
  if (slug === undefined) {
    slug = slugify(text);
    if (SLUGS.size >= SLUGS_MAX) SLUGS.clear();
    SLUGS.set(text, slug);
  }
  return slug;
}

/**
 * missingIdentity and, when nothing is missing, programIdOf (else ''), from one slug of each name (a push
 * needs both; each slugified the two names again).
 */
export function programIdentity(program: Pick<Program, 'municipality' | 'title' | 'period'>): { missing: ('title' | 'municipality')[] | null; programId: string } {
  const title = knownSlug(program.title);
  const municipality = knownSlug(program.municipality);
  const missing = missingOfSlugs(title, municipality);
  return { missing, programId: missing ? '' : idOfSlugs(municipality, title, program.period) };
}
