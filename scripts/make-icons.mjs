// Draws the app icon (a speech bubble on the brand colour) as PNGs for the web app manifest.
// Run once after changing the design: `node scripts/make-icons.mjs`. Deterministic output.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const brand = [32, 84, 160];
const white = [255, 255, 255];

function pixel(x, y, size, maskable) {
  const u = x / size;
  const v = y / size;
  // Maskable icons keep their content inside the central 80% safe zone.
  const inset = maskable ? 0.2 : 0.12;
  const inBubble = ((u - 0.5) / (0.5 - inset)) ** 2 + ((v - 0.46) / (0.36 - inset / 2)) ** 2 <= 1;
  const inTail = v > 0.6 && v < 0.8 - inset / 2 && u > 0.3 && u < 0.45 && u - 0.3 < (0.8 - v) * 0.9;
  const inDot = [0.36, 0.5, 0.64].some((cx) => (u - cx) ** 2 + (v - 0.46) ** 2 < 0.0025);
  if (inDot) return brand;
  return inBubble || inTail ? white : brand;
}

function crc32(bytes) {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, maskable) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5, size, maskable), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', png(192, false));
writeFileSync('public/icons/icon-512.png', png(512, false));
writeFileSync('public/icons/icon-maskable-512.png', png(512, true));
writeFileSync('public/favicon.png', png(48, false));
