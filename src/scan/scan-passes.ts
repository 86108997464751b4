/**
 * What the zxing-wasm decoder looks at in one preview picture: the passes of a scan. Every scan
 * reads the whole picture quickly (the `base` pass, scaled to at most 640x480 pixels and read
 * without zxing's `tryHarder`, with a half-size copy where sensor noise averages out, and with
 * zxing's `tryInvert` for light-on-dark QR, Data Matrix and Aztec codes): a code held up to the
 * camera is read there, at the first scan after it appears. Every other scan adds one further
 * pass, taking turns:
 * - `harder`: the whole picture at full resolution (up to 1280x720), with zxing trying harder (more
 *   scan lines, a finer search for finder patterns): small codes, a second code, blur. A picture
 *   larger than that is read a `region` at a time instead, at full resolution (codes filling a
 *   small part of a 1080p frame vanish when it is scaled down), the centre first, then the corners;
 * - `inverted`: the picture (up to 1280x720) with light and dark swapped, for light-on-dark bar
 *   codes and PDF417, which zxing's `tryInvert` does not read;
 * - `rotated`: the base picture turned 45 degrees, for bar codes and PDF417 held at an angle (zxing
 *   reads them only near level or upright; QR and Data Matrix at any angle).
 * The picture stays the same between scans while the phone is held still, so a code any pass
 * reads is read within a few scans, and the common case costs one small pass.
 */

/** A rectangle of the picture, in its pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PassKind = 'base' | 'harder' | 'region' | 'inverted' | 'rotated';

/** One pass: which part of the picture, drawn how big, turned and inverted how. */
export interface ScanPass {
  kind: PassKind;
  /** The part of the picture read, in picture pixels. */
  source: Rect;
  /** The size it is drawn at for the decoder. */
  width: number;
  height: number;
  /** Clockwise turn in degrees (0 or 45); a turned pass is drawn in a square that holds it all. */
  angle: number;
  /** Light and dark swapped. */
  invert: boolean;
}

/** The most pixels the base pass reads: 640x480 (a 480p picture is read whole at full resolution). */
export const BASE_PIXELS = 640 * 480;
/** The most pixels the further passes read at once: 1280x720. */
export const DETAIL_PIXELS = 1280 * 720;

/**
 * The whole picture, scaled down by the smallest whole factor that leaves at most `pixels` (each
 * pixel then the mean of a block: sensor noise averages out). The source is the part the blocks
 * cover (a few pixels at the right and bottom edges may be left out).
 */
function whole(kind: PassKind, width: number, height: number, pixels: number): ScanPass {
  const factor = Math.max(1, Math.ceil(Math.sqrt((width * height) / pixels) - 1e-9));
  const [w, h] = [Math.floor(width / factor), Math.floor(height / factor)];
  return { kind, source: { x: 0, y: 0, width: w * factor, height: h * factor }, width: w, height: h, angle: 0, invert: false };
}

/** The whole factor a pass scales its source down by (1 for a region or a turned pass's own scale). */
export function shrinkFactor(pass: ScanPass): number {
  return pass.angle === 0 ? Math.round(pass.source.width / pass.width) : 1;
}

/** The base pass: the whole picture, scaled down to at most {@link BASE_PIXELS}. */
export function basePass(width: number, height: number): ScanPass {
  return whole('base', width, height, BASE_PIXELS);
}

/**
 * The full-resolution regions of a picture larger than {@link DETAIL_PIXELS} (centre first, then
 * the four corners), each of that size and overlapping, so that any code up to half a region's
 * size lies whole in one. None for smaller pictures (read whole).
 */
export function regionsOf(width: number, height: number): Rect[] {
  const scale = Math.sqrt(DETAIL_PIXELS / (width * height));
  if (scale >= 1) return [];
  const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
  const [right, bottom] = [width - w, height - h];
  return [
    { x: Math.round(right / 2), y: Math.round(bottom / 2), width: w, height: h },
    { x: 0, y: 0, width: w, height: h },
    { x: right, y: 0, width: w, height: h },
    { x: 0, y: bottom, width: w, height: h },
    { x: right, y: bottom, width: w, height: h },
  ];
}

/**
 * The `turn`-th further pass (counting from 0 for a camera): harder (the whole picture, or the
 * next full-resolution region of a larger picture), inverted and rotated, in turn.
 */
export function furtherPass(turn: number, width: number, height: number): ScanPass {
  if (turn % 3 === 0) {
    const regions = regionsOf(width, height);
    if (regions.length === 0) return whole('harder', width, height, DETAIL_PIXELS);
    const source = regions[(turn / 3) % regions.length]!;
    return { kind: 'region', source, width: source.width, height: source.height, angle: 0, invert: false };
  }
  if (turn % 3 === 1) return { ...whole('inverted', width, height, DETAIL_PIXELS), invert: true };
  // The base picture turned, at its scale: a square holding all of it.
  const base = basePass(width, height);
  const side = Math.round((base.width + base.height) * Math.SQRT1_2);
  return { kind: 'rotated', source: base.source, width: side, height: side, angle: 45, invert: false };
}

/**
 * Maps a point of a pass's drawn picture back to the original picture's pixels: undoes the turn
 * (about the centre), the scaling and the region's offset.
 */
export function toPicture(pass: ScanPass, x: number, y: number): [number, number] {
  const { source } = pass;
  if (pass.angle === 0) {
    return [source.x + (x * source.width) / pass.width, source.y + (y * source.height) / pass.height];
  }
  // Drawn: the source scaled by `scale` and turned by `angle` about the square's centre.
  const scale = rotatedScale(pass);
  const radians = (-pass.angle * Math.PI) / 180;
  const [dx, dy] = [x - pass.width / 2, y - pass.height / 2];
  const [ux, uy] = [dx * Math.cos(radians) - dy * Math.sin(radians), dx * Math.sin(radians) + dy * Math.cos(radians)];
  return [source.x + source.width / 2 + ux / scale, source.y + source.height / 2 + uy / scale];
}

/** The scale a turned pass draws its source at: the turned picture just fits its square. */
export function rotatedScale(pass: ScanPass): number {
  return pass.width / ((pass.source.width + pass.source.height) * Math.SQRT1_2);
}
