/**
 * What the zxing-wasm decoder looks at in one preview picture: the passes of a scan. Every scan
 * reads the whole picture quickly, scaled to at most 640x480 pixels and read without zxing's
 * `tryHarder`, three ways: as it is (the `base` pass, with a half-size copy where sensor noise
 * averages out, and zxing's `tryInvert` for light-on-dark QR, Data Matrix and Aztec codes);
 * `levelled` (each pixel over the mean light around it: a shadow or a gradient across the code,
 * and the soft edges of a blurred one, no longer hide it); and `inverted` (light and dark swapped:
 * light-on-dark bar codes and PDF417, which zxing's `tryInvert` does not read). A code held up to
 * the camera is read there, at the first scan after it appears. Every scan adds one further pass,
 * taking turns:
 * - `harder` (two scans in six): the whole picture at full resolution (up to 1280x720), with
 *   zxing trying harder (more scan lines, a finer search for finder patterns): small codes, a
 *   second code, blur. A picture larger than that is read a `region` at a time instead, at full
 *   resolution (codes filling a small part of a 1080p frame vanish when it is scaled down), the
 *   centre first, then the corners;
 * - `rotated` (two scans in six): the picture turned 45, 30 or 60 degrees in turn (with zxing's
 *   own quarter turn, codes tilted by any of those either way), for bar codes and PDF417 held at an
 *   angle (zxing reads them only near level or upright; QR and Data Matrix at any angle);
 * - `smoothed`: the picture's columns averaged 4 rows at a time, for level bar codes and PDF417 in
 *   sensor noise (the bars run down the picture: averaging along them keeps them and halves the
 *   noise);
 * - `inverted` at full resolution (up to 1280x720): fine light-on-dark bars.
 * The picture stays the same between scans while the phone is held still, so a code any pass
 * reads is read within a few scans, and the common case costs the three small passes.
 */

/** A rectangle of the picture, in its pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PassKind = 'base' | 'levelled' | 'harder' | 'region' | 'inverted' | 'rotated' | 'smoothed';

/** One pass: which part of the picture, drawn how big, turned and inverted how. */
export interface ScanPass {
  kind: PassKind;
  /** The part of the picture read, in picture pixels. */
  source: Rect;
  /** The size it is drawn at for the decoder. */
  width: number;
  height: number;
  /**
   * Clockwise turn in degrees (0, or for a turned pass 30, 45 or 60); a turned pass is drawn at
   * `turnScale` drawn pixels per picture pixel, in the upright rectangle that holds it all.
   */
  angle: number;
  turnScale: number;
  /** Light and dark swapped. */
  invert: boolean;
}

/** The most pixels the base pass reads: 640x480 (a 480p picture is read whole at full resolution). */
export const BASE_PIXELS = 640 * 480;
/** The most pixels the further passes read at once: 1280x720. */
export const DETAIL_PIXELS = 1280 * 720;
/** The most pixels of the picture a turned pass reads: 768x432 (0.6 of 720p: bars stay wide enough after the turn). */
export const TURN_PIXELS = 768 * 432;
/** The turns of the rotated pass, in order. */
export const TURN_ANGLES = [45, 30, 60] as const;
/** Rows a smoothed pass averages. */
export const SMOOTH_ROWS = 4;

/**
 * The whole picture, scaled down by the smallest whole factor that leaves at most `pixels` (each
 * pixel then the mean of a block: sensor noise averages out). The source is the part the blocks
 * cover (a few pixels at the right and bottom edges may be left out).
 */
function whole(kind: PassKind, width: number, height: number, pixels: number): ScanPass {
  const factor = Math.max(1, Math.ceil(Math.sqrt((width * height) / pixels) - 1e-9));
  return shrunk(kind, width, height, factor, factor);
}

/** The whole picture, each `across` x `down` block of it one pixel. */
function shrunk(kind: PassKind, width: number, height: number, across: number, down: number): ScanPass {
  const [w, h] = [Math.floor(width / across), Math.floor(height / down)];
  return { kind, source: { x: 0, y: 0, width: w * across, height: h * down }, width: w, height: h, angle: 0, turnScale: 1, invert: false };
}

/**
 * The whole factors an unturned pass scales its source down by, across and down (1 for a region;
 * a turned pass has its own scale).
 */
export function shrinkFactors(pass: ScanPass): [number, number] {
  return pass.angle === 0 ? [Math.round(pass.source.width / pass.width), Math.round(pass.source.height / pass.height)] : [1, 1];
}

/** The base pass: the whole picture, scaled down to at most {@link BASE_PIXELS}. */
export function basePass(width: number, height: number): ScanPass {
  return whole('base', width, height, BASE_PIXELS);
}

/** The levelled pass: the base pass's picture, each pixel over the mean light around it. */
export function levelledPass(width: number, height: number): ScanPass {
  return { ...basePass(width, height), kind: 'levelled' };
}

/** The inverted pass: the base pass's picture with light and dark swapped. */
export function invertedPass(width: number, height: number): ScanPass {
  return { ...basePass(width, height), kind: 'inverted', invert: true };
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

/** The further passes in turn: a detail pass and a turned one two scans in six each, smoothed and inverted. */
const FURTHER_TURNS = ['detail', 'rotated', 'detail', 'rotated', 'smoothed', 'inverted'] as const;

/** How many further passes of `kind` come before the `turn`-th. */
function passesBefore(kind: (typeof FURTHER_TURNS)[number], turn: number): number {
  const ofKind = (turns: readonly string[]) => turns.filter((entry) => entry === kind).length;
  const cycle = FURTHER_TURNS.length;
  return Math.floor(turn / cycle) * ofKind(FURTHER_TURNS) + ofKind(FURTHER_TURNS.slice(0, turn % cycle));
}

/**
 * The `turn`-th further pass (counting from 0 for a camera): in the order of
 * {@link FURTHER_TURNS}, where a detail pass is the whole picture read harder or, for a larger
 * picture, its next full-resolution region, and each turned pass takes the next of
 * {@link TURN_ANGLES}.
 */
export function furtherPass(turn: number, width: number, height: number): ScanPass {
  switch (FURTHER_TURNS[turn % FURTHER_TURNS.length]!) {
    case 'detail': {
      const regions = regionsOf(width, height);
      if (regions.length === 0) return whole('harder', width, height, DETAIL_PIXELS);
      const source = regions[passesBefore('detail', turn) % regions.length]!;
      return { kind: 'region', source, width: source.width, height: source.height, angle: 0, turnScale: 1, invert: false };
    }
    case 'inverted':
      return { ...whole('inverted', width, height, DETAIL_PIXELS), invert: true };
    case 'smoothed': {
      const across = Math.max(1, Math.ceil(Math.sqrt((width * height) / DETAIL_PIXELS) - 1e-9));
      return shrunk('smoothed', width, height, across, across * SMOOTH_ROWS);
    }
    case 'rotated': {
      const angle = TURN_ANGLES[passesBefore('rotated', turn) % TURN_ANGLES.length]!;
      const scale = Math.min(1, Math.sqrt(TURN_PIXELS / (width * height)));
      const radians = (angle * Math.PI) / 180;
      const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
      const source = { x: 0, y: 0, width, height };
      return { kind: 'rotated', source, width: Math.round((width * cos + height * sin) * scale), height: Math.round((width * sin + height * cos) * scale), angle, turnScale: scale, invert: false };
    }
  }
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
  // Drawn: the source scaled by `turnScale` and turned by `angle` about the drawn rectangle's centre.
  const scale = pass.turnScale;
  const radians = (-pass.angle * Math.PI) / 180;
  const [dx, dy] = [x - pass.width / 2, y - pass.height / 2];
  const [ux, uy] = [dx * Math.cos(radians) - dy * Math.sin(radians), dx * Math.sin(radians) + dy * Math.cos(radians)];
  return [source.x + source.width / 2 + ux / scale, source.y + source.height / 2 + uy / scale];
}
