// "Основное мероприятие 01. Реализация…", "Основное мероприятие D2. Федеральный проект…".
import { singleSpaced } from './text/fold';

export interface ActivityTitle {
  /** The code as written: "01", "D2", or "Д6" (Cyrillic, which I009 flags). */
  code: string | null;
  name: string;
}

/** The start of a title, up to its name: the name is the rest (as for subprogram titles, no `(.*)$` matched after it). */
const TITLE_START = /^\s*основное\s+мероприятие\s+([^\s.]+)\.?\s*/iu;

/**
 * Titles already parsed: an activity's title is parsed by I009 and S009, and a program repeats a handful of titles
 * over its activities (10 titles for 1 000 activities at 100×), each a long text for a case-insensitive regex.
 */
const PARSED = new Map<string, Readonly<ActivityTitle>>();
const PARSED_MAX = 10_000;

/**
 * Longer titles are parsed each time, not kept: the store's check workers parse whatever a push holds, and 10 000
 * texts of any length could hold hundreds of MB (a real title is a line or two).
 */
const CACHED_TEXT_MAX = 500;

export function parseActivityTitle(text: string): Readonly<ActivityTitle> {
  if (text.length > CACHED_TEXT_MAX) return Object.freeze(parseTitle(text));
  let known = PARSED.get(text);
  if (known === undefined) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    known = Object.freeze(parseTitle(text));
    PARSED.set(text, known);
  }
  return known;
}

function parseTitle(text: string): ActivityTitle {
  const spaced = singleSpaced(text);
  const m = TITLE_START.exec(spaced);
  if (!m) return { code: null, name: text.trim() };
  return { code: m[1], name: spaced.slice(m[0].length).trim() };
}

export function isActivityTitle(text: string): boolean {
  return TITLE_START.test(singleSpaced(text));
}
