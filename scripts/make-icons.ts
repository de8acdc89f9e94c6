/**
 * `npm run icons`: draws the two Teams app icons into manifest/ (they are committed; run this after a change).
 *
 * The symbol is a speech bubble (ask a question) with a house in it ("Geweld hoort nergens thuis").
 * - color.png, 192×192: the symbol in white on a rounded purple square, inside Teams' 120×120 safe area.
 * - outline.png, 32×32: the same bubble in white on a fully transparent background, the house cut out.
 * Shapes are described in a unit box and rendered with 8×8 supersampling for smooth edges.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { ACCENT_COLOR, COLOR_ICON, OUTLINE_ICON } from '../manifest/buildManifest.ts';

type Rgb = readonly [number, number, number];
type Inside = (x: number, y: number) => boolean;

const WHITE: Rgb = [255, 255, 255];
const PURPLE: Rgb = [1, 3, 5].map((i) => parseInt(ACCENT_COLOR.slice(i, i + 2), 16)) as unknown as Rgb;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Inside {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

/** The symbol in a unit box (0..1 in both directions). */
const bubble = roundedRect(0, 0.05, 1, 0.78, 0.16);
const tail = triangle(0.16, 0.7, 0.4, 0.7, 0.1, 0.98);
const roof = triangle(0.5, 0.16, 0.2, 0.44, 0.8, 0.44);
const walls = roundedRect(0.3, 0.4, 0.7, 0.67, 0.01);
const door = roundedRect(0.44, 0.5, 0.56, 0.67, 0.02);
const inBubble: Inside = (x, y) => bubble(x, y) || tail(x, y);
const inHouse: Inside = (x, y) => (roof(x, y) || walls(x, y)) && !door(x, y);

/** Renders `paint` (colour or undefined = transparent, per sample point in pixel coordinates) into a PNG. */
function render(size: number, paint: (x: number, y: number) => Rgb | undefined): PNG {
  const png = new PNG({ width: size, height: size });
  const n = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint(px + (sx + 0.5) / n, py + (sy + 0.5) / n);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          hits++;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = hits ? Math.round(r / hits) : 0;
      png.data[i + 1] = hits ? Math.round(g / hits) : 0;
      png.data[i + 2] = hits ? Math.round(b / hits) : 0;
      png.data[i + 3] = Math.round((hits / (n * n)) * 255);
    }
  }
  return png;
}

export function drawColorIcon(): PNG {
  const size = 192;
  const background = roundedRect(0, 0, size, size, 36);
  // Symbol in the central 120×120 safe area, nudged down a little so the bubble's tail balances it.
  const box = { x: 36, y: 40, s: 120 };
  return render(size, (x, y) => {
    if (!background(x, y)) return undefined;
    const u = (x - box.x) / box.s;
    const v = (y - box.y) / box.s;
    if (inBubble(u, v)) return inHouse(u, v) ? PURPLE : WHITE;
    return PURPLE;
  });
}

export function drawOutlineIcon(): PNG {
  const size = 32;
  const box = { x: 2, y: 2.5, s: 28 };
  return render(size, (x, y) => {
    const u = (x - box.x) / box.s;
    const v = (y - box.y) / box.s;
    return inBubble(u, v) && !inHouse(u, v) ? WHITE : undefined;
  });
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifest');
  await writeFile(path.join(dir, COLOR_ICON), PNG.sync.write(drawColorIcon()));
  await writeFile(path.join(dir, OUTLINE_ICON), PNG.sync.write(drawOutlineIcon()));
  console.log(`Iconen geschreven: manifest/${COLOR_ICON} (192×192), manifest/${OUTLINE_ICON} (32×32)`);
}
