import { HEIGHT, WIDTH, colorAt, distanceToEdge } from '../fixtures/known-picture.mjs';

/** RGBA pixels with their size. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * Where image pixel (x, y) comes from in the known picture, for an image that covers the picture
 * centred (what the preview shows), narrowed by `zoom`, and flipped when `mirror`.
 */
export function sourceOf(x: number, y: number, width: number, height: number, zoom = 1, mirror = false): [number, number] {
  const scale = Math.max(width / WIDTH, height / HEIGHT) * zoom;
  const fx = mirror ? width - 1 - x : x;
  return [WIDTH / 2 + (fx + 0.5 - width / 2) / scale, HEIGHT / 2 + (y + 0.5 - height / 2) / scale];
}

/** Points of a 32x24 grid whose colour differs from the known picture's by more than `tolerance`. */
export function mismatches(image: Pixels, { zoom = 1, mirror = false, tolerance = 40 } = {}): string[] {
  const { width, height, data } = image;
  const wrong: string[] = [];
  for (let gy = 0; gy < 24; gy++) {
    for (let gx = 0; gx < 32; gx++) {
      const x = Math.floor(((gx + 0.5) * width) / 32);
      const y = Math.floor(((gy + 0.5) * height) / 24);
      const [sx, sy] = sourceOf(x, y, width, height, zoom, mirror);
      if (distanceToEdge(sx, sy) < 12) continue;
      const expected = colorAt(sx, sy);
      const at = (y * width + x) * 4;
      const actual = [data[at]!, data[at + 1]!, data[at + 2]!];
      if (actual.some((value, i) => Math.abs(value - expected[i]!) > tolerance)) {
        wrong.push(`(${x},${y}) got ${actual} expected ${expected}`);
      }
    }
  }
  return wrong;
}

/** Loads an image URL (a photo's temp path) and reads its pixels. */
export async function imagePixels(url: string): Promise<Pixels & { image: HTMLImageElement }> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return { image, width: canvas.width, height: canvas.height, data };
}
