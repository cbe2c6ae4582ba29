// Draws the phone app's icons (src/mobile/public/icons/icon-192.png, icon-512.png): a village house under a
// red flag on a green field, as plain RGBA pixels written to PNG with node:zlib (no image library needed).
// Run: node scripts/mobile-icons.mjs — the PNGs are committed; run again only to change the drawing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [22, 119, 75, 255];
const WHITE = [255, 255, 255, 255];
const RED = [207, 34, 46, 255];
const YELLOW = [255, 214, 0, 255];

// Full-bleed (maskable): the drawing stays inside the central safe zone of 80 %.
function pixel(x, y) {
  // The flag on its pole, above the roof.
  if (x > 0.495 && x < 0.515 && y > 0.16 && y < 0.36) return WHITE;
  if (x >= 0.515 && x < 0.68 && y > 0.16 && y < 0.27) {
    const dx = x - 0.56;
    const dy = y - 0.2;
    return dx * dx + dy * dy < 0.0006 ? YELLOW : RED;
  }
  // The roof: a triangle.
  const roofTop = 0.34;
  const roofBottom = 0.52;
  if (y >= roofTop && y <= roofBottom) {
    const half = ((y - roofTop) / (roofBottom - roofTop)) * 0.3;
    if (Math.abs(x - 0.5) <= half) return WHITE;
  }
  // The walls with a door.
  if (y > roofBottom && y < 0.78 && x > 0.28 && x < 0.72) {
    if (x > 0.45 && x < 0.55 && y > 0.62) return GREEN;
    return WHITE;
  }
  // The ground line.
  if (y >= 0.8 && y < 0.83 && x > 0.2 && x < 0.8) return WHITE;
  return GREEN;
}

const dir = path.resolve('src/mobile/public/icons');
mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(path.join(dir, `icon-${size}.png`), png(size, pixel));
  console.log(`wrote src/mobile/public/icons/icon-${size}.png`);
}
