// xl/sharedStrings.xml: the texts cells refer to by number. Rich text is flattened to its runs' text;
// phonetic guides (rPh) are not part of the text.
import type { ZipArchive } from './zip-archive';
import { parseXml } from './xml-events';
import { grouped, limitPassed, XLSX_LIMITS } from './xlsx-limits';

export function readSharedStrings(zip: ZipArchive, part: string | null): string[] {
  const bytes = part ? zip.read(part) : null;
  const strings: string[] = [];
  if (!part || !bytes) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(part, bytes, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic += 1;
    },
    close(name) {
      if (name === 'si') {
        if (strings.length === XLSX_LIMITS.sharedStrings) {
          throw limitPassed(
            `часть «${part}» книги: больше ${grouped(XLSX_LIMITS.sharedStrings)} общих строк`,
            `part "${part}" of the workbook: more than ${grouped(XLSX_LIMITS.sharedStrings)} shared strings`,
          );
        }
        strings.push(current ?? '');
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
}
