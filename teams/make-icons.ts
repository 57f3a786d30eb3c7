/**
 * Draws the Teams app icons with no dependencies: `npx tsx teams/make-icons.ts` writes
 *   teams/color.png   192×192, full colour: a white shield with a check mark on police blue;
 *   teams/outline.png  32×32, white on transparent: the same shield as an outline.
 * A minimal PNG encoder (RGBA, one IDAT, node:zlib deflate) and 4×4 supersampling for smooth edges.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes `size`×`size` RGBA pixels as a PNG. */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a shield spanning the unit square: straight sides, then a rounded taper to a point at the bottom. */
function inShield(u: number, v: number): boolean {
  if (v < 0 || v > 1) return false;
  const top = 0.06 * Math.sin(Math.PI * u); // a gentle dip in the top edge
  if (v < top) return false;
  const half = v < 0.5 ? 0.5 : 0.5 * Math.sqrt(Math.max(0, 1 - ((v - 0.5) / 0.5) ** 2));
  return Math.abs(u - 0.5) <= half;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The check mark, in shield coordinates. */
function inCheck(u: number, v: number, stroke: number): boolean {
  return (
    distanceToSegment(u, v, 0.27, 0.5, 0.44, 0.67) <= stroke ||
    distanceToSegment(u, v, 0.44, 0.67, 0.75, 0.33) <= stroke
  );
}

/** Coverage (0–1) of a pixel by `inside`, sampled 4×4. */
function coverage(x: number, y: number, inside: (px: number, py: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

const BLUE: Rgba = [0x1b, 0x4f, 0x9c, 255];

function colorIcon(size: number): Buffer {
  const box = { x: size * 0.22, y: size * 0.16, w: size * 0.56, h: size * 0.68 };
  const shield = (px: number, py: number) => inShield((px - box.x) / box.w, (py - box.y) / box.h);
  const check = (px: number, py: number) => inCheck((px - box.x) / box.w, (py - box.y) / box.h, 0.07);
  return encodePng(size, (x, y) => {
    const white = coverage(x, y, (px, py) => shield(px, py) && !check(px, py));
    const mix = (c: number) => Math.round(c * (1 - white) + 255 * white);
    return [mix(BLUE[0]), mix(BLUE[1]), mix(BLUE[2]), 255];
  });
}

function outlineIcon(size: number): Buffer {
  const box = { x: size * 0.16, y: size * 0.08, w: size * 0.68, h: size * 0.84 };
  const inset = 2.2 / size; // the outline's width, in shield units of a 32 px icon
  const u = (px: number) => (px - box.x) / box.w;
  const v = (py: number) => (py - box.y) / box.h;
  const ring = (px: number, py: number) => {
    if (!inShield(u(px), v(py))) return false;
    const inner = (uu: number, vv: number) =>
      inShield((uu - 0.5) / (1 - 4 * inset) + 0.5, (vv - 2 * inset) / (1 - 5 * inset));
    return !inner(u(px), v(py));
  };
  const shape = (px: number, py: number) => ring(px, py) || inCheck(u(px), v(py), 0.075);
  return encodePng(size, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, shape))]);
}

const here = new URL('.', import.meta.url);
writeFileSync(new URL('color.png', here), colorIcon(192));
writeFileSync(new URL('outline.png', here), outlineIcon(32));
process.stdout.write('wrote teams/color.png (192×192) and teams/outline.png (32×32)\n');
