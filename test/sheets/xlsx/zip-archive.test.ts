// Part names as the archive stores them: UTF-8 when the entry's flag (bit 11) says so, else one character a
// byte — what fflate's strFromU8 gave before the archive decoded names itself (so that fflate starts up only
// when a part needs its inflater).
import { strFromU8, zipSync } from 'fflate';
import { ZipArchive } from '../../../src/sheets/xlsx/zip-archive';

const NAME = 'xl/worksheets/лист é.xml';

/** An archive of one stored part named NAME, its UTF-8 flag set or cleared in the central directory. */
function archive(utf8Flag: boolean): Uint8Array {
  const zip = zipSync({ [NAME]: [new TextEncoder().encode('<x/>'), { level: 0 }] });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = zip.length - 22;
  while (view.getUint32(at, true) !== 0x06054b50) at--;
  const central = view.getUint32(at + 16, true);
  const flags = view.getUint16(central + 8, true);
  view.setUint16(central + 8, utf8Flag ? flags | 0x800 : flags & ~0x800, true);
  return zip;
}

describe('ZipArchive part names', () => {
  const bytes = new TextEncoder().encode(NAME);

  it('a name flagged UTF-8 is read as UTF-8', () => {
    const zip = new ZipArchive(archive(true));
    expect(zip.has(NAME)).toBe(true);
    expect(new TextDecoder().decode(zip.read(NAME)!)).toBe('<x/>');
  });

  it('a name without the flag is one character a byte, as fflate read it', () => {
    const asBytes = strFromU8(bytes, true);
    expect(asBytes).not.toBe(NAME);
    const zip = new ZipArchive(archive(false));
    expect(zip.has(NAME)).toBe(false);
    expect(zip.has(asBytes)).toBe(true);
    expect(new TextDecoder().decode(zip.read(asBytes)!)).toBe('<x/>');
  });
});
