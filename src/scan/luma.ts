/**
 * Grey pictures (one byte of luma per pixel) for the decoder, and the few operations its passes
 * need: scale down, crop, invert, turn, level. A camera frame's luma is its Y plane: copied out of the
 * `VideoFrame` as it is (`copyTo`, no colour conversion), which costs a fraction of drawing the
 * frame on a canvas and reading it back (the canvas path converts to RGBA, on the CPU where there
 * is no GPU). Only pictures in other formats, or without `copyTo`, go through a canvas.
 */
import type { ScanImage } from './scan-protocol.js';

/** A grey picture: `data[y * width + x]` is the luma at (x, y). */
export interface Luma {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Formats whose first plane is luma (Y). */
const YUV_FORMATS = new Set(['I420', 'I420A', 'I422', 'I422A', 'I444', 'I444A', 'NV12']);
/** Packed formats: where red, green and blue are in each 4 bytes. */
const RGB_FORMATS: Record<string, readonly [number, number, number]> = { RGBA: [0, 1, 2], RGBX: [0, 1, 2], BGRA: [2, 1, 0], BGRX: [2, 1, 0] };

/** Luma of red, green, blue (BT.601 weights, in 1/256). */
const grey = (r: number, g: number, b: number) => (r * 77 + g * 150 + b * 29) >> 8;

/** Luma of packed RGB pixels `rgba` (`width` x `height`, `stride` bytes a row), red/green/blue at `order`. */
function lumaOfPacked(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, stride: number, [r, g, b]: readonly [number, number, number]): Luma {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    let at = y * stride;
    const row = y * width;
    for (let x = 0; x < width; x++, at += 4) data[row + x] = grey(rgba[at + r]!, rgba[at + g]!, rgba[at + b]!);
  }
  return { width, height, data };
}

/** Where a canvas is needed (pictures without a usable `copyTo`), the one kept for it. */
let canvas: OffscreenCanvas | null = null;

/**
 * The luma of a picture: a `VideoFrame`'s own Y plane or packed RGB where it has `copyTo`, else the
 * picture drawn on a canvas and read back.
 */
export async function lumaOf(image: ScanImage): Promise<Luma> {
  if ('copyTo' in image && image.format && typeof image.allocationSize === 'function') {
    const { format } = image;
    const { width, height } = image.visibleRect ?? { width: image.displayWidth, height: image.displayHeight };
    try {
      if (YUV_FORMATS.has(format)) {
        const buffer = new Uint8Array(image.allocationSize());
        const [plane] = await image.copyTo(buffer);
        if (plane) {
          if (plane.stride === width && plane.offset === 0) return { width, height, data: buffer.subarray(0, width * height) };
          const data = new Uint8Array(width * height);
          for (let y = 0; y < height; y++) data.set(buffer.subarray(plane.offset + y * plane.stride, plane.offset + y * plane.stride + width), y * width);
          return { width, height, data };
        }
      } else if (format in RGB_FORMATS) {
        const buffer = new Uint8Array(image.allocationSize());
        const [plane] = await image.copyTo(buffer);
        if (plane) return lumaOfPacked(buffer.subarray(plane.offset), width, height, plane.stride, RGB_FORMATS[format]!);
      }
    } catch {
      // A frame this browser cannot copy out (closed, or a format it will not copy): the canvas.
    }
  }
  const width = 'displayWidth' in image ? image.displayWidth : image.width;
  const height = 'displayHeight' in image ? image.displayHeight : image.height;
  canvas ??= new OffscreenCanvas(width, height);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D context on OffscreenCanvas');
  context.drawImage(image, 0, 0, width, height);
  return lumaOfPacked(context.getImageData(0, 0, width, height).data, width, height, width * 4, [0, 1, 2]);
}

/**
 * `luma` scaled down by whole factors, each pixel the mean of an `across` x `down` block (noise
 * averages out).
 */
export function shrink(luma: Luma, across: number, down = across): Luma {
  if (across <= 1 && down <= 1) return luma;
  const width = Math.floor(luma.width / across);
  const height = Math.floor(luma.height / down);
  const data = new Uint8Array(width * height);
  const sums = new Uint32Array(width);
  const area = across * down;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let dy = 0; dy < down; dy++) {
      const row = (y * down + dy) * luma.width;
      for (let x = 0, at = row; x < width; x++) {
        let sum = 0;
        for (let dx = 0; dx < across; dx++) sum += luma.data[at++]!;
        sums[x]! += sum;
      }
    }
    for (let x = 0; x < width; x++) data[y * width + x] = Math.round(sums[x]! / area);
  }
  return { width, height, data };
}

/** The part of `luma` at `x`, `y`, `width` x `height` (inside it). */
export function crop(luma: Luma, x: number, y: number, width: number, height: number): Luma {
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) data.set(luma.data.subarray((y + row) * luma.width + x, (y + row) * luma.width + x + width), row * width);
  return { width, height, data };
}

/** `luma` with light and dark swapped. */
export function invert(luma: Luma): Luma {
  const data = new Uint8Array(luma.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 255 - luma.data[i]!;
  return { width: luma.width, height: luma.height, data };
}

/**
 * `luma` turned `degrees` clockwise about its centre and scaled by `scale`, in a `width` x `height`
 * picture about the same centre (bilinear; outside the picture a flat mid grey).
 */
export function turn(luma: Luma, degrees: number, scale: number, width: number, height: number): Luma {
  const data = new Uint8Array(width * height).fill(128);
  const radians = (degrees * Math.PI) / 180;
  // Inverse map: drawn pixel → source pixel.
  const cos = Math.cos(radians) / scale;
  const sin = Math.sin(radians) / scale;
  const [cx, cy] = [luma.width / 2, luma.height / 2];
  const { width: sourceWidth, height: sourceHeight, data: source } = luma;
  for (let y = 0; y < height; y++) {
    const dy = y + 0.5 - height / 2;
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - width / 2;
      const sx = cx + dx * cos + dy * sin - 0.5;
      const sy = cy - dx * sin + dy * cos - 0.5;
      if (sx < 0 || sy < 0 || sx >= sourceWidth - 1 || sy >= sourceHeight - 1) continue;
      const x0 = sx | 0;
      const y0 = sy | 0;
      const fx = sx - x0;
      const fy = sy - y0;
      const at = y0 * sourceWidth + x0;
      const top = source[at]! + (source[at + 1]! - source[at]!) * fx;
      const bottom = source[at + sourceWidth]! + (source[at + sourceWidth + 1]! - source[at + sourceWidth]!) * fx;
      data[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return { width, height, data };
}

/**
 * `luma` with its light levelled: each pixel times 128 over the mean of the square around it
 * (`radius` pixels each way, cut at the edges), so paper reads the same mid-light in a shadow and in
 * full light, and the ink below it stays dark.
 */
export function level(luma: Luma, radius: number): Luma {
  const { width, height, data: source } = luma;
  const stride = width + 1;
  // Sums of every rectangle from the top left (one row and column of zeros first).
  const sums = new Uint32Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += source[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const [top, bottom] = [Math.max(0, y - radius), Math.min(height, y + radius + 1)];
    for (let x = 0; x < width; x++) {
      const [left, right] = [Math.max(0, x - radius), Math.min(width, x + radius + 1)];
      const sum = sums[bottom * stride + right]! - sums[top * stride + right]! - sums[bottom * stride + left]! + sums[top * stride + left]!;
      const area = (right - left) * (bottom - top);
      data[y * width + x] = Math.min(255, ((128 * source[y * width + x]! * area) / Math.max(sum, 8)) | 0);
    }
  }
  return { width, height, data };
}

/** `luma` as RGBA `ImageData` (grey), what zxing-wasm reads. */
export function imageDataOf(luma: Luma): ImageData {
  const pixels = new ImageData(luma.width, luma.height);
  const words = new Uint32Array(pixels.data.buffer);
  const { data } = luma;
  // Little-endian (every engine here): 0xAABBGGRR.
  for (let i = 0; i < data.length; i++) words[i] = 0xff000000 | (data[i]! * 0x010101);
  return pixels;
}
