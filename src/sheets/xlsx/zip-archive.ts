// The .xlsx archive (fflate): the list of its parts, and one part at a time decompressed, within the
// limit on decompressed bytes. The size a part declares is checked before it is inflated, and the part
// is inflated into a buffer of that size, so that a lying header cannot make it bigger (a part cut short
// by a lie is then malformed XML, which the XML reader reports).
import { unzipSync } from 'fflate';
import { grouped, limitPassed, XLSX_LIMITS, XlsxReadError } from './xlsx-limits';

export class ZipArchive {
  /** Part names, lower-cased (OPC part names are case-insensitive) → the name as stored and its declared size. */
  private readonly parts = new Map<string, { name: string; size: number }>();
  private inflated = 0;

  constructor(private readonly data: Uint8Array) {
    try {
      unzipSync(data, {
        filter: (file) => {
          this.parts.set(file.name.toLowerCase(), { name: file.name, size: file.originalSize });
          return false;
        },
      });
    } catch (error) {
      throw new XlsxReadError({ ru: `архив повреждён (${(error as Error).message})`, en: `the archive is damaged (${(error as Error).message})` });
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
    try {
      return unzipSync(this.data, { filter: (file) => file.name === part.name })[part.name] ?? null;
    } catch (error) {
      throw new XlsxReadError({ ru: `часть «${part.name}» архива повреждена (${(error as Error).message})`, en: `part "${part.name}" of the archive is damaged (${(error as Error).message})` });
    }
  }
}
