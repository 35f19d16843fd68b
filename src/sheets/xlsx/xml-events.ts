// A part's XML as a stream of events (saxes: a strict, streaming XML parser): the bytes are decoded and
// fed in slices, so that no string of the whole part is ever built. Element names lose their namespace
// prefix ("x:c" → "c": some writers prefix the main namespace). saxes expands no entity declared in a
// DTD, so an "entity bomb" is an error, not a gigabyte; nesting is bounded (XLSX_LIMITS.xmlDepth).
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { limitPassed, XLSX_LIMITS, XlsxReadError } from './xlsx-limits';

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

const SLICE = 1 << 20;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Feeds a part through the handler; a malformed part becomes an XlsxReadError naming it. */
export function parseXml(part: string, bytes: Uint8Array, handler: XmlHandler): void {
  // Without an 'error' listener saxes throws at the first fault: the part is refused there.
  const parser = new SaxesParser();
  // Elements nested past any a workbook has are refused as they open (saxes would keep each one).
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++depth > XLSX_LIMITS.xmlDepth) {
      throw limitPassed(
        `часть «${part}» книги: элементы XML вложены глубже ${XLSX_LIMITS.xmlDepth} уровней`,
        `part "${part}" of the workbook: XML elements nested deeper than ${XLSX_LIMITS.xmlDepth} levels`,
      );
    }
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--;
    handler.close(localName(tag.name));
  });
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  const decoder = new TextDecoder('utf-8');
  try {
    for (let at = 0; at < bytes.length; at += SLICE) parser.write(decoder.decode(bytes.subarray(at, at + SLICE), { stream: true }));
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new XlsxReadError({ ru: `часть «${part}» книги повреждена: ${why}`, en: `part "${part}" of the workbook is damaged: ${why}` });
  }
}
