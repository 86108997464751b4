/**
 * Scales part of a YUV camera frame (I420 or NV12) down to RGBA, bilinear, in plain code: the
 * frame's planes are copied out as they are (`copyTo` of the part, no conversion), then sampled
 * and converted here. Where canvases draw on the CPU, this costs a small fraction of drawing the
 * frame on one and reading it back (a 352x288 frame of a 1280x720 camera: about 2 ms against 20 ms
 * in Chromium here, which at 60 fps is the difference between keeping up and dropping frames).
 */
import type { Rect } from '../shared/frame-geometry.js';

/** The frame formats this scaler reads. */
export type ScalableFormat = 'I420' | 'NV12';

/** Whether frames of `format` can be scaled here. */
export function isScalable(format: string | null): format is ScalableFormat {
  return format === 'I420' || format === 'NV12';
}

/** One axis of the sampling: for each output position, the two source positions and the weight of the second. */
interface Taps {
  first: Int32Array;
  second: Int32Array;
  weight: Float32Array;
}

/** Bilinear taps for `outSize` samples over `inSize` (pixel centres aligned, edges clamped). */
function taps(outSize: number, inSize: number): Taps {
  const first = new Int32Array(outSize);
  const second = new Int32Array(outSize);
  const weight = new Float32Array(outSize);
  const step = inSize / outSize;
  for (let i = 0; i < outSize; i++) {
    const at = Math.min(inSize - 1, Math.max(0, (i + 0.5) * step - 0.5));
    const whole = Math.floor(at);
    first[i] = whole;
    second[i] = Math.min(inSize - 1, whole + 1);
    weight[i] = at - whole;
  }
  return { first, second, weight };
}

/**
 * Whether the first `size` bytes of the copied planes are all zero (WebKit's first camera frames).
 * Every byte counts: a picture may be zero in most of its planes (Chromium's fake camera draws on
 * zero luma and chroma), so a sample of it could take a real frame for a blank one. A real frame
 * ends the search at its first non-zero word, a blank one costs one pass over the bytes.
 */
function isBlank(planes: Uint8Array, size: number): boolean {
  const words = new Uint32Array(planes.buffer, 0, size >> 2);
  for (let i = 0; i < words.length; i++) if (words[i] !== 0) return false;
  for (let i = words.length << 2; i < size; i++) if (planes[i] !== 0) return false;
  return true;
}

/** YUV to RGB coefficients for a frame's colour space (BT.601 where it names none). */
function coefficients(colorSpace: VideoColorSpaceInit | undefined) {
  const matrix: string | null | undefined = colorSpace?.matrix;
  const [kr, kb] = matrix === 'bt709' ? [0.2126, 0.0722] : matrix === 'bt2020-ncl' ? [0.2627, 0.0593] : [0.299, 0.114];
  const kg = 1 - kr - kb;
  const full = colorSpace?.fullRange === true;
  const luma = full ? 1 : 255 / 219;
  const chroma = full ? 1 : 255 / 224;
  return {
    lumaOffset: full ? 0 : 16,
    luma,
    rv: 2 * (1 - kr) * chroma,
    gu: ((-2 * kb * (1 - kb)) / kg) * chroma,
    gv: ((-2 * kr * (1 - kr)) / kg) * chroma,
    bu: 2 * (1 - kb) * chroma,
  };
}

/**
 * Scales frames' parts to RGBA. It keeps the copied planes and the sampling taps between frames
 * of the same sizes, so a steady stream of frames allocates nothing.
 */
export class YuvScaler {
  private planes = new Uint8Array(0);
  private tapsKey = '';
  private columns: { luma: Taps; chroma: Taps } | null = null;
  private rows: { luma: Taps; chroma: Taps } | null = null;

  /**
   * Writes `rect` of `frame` (coded coordinates, even) scaled to `width` x `height` RGBA into
   * `out`: true when written, false when the frame has no picture (all zero: WebKit's first camera
   * frames), null when it cannot be read here (another format, or a browser whose `copyTo` does not
   * cut the rectangle), for the caller to draw it instead.
   */
  async scale(frame: VideoFrame, rect: Rect, width: number, height: number, out: ArrayBuffer): Promise<boolean | null> {
    const format = frame.format;
    if (!isScalable(format)) return null;
    const size = rect.width * rect.height + 2 * (rect.width / 2) * (rect.height / 2);
    if (frame.allocationSize({ rect }) !== size) return null;
    if (this.planes.byteLength < size) this.planes = new Uint8Array(size);
    const layout = await frame.copyTo(this.planes, { rect });
    if (isBlank(this.planes, size)) return false;
    this.prepare(rect.width, rect.height, width, height);
    this.convert(format, layout, width, height, new Uint8ClampedArray(out, 0, width * height * 4), coefficients(frame.colorSpace));
    return true;
  }

  private prepare(inWidth: number, inHeight: number, width: number, height: number): void {
    const key = `${inWidth}x${inHeight}>${width}x${height}`;
    if (key === this.tapsKey) return;
    this.tapsKey = key;
    this.columns = { luma: taps(width, inWidth), chroma: taps(width, inWidth / 2) };
    this.rows = { luma: taps(height, inHeight), chroma: taps(height, inHeight / 2) };
  }

  private convert(format: ScalableFormat, layout: PlaneLayout[], width: number, height: number, rgba: Uint8ClampedArray, c: ReturnType<typeof coefficients>): void {
    const planes = this.planes;
    const { luma: lumaColumns, chroma: chromaColumns } = this.columns!;
    const { luma: lumaRows, chroma: chromaRows } = this.rows!;
    const yPlane = layout[0]!;
    const uPlane = layout[1]!;
    // NV12 keeps U and V side by side in one plane; I420 has a plane each.
    const vPlane = format === 'NV12' ? { offset: uPlane.offset + 1, stride: uPlane.stride } : layout[2]!;
    const chromaStep = format === 'NV12' ? 2 : 1;
    let at = 0;
    for (let y = 0; y < height; y++) {
      const yTop = yPlane.offset + lumaRows.first[y]! * yPlane.stride;
      const yBottom = yPlane.offset + lumaRows.second[y]! * yPlane.stride;
      const yWeight = lumaRows.weight[y]!;
      const uTop = uPlane.offset + chromaRows.first[y]! * uPlane.stride;
      const uBottom = uPlane.offset + chromaRows.second[y]! * uPlane.stride;
      const vTop = vPlane.offset + chromaRows.first[y]! * vPlane.stride;
      const vBottom = vPlane.offset + chromaRows.second[y]! * vPlane.stride;
      const cWeight = chromaRows.weight[y]!;
      for (let x = 0; x < width; x++, at += 4) {
        const x0 = lumaColumns.first[x]!;
        const x1 = lumaColumns.second[x]!;
        const xWeight = lumaColumns.weight[x]!;
        const top = planes[yTop + x0]! + (planes[yTop + x1]! - planes[yTop + x0]!) * xWeight;
        const bottom = planes[yBottom + x0]! + (planes[yBottom + x1]! - planes[yBottom + x0]!) * xWeight;
        const lum = (top + (bottom - top) * yWeight - c.lumaOffset) * c.luma;
        const c0 = chromaColumns.first[x]! * chromaStep;
        const c1 = chromaColumns.second[x]! * chromaStep;
        const cxWeight = chromaColumns.weight[x]!;
        const uUp = planes[uTop + c0]! + (planes[uTop + c1]! - planes[uTop + c0]!) * cxWeight;
        const uDown = planes[uBottom + c0]! + (planes[uBottom + c1]! - planes[uBottom + c0]!) * cxWeight;
        const vUp = planes[vTop + c0]! + (planes[vTop + c1]! - planes[vTop + c0]!) * cxWeight;
        const vDown = planes[vBottom + c0]! + (planes[vBottom + c1]! - planes[vBottom + c0]!) * cxWeight;
        const u = uUp + (uDown - uUp) * cWeight - 128;
        const v = vUp + (vDown - vUp) * cWeight - 128;
        rgba[at] = lum + c.rv * v;
        rgba[at + 1] = lum + c.gu * u + c.gv * v;
        rgba[at + 2] = lum + c.bu * u;
        rgba[at + 3] = 255;
      }
    }
  }
}
