// "Основное мероприятие 01. Реализация…", "Основное мероприятие D2. Федеральный проект…".

export interface ActivityTitle {
  /** The code as written: "01", "D2", or "Д6" (Cyrillic, which I009 flags). */
  code: string | null;
  name: string;
}

const TITLE = /^\s*основное\s+мероприятие\s+([^\s.]+)\.?\s*(.*)$/isu;

export function parseActivityTitle(text: string): ActivityTitle {
  const m = TITLE.exec(text.replace(/\s+/g, ' '));
  if (!m) return { code: null, name: text.trim() };
  return { code: m[1], name: m[2].trim() };
}

export function isActivityTitle(text: string): boolean {
  return TITLE.test(text.replace(/\s+/g, ' '));
}
