// The floor of `sverka validate`: a bare streaming read of the same .xlsx — node starts, loads the unzipper
// and saxes, unzips every XML part and parses it, counting elements; nothing is built. Plain JavaScript, run
// with node, so that it costs what the CLI's own start costs and no more.
//
//   node bench/bare-read.js FILE.xlsx            fflate inflates (the floor issue 10 names: fflate + saxes)
//   node bench/bare-read.js FILE.xlsx --zlib     Node's zlib inflates, as `sverka validate` itself does
//                                                (fflate only lists the parts): the floor of the same libraries
'use strict';
const { readFileSync } = require('node:fs');
const { unzipSync } = require('fflate');
const { SaxesParser } = require('saxes');
const { TextDecoder } = require('node:util');

const filter = (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels');

/** Reads FILE as described above; `zlib`: inflate with Node's zlib instead of fflate. The count of XML elements. */
function bareRead(file, { zlib = false } = {}) {
  const parts = zlib ? inflatedByZlib(readFileSync(file)) : unzipSync(readFileSync(file), { filter });
  let elements = 0;
  for (const name of Object.keys(parts)) {
    const parser = new SaxesParser();
    parser.on('opentag', () => void (elements += 1));
    const decoder = new TextDecoder();
    const bytes = parts[name];
    for (let at = 0; at < bytes.length; at += 1 << 20) parser.write(decoder.decode(bytes.subarray(at, at + (1 << 20)), { stream: true }));
    parser.close();
  }
  return elements;
}

module.exports = { bareRead };

if (require.main === module) process.stdout.write(`${bareRead(process.argv[2], { zlib: process.argv.includes('--zlib') })}\n`);

/** Every XML part, inflated by zlib: the zip's central directory walked as `sverka validate` walks it. */
function inflatedByZlib(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const parts = {};
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = view.getUint32(at + 42, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (!filter({ name })) continue;
    const from = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(from, from + compressed);
    parts[name] = method === 0 ? data : require('node:zlib').inflateRawSync(data, { chunkSize: size + 64 });
  }
  return parts;
}
