// Prints the size of every bundle in dist/ (from dist/bundle-files.json, written by webpack) and checks
// the task pane's budget: what Excel loads for the add-in (the task pane with the chunks it may load,
// and the commands page) must stay under 1.5 MB minified. The preview is reported, not budgeted.
//
//   node scripts/bundle-size.mjs [DIR]     exit 1 when over budget
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 1_500_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, 'dist');

let index;
try {
  index = JSON.parse(readFileSync(join(dir, 'bundle-files.json'), 'utf8'));
} catch {
  console.error(`${dir}/bundle-files.json not found: run the build first (npm run build).`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
const sizeOf = (file) => {
  const bytes = readFileSync(join(dir, file));
  return { bytes: statSync(join(dir, file)).size, gzip: gzipSync(bytes).length };
};

const totals = {};
console.log(`Bundles in ${dir} (minified; gzip in brackets):`);
for (const [entry, { initial, lazy }] of Object.entries(index.entries)) {
  let bytes = 0;
  let gzip = 0;
  for (const [kind, files] of [['start', initial], ['lazy', lazy]]) {
    for (const file of files) {
      const s = sizeOf(file);
      bytes += s.bytes;
      gzip += s.gzip;
      console.log(`  ${entry.padEnd(9)} ${kind.padEnd(5)} ${kb(s.bytes)} (${kb(s.gzip).trim()})  ${file}`);
    }
  }
  totals[entry] = { bytes, gzip };
  console.log(`  ${entry.padEnd(9)} total ${kb(bytes)} (${kb(gzip).trim()})`);
}

const addin = ['taskpane', 'commands'].filter((e) => totals[e]);
if (addin.length > 0) {
  const bytes = addin.reduce((n, e) => n + totals[e].bytes, 0);
  const gzip = addin.reduce((n, e) => n + totals[e].gzip, 0);
  const ok = bytes <= BUDGET_BYTES;
  console.log(
    `Add-in (${addin.join(' + ')}): ${(bytes / 1e6).toFixed(2)} MB minified, ${(gzip / 1e6).toFixed(2)} MB gzip — ` +
      `budget ${(BUDGET_BYTES / 1e6).toFixed(1)} MB: ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  if (!ok) process.exit(1);
}
