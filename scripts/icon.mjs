// `npm run icon`: draws resources/icon.png (256×256), the marketplace icon: a page of
// text lines with a green check, on the ECQ blue. Drawn here, pixel by pixel with
// anti-aliased shapes, and encoded with node:zlib, so it needs no image tool or download.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4; // per axis, for anti-aliasing
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const ICON_FILE = path.join(root, 'resources/icon.png');

const BLUE = [0x1f, 0x3a, 0x68];
const PAGE = [0xf7, 0xf8, 0xfa];
const LINE = [0x9a, 0xa7, 0xbd];
const GREEN = [0x2e, 0xa0, 0x43];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
/** A thick segment from (ax, ay) to (bx, by) with round ends. */
const stroke = (ax, ay, bx, by, width) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// Painted in order, each over the ones before.
const layers = [
  { color: BLUE, shape: roundedRect(8, 8, 248, 248, 44) },
  { color: PAGE, shape: roundedRect(56, 36, 200, 220, 14) },
  ...[72, 100, 128, 156].map((y, i) => ({ color: LINE, shape: roundedRect(76, y, i === 3 ? 140 : 180, y + 12, 6) })),
  { color: BLUE, shape: circle(178, 178, 46) },
  { color: GREEN, shape: circle(178, 178, 40) },
  { color: [0xff, 0xff, 0xff], shape: stroke(158, 178, 173, 194, 12) },
  { color: [0xff, 0xff, 0xff], shape: stroke(173, 194, 200, 162, 12) },
];

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          const top = layers.findLast((l) => l.shape(px, py));
          if (!top) continue;
          r += top.color[0];
          g += top.color[1];
          b += top.color[2];
          a += 1;
        }
      }
      const o = (y * SIZE + x) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / SAMPLES ** 2);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

fs.writeFileSync(ICON_FILE, encodePng(render(), SIZE, SIZE));
console.log(`wrote ${path.relative(root, ICON_FILE)}`);
