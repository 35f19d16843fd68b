// A part of an .xlsx inflated by Node's zlib, bounded by the size its header declares. Anything but a whole
// deflate stream within that size (a lying header, damaged data) is declined, and the shared reader
// inflates it with fflate as before: the bytes, and every message about a bad part, stay what they were.
// The output goes into one buffer a little larger than the declared size (zlib's default is 16 KB pieces
// joined at the end: ×100's 1.9 MB of XML took ≈ 10 ms of CPU that way, ≈ 5.5 ms in one piece); the
// declared size is within the workbook's decompressed limit, checked before a part is inflated.
import { inflateRawSync } from 'node:zlib';
import type { Inflate } from '../../sheets/xlsx/zip-archive';

/** Room past the declared size, so that a stream of exactly that size ends within the one buffer. */
const SLACK = 64;

export const zlibInflate: Inflate = (compressed, size) => {
  if (size === 0) return null;
  try {
    const bytes = inflateRawSync(compressed, { maxOutputLength: size, chunkSize: size + SLACK });
    return bytes.length <= size ? bytes : null;
  } catch {
    return null;
  }
};
