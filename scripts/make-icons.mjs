// Draws the add-in's icons (a white letter «С» on a green rounded square) as real PNGs of the sizes
// the manifest names, with nothing but zlib: `node scripts/make-icons.mjs` writes assets/icon-<size>.png.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 64, 80, 128];

const BACKGROUND = [0x1f, 0x6f, 0x4a]; // dark green, like Excel's
const LETTER = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples a pixel for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Where a point (in units of the icon's side, 0…1) falls: 0 outside, 1 background, 2 letter. */
function shapeAt(x, y) {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return 0;
  // «С»: a ring open on the right (the gap spans ±50° around the horizontal).
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  const angle = Math.abs(Math.atan2(dy, dx)) * (180 / Math.PI);
  if (r >= 0.2 && r <= 0.33 && angle > 50) return 2;
  return 1;
}

export function drawIcon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (size * 4 + 1);
    raw[rowStart] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let background = 0;
      let letter = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const shape = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (shape === 1) background += 1;
          if (shape === 2) letter += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const covered = background + letter;
      const at = rowStart + 1 + px * 4;
      for (let i = 0; i < 3; i++) {
        raw[at + i] = covered === 0 ? 0 : Math.round((BACKGROUND[i] * background + LETTER[i] * letter) / covered);
      }
      raw[at + 3] = Math.round((255 * covered) / total);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`${file}: ${size}×${size}`);
  }
}
