// A part of an .xlsx inflated by Node's zlib, bounded by the size its header declares. Anything but a whole
// deflate stream within that size (a lying header, damaged data) is declined, and the shared reader
// inflates it with fflate as before: the bytes, and every message about a bad part, stay what they were.
import { inflateRawSync } from 'node:zlib';
import type { Inflate } from '../../sheets/xlsx/zip-archive';

export const zlibInflate: Inflate = (compressed, size) => {
  if (size === 0) return null;
  try {
    const bytes = inflateRawSync(compressed, { maxOutputLength: size });
    return bytes.length <= size ? bytes : null;
  } catch {
    return null;
  }
};
