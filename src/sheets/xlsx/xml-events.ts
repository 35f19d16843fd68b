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

/**
 * The bytes decoded and fed at once: 32 KB, so that the decoded text (64 KB at most, two bytes a character) is an
 * ordinary object of V8's young generation, whose pages the run has already touched, not one of its own pages in the
 * large-object space: a part is read in memory used again and again, not in fresh pages (validate ×100: ≈ 600 fewer
 * page faults, ≈ 10 µs each on the machine of the README's figures; the same events, the same results).
 */
export const SLICE = 1 << 15;

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Where the slice from `at` ends: SLICE bytes on, moved back to the first byte of a character (a byte that
 * is not 10xxxxxx). A run of four or more continuation bytes belongs to no character (one takes at most
 * three), so a cut inside it splits nothing.
 */
function sliceEnd(bytes: Uint8Array, at: number): number {
  const end = at + SLICE;
  if (end >= bytes.length) return bytes.length;
  for (let back = 0; back < 4; back++) if ((bytes[end - back] & 0xc0) !== 0x80) return end - back;
  return end;
}

/** The refusal of a part whose elements nest deeper than any workbook's (saxes would keep each one open). */
export function nestedTooDeep(part: string): XlsxReadError {
  return limitPassed(
    `часть «${part}» книги: элементы XML вложены глубже ${XLSX_LIMITS.xmlDepth} уровней`,
    `part "${part}" of the workbook: XML elements nested deeper than ${XLSX_LIMITS.xmlDepth} levels`,
  );
}

/** Feeds a part through the handler; a malformed part becomes an XlsxReadError naming it. */
export function parseXml(part: string, bytes: Uint8Array, handler: XmlHandler): void {
  // Without an 'error' listener saxes throws at the first fault: the part is refused there.
  const parser = new SaxesParser();
  // Elements nested past any a workbook has are refused as they open (saxes would keep each one).
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++depth > XLSX_LIMITS.xmlDepth) throw nestedTooDeep(part);
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--;
    handler.close(localName(tag.name));
  });
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  feedXml(part, bytes, parser);
}

/**
 * Feeds a part to a parser whose handlers the caller has set (a reader of a large part sets its own, so that
 * their calls stay monomorphic); a malformed part becomes an XlsxReadError naming it. Handlers refuse
 * elements nested deeper than XLSX_LIMITS.xmlDepth (nestedTooDeep).
 */
export function feedXml(part: string, bytes: Uint8Array, parser: SaxesParser): void {
  try {
    // Each slice ends before a character starts, so it decodes on its own, as a whole (Node decodes a whole
    // buffer ≈ 1.5× faster than a streaming decoder): the text is the same as the stream's, replacement
    // characters of bad bytes included. A byte-order mark is dropped at the start of the part only.
    let decoder = new TextDecoder('utf-8');
    for (let at = 0; at < bytes.length; ) {
      const end = sliceEnd(bytes, at);
      parser.write(decoder.decode(bytes.subarray(at, end)));
      if (at === 0) decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      at = end;
    }
    parser.close();
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new XlsxReadError({ ru: `часть «${part}» книги повреждена: ${why}`, en: `part "${part}" of the workbook is damaged: ${why}` });
  }
}
