// The floor of `sverka validate`: a bare streaming read of the same .xlsx — node starts, loads fflate and
// saxes, unzips every XML part and parses it, counting elements; nothing is built. Plain JavaScript, run
// with node, so that it costs what the CLI's own start costs and no more.
'use strict';
const { readFileSync } = require('node:fs');
const { unzipSync } = require('fflate');
const { SaxesParser } = require('saxes');
const { TextDecoder } = require('node:util');

const parts = unzipSync(readFileSync(process.argv[2]), { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
let elements = 0;
for (const name of Object.keys(parts)) {
  const parser = new SaxesParser();
  parser.on('opentag', () => void (elements += 1));
  const decoder = new TextDecoder();
  const bytes = parts[name];
  for (let at = 0; at < bytes.length; at += 1 << 20) parser.write(decoder.decode(bytes.subarray(at, at + (1 << 20)), { stream: true }));
  parser.close();
}
process.stdout.write(`${elements}\n`);
