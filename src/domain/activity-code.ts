// "Основное мероприятие 01. Реализация…", "Основное мероприятие D2. Федеральный проект…".
import { singleSpaced } from './text/fold';

export interface ActivityTitle {
  /** The code as written: "01", "D2", or "Д6" (Cyrillic, which I009 flags). */
  code: string | null;
  name: string;
}

/** The start of a title, up to its name: the name is the rest (as for subprogram titles, no `(.*)$` matched after it). */
const TITLE_START = /^\s*основное\s+мероприятие\s+([^\s.]+)\.?\s*/iu;

export function parseActivityTitle(text: string): ActivityTitle {
  const spaced = singleSpaced(text);
  const m = TITLE_START.exec(spaced);
  if (!m) return { code: null, name: text.trim() };
  return { code: m[1], name: spaced.slice(m[0].length).trim() };
}

export function isActivityTitle(text: string): boolean {
  return TITLE_START.test(singleSpaced(text));
}
