// The .xlsx archive: the list of its parts, read once from the zip's central directory, and one part
// at a time decompressed, within the limit on decompressed bytes. The size a part declares is checked
// before it is inflated, and the part is inflated into a buffer of that size, so that a lying header
// cannot make it bigger (a part cut short by a lie is then malformed XML, which the XML reader reports).
// Finding a part is a map look-up: reading every sheet of a workbook of thousands of parts stays linear.
// fflate inflates in the browser; the CLI may hand in Node's zlib (see Inflate), which fflate backs up.
import { inflateSync } from 'fflate';
import { grouped, limitPassed, XLSX_LIMITS, XlsxReadError } from './xlsx-limits';

interface PartEntry {
  /** The name as stored. */
  name: string;
  /** Declared decompressed size. */
  size: number;
  compressedSize: number;
  /** 0: stored, 8: deflated. */
  method: number;
  /** Offset of the part's local header. */
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A size or offset that says "see the ZIP64 record": an archive of 4 GB, far past any limit here. */
const ZIP64 = 0xffffffff;

/** What fflate's strFromU8 gives, without fflate: its inflater then starts up only when a part needs it (see Inflate). */
const UTF8 = new TextDecoder();

/** A part name as stored: UTF-8 when the entry's flag says so, else one character a byte (as fflate reads it). */
function partName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return UTF8.decode(bytes);
  let name = '';
  for (let i = 0; i < bytes.length; i++) name += String.fromCharCode(bytes[i]);
  return name;
}

function damaged(why: string, whyEn = why): XlsxReadError {
  return new XlsxReadError({ ru: `архив повреждён (${why})`, en: `the archive is damaged (${whyEn})` });
}

/**
 * A faster inflater a platform has (the CLI: Node's zlib): a deflated part → its bytes, or null for anything
 * but a whole stream of at most `size` bytes, which fflate then inflates as ever (a lying size, damaged
 * data: the same bytes or the same message either way).
 */
export type Inflate = (compressed: Uint8Array, size: number) => Uint8Array | null;

export class ZipArchive {
  /** Part names, lower-cased (OPC part names are case-insensitive) → where the part is. */
  private readonly parts = new Map<string, PartEntry>();
  private inflated = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly inflate: Inflate | null = null,
  ) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const u32 = (at: number): number => view.getUint32(at, true);
    const u16 = (at: number): number => view.getUint16(at, true);
    // The end-of-directory record: 22 bytes and a comment of up to 65 535 bytes, at the end.
    let end = data.length - 22;
    const lowest = Math.max(0, end - 65_535);
    while (end >= lowest && u32(end) !== END_OF_DIRECTORY) end--;
    if (end < lowest || end < 0) throw damaged('нет оглавления архива', 'no central directory');
    const count = u16(end + 10);
    let at = u32(end + 16);
    if (count * 46 > end) throw damaged(`оглавление обещает ${grouped(count)} частей, а места в файле на них нет`, `the central directory promises ${grouped(count)} parts that the file has no room for`);
    if (count > XLSX_LIMITS.parts) {
      throw limitPassed(`в архиве ${grouped(count)} частей, предел — ${grouped(XLSX_LIMITS.parts)}`, `the archive has ${grouped(count)} parts, the limit is ${grouped(XLSX_LIMITS.parts)}`);
    }
    for (let i = 0; i < count; i++) {
      if (at < 0 || at + 46 > data.length || u32(at) !== CENTRAL_ENTRY) throw damaged(`запись №${i + 1} оглавления не на своём месте`, `entry ${i + 1} of the central directory is not where it should be`);
      const nameLength = u16(at + 28);
      if (at + 46 + nameLength > data.length) throw damaged(`запись №${i + 1} оглавления обрезана`, `entry ${i + 1} of the central directory is cut short`);
      const utf8 = (u16(at + 8) & 0x800) !== 0;
      const name = partName(data.subarray(at + 46, at + 46 + nameLength), utf8);
      const entry: PartEntry = { name, method: u16(at + 10), compressedSize: u32(at + 20), size: u32(at + 24), offset: u32(at + 42) };
      if (entry.size === ZIP64 || entry.compressedSize === ZIP64 || entry.offset === ZIP64) {
        throw limitPassed(`часть «${name}» — архив больше 4 ГБ`, `part "${name}": an archive over 4 GB`);
      }
      if (!this.parts.has(name.toLowerCase())) this.parts.set(name.toLowerCase(), entry);
      at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  /** The decompressed bytes of a part; null when the archive has no such part. */
  read(name: string): Uint8Array | null {
    const part = this.parts.get(name.toLowerCase());
    if (!part) return null;
    this.inflated += part.size;
    if (this.inflated > XLSX_LIMITS.decompressedBytes) {
      const mb = (n: number) => grouped(Math.ceil(n / (1024 * 1024)));
      throw limitPassed(
        `книга слишком велика в распакованном виде: часть «${part.name}» доводит её до ${mb(this.inflated)} МБ, предел — ${mb(XLSX_LIMITS.decompressedBytes)} МБ`,
        `the workbook is too large decompressed: part "${part.name}" brings it to ${mb(this.inflated)} MB, the limit is ${mb(XLSX_LIMITS.decompressedBytes)} MB`,
      );
    }
    const partDamaged = (ru: string, en: string) => new XlsxReadError({ ru: `часть «${part.name}» архива повреждена (${ru})`, en: `part "${part.name}" of the archive is damaged (${en})` });
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    const at = part.offset;
    if (at + 30 > this.data.length || view.getUint32(at, true) !== LOCAL_HEADER) throw partDamaged('нет её заголовка', 'its header is missing');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + part.compressedSize > this.data.length) throw partDamaged('архив обрезан', 'the archive is cut short');
    const compressed = this.data.subarray(start, start + part.compressedSize);
    if (part.method === 0) return compressed.slice(0, part.size);
    if (part.method !== 8) throw partDamaged(`неизвестный способ сжатия ${part.method}`, `unknown compression method ${part.method}`);
    const inflated = this.inflate?.(compressed, part.size);
    if (inflated && inflated.length <= part.size) return inflated;
    try {
      return inflateSync(compressed, { out: new Uint8Array(part.size) });
    } catch (error) {
      throw partDamaged((error as Error).message, (error as Error).message);
    }
  }
}
