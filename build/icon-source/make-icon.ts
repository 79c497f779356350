/**
 * Draws the app icon (build/icon.png, 1024×1024) from shapes, with no image tools needed:
 * a teal rounded square, a white roster card with three rows, and a green check badge.
 * Run: npx tsx build/icon-source/make-icon.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
type Rgba = readonly [number, number, number, number];

/** Signed distance to a rounded rectangle centred at (cx, cy); negative inside. */
function roundedRect(x: number, y: number, cx: number, cy: number, w: number, h: number, r: number): number {
  const qx = Math.abs(x - cx) - (w / 2 - r);
  const qy = Math.abs(y - cy) - (h / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(x: number, y: number, cx: number, cy: number, r: number): number {
  return Math.hypot(x - cx, y - cy) - r;
}

/** Distance to a thick line segment (a stroke with round caps). */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number, half: number): number {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - half;
}

const coverage = (d: number): number => Math.max(0, Math.min(1, 0.5 - d));

function over(base: Rgba, color: Rgba, alpha: number): Rgba {
  const a = color[3] * alpha;
  const outA = a + base[3] * (1 - a);
  if (outA === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (color[i] * a + base[i] * base[3] * (1 - a)) / outA;
  return [mix(0), mix(1), mix(2), outA];
}

function pixel(x: number, y: number): Rgba {
  let out: Rgba = [0, 0, 0, 0];
  // Background: a teal square with a soft vertical gradient.
  const t = y / SIZE;
  const bg: Rgba = [31 - 12 * t, 122 - 40 * t, 140 - 30 * t, 1];
  out = over(out, bg, coverage(roundedRect(x, y, 512, 512, 880, 880, 190)));
  // Card shadow, card, header band and three roster rows.
  out = over(out, [0, 0, 0, 0.22], coverage(roundedRect(x, y, 500, 478, 600, 470, 56) / 6));
  out = over(out, [255, 255, 255, 1], coverage(roundedRect(x, y, 492, 462, 600, 470, 56)));
  out = over(out, [214, 236, 240, 1], coverage(Math.max(roundedRect(x, y, 492, 462, 600, 470, 56), y - 322)));
  for (const [row, width] of [
    [392, 420],
    [482, 360],
    [572, 300],
  ] as const) {
    out = over(out, [31, 122, 140, 1], coverage(circle(x, y, 262, row, 26)));
    out = over(out, [150, 170, 178, 1], coverage(roundedRect(x, y, 318 + width / 2, row, width, 34, 17)));
  }
  // The check badge: eligibility confirmed.
  out = over(out, [0, 0, 0, 0.2], coverage(circle(x, y, 716, 716, 168) / 6));
  out = over(out, [255, 255, 255, 1], coverage(circle(x, y, 712, 708, 170)));
  out = over(out, [46, 160, 90, 1], coverage(circle(x, y, 712, 708, 146)));
  const check = Math.min(segment(x, y, 640, 712, 695, 768, 24), segment(x, y, 695, 768, 790, 650, 24));
  out = over(out, [255, 255, 255, 1], coverage(check));
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of the icon. */
export function renderIconPng(): Buffer {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const rowStart = y * (SIZE * 4 + 1);
    raw[rowStart] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      const i = rowStart + 1 + x * 4;
      raw[i] = Math.round(r);
      raw[i + 1] = Math.round(g);
      raw[i + 2] = Math.round(b);
      raw[i + 3] = Math.round(a * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../icon.png');
  writeFileSync(out, renderIconPng());
  console.log(`Wrote ${out}`);
}
