// The scan benchmark's corpus: pictures of codes as a phone camera sees them, generated in the
// browser from a fixed seed, so every run (and anyone checking the README's table) shows the
// decoders the same pictures. Each picture is a camera frame: a cluttered scene (gradients, shapes,
// text, stripes) with zero, one or two codes printed on labels, drawn by inverse mapping from the
// code's module grid (bwip-js's `raw()` symbol) through a homography (position, size, rotation,
// perspective), 3x3 supersampled, then degraded as a camera would: blur, noise, low contrast,
// uneven light. Every random choice comes from a seeded PRNG; pixel work is plain JavaScript on an
// ImageData (the engines' canvas filters differ), so a picture is the same in every engine except
// for the scene's text, which each engine renders with its own fonts.
//
// `corpusPlan({ seed, perCell, width, height })` lists the pictures (cheap: texts and parameters);
// `drawPicture(spec, canvas)` draws one into a canvas of the frame's size and returns its codes
// with where they are.
import bwipjs from 'bwip-js';

// -------------------------------------------------------------------------------------------------
// Seeded randomness.

/** mulberry32: a small, fast 32-bit PRNG giving numbers in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one part of the corpus, from the run's seed and the part's names. */
function seedOf(seed, ...parts) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const char of parts.join('/')) {
    h = Math.imul(h ^ char.charCodeAt(0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
  }
  return (h ^ (h >>> 16)) >>> 0;
}

/** Helpers over a PRNG. */
function tools(random) {
  const range = (low, high) => low + (high - low) * random();
  const int = (low, high) => Math.floor(range(low, high + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chars = (alphabet, length) => Array.from({ length }, () => pick(alphabet)).join('');
  let spare = null;
  const gauss = () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = Math.max(1e-12, random());
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return { random, range, int, pick, chars, gauss };
}

// -------------------------------------------------------------------------------------------------
// The codes.

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = UPPER + UPPER.toLowerCase() + DIGITS;

/** EAN/UPC check digit of `digits` (without it). */
function withCheckDigit(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const weight = (digits.length - i) % 2 === 1 ? 3 : 1;
    sum += Number(digits[i]) * weight;
  }
  return digits + String((10 - (sum % 10)) % 10);
}

/**
 * The symbologies, with the Mini App type a reader should report and a text maker. `quiet`: the
 * quiet zone in modules; `twoD`: a module grid (else bars). EAN-13 texts never start with 0 (that
 * is a UPC-A, and reported as one), UPC-A texts are 12 digits as printed under the bars.
 */
export const SYMBOLOGIES = [
  { id: 'qr-short', name: 'QR (short text)', bcid: 'qrcode', type: 'QR_CODE', twoD: true, quiet: 4, text: (t) => `WX-${t.chars(ALNUM, t.int(6, 12))}` },
  {
    id: 'qr-long',
    name: 'QR (long text)',
    bcid: 'qrcode',
    type: 'QR_CODE',
    twoD: true,
    quiet: 4,
    text: (t) => `https://example.com/${t.chars(ALNUM, 12)}/${t.chars(ALNUM, 20)}?id=${t.chars(DIGITS, 12)}&ref=${t.chars(ALNUM, 40)}&s=${t.chars(ALNUM, t.int(20, 40))}`,
  },
  { id: 'ean13', name: 'EAN-13', bcid: 'ean13', type: 'EAN_13', twoD: false, quiet: 11, text: (t) => withCheckDigit(t.chars('123456789', 1) + t.chars(DIGITS, 11)) },
  { id: 'ean8', name: 'EAN-8', bcid: 'ean8', type: 'EAN_8', twoD: false, quiet: 8, text: (t) => withCheckDigit(t.chars(DIGITS, 7)) },
  { id: 'upca', name: 'UPC-A', bcid: 'upca', type: 'UPC_A', twoD: false, quiet: 10, text: (t) => withCheckDigit(t.chars(DIGITS, 11)) },
  { id: 'code128', name: 'Code 128', bcid: 'code128', type: 'CODE_128', twoD: false, quiet: 10, text: (t) => `${t.chars(ALNUM, t.int(4, 8))}-${t.chars(ALNUM, t.int(3, 6))}` },
  { id: 'code39', name: 'Code 39', bcid: 'code39', type: 'CODE_39', twoD: false, quiet: 10, text: (t) => t.chars(UPPER + DIGITS, t.int(6, 9)) },
  { id: 'datamatrix', name: 'Data Matrix', bcid: 'datamatrix', type: 'DATA_MATRIX', twoD: true, quiet: 2, text: (t) => `DM ${t.chars(ALNUM, t.int(12, 28))}` },
  { id: 'pdf417', name: 'PDF417', bcid: 'pdf417', type: 'PDF_417', twoD: true, quiet: 2, options: { columns: 3 }, text: (t) => `PDF417 ${t.chars(ALNUM + ' ', t.int(20, 36))}` },
];

/** A code's symbol as a grid: `inkAt(u, v)` for module coordinates, `columns` x `rows` modules. */
function symbolOf(symbology, text) {
  const [raw] = bwipjs.raw(symbology.bcid, text, symbology.options ?? {});
  if (raw.pixs) {
    const { pixs, pixx, pixy } = raw;
    // PDF417's rows are several modules high: `pixs` has each row once, `pixy` is the height.
    const dataRows = pixs.length / pixx;
    const rowHeight = pixy / dataRows;
    return { columns: pixx, rows: pixy, inkAt: (u, v) => pixs[Math.floor(v / rowHeight) * pixx + Math.floor(u)] === 1 };
  }
  const bars = [];
  raw.sbs.forEach((width, index) => {
    for (let i = 0; i < width; i++) bars.push(index % 2 === 0);
  });
  // Bars about as tall as the symbol is wide for short codes (EAN), flatter for long ones.
  const rows = Math.round(Math.min(70, Math.max(30, bars.length * 0.45)));
  return { columns: bars.length, rows, inkAt: (u) => bars[Math.floor(u)] };
}

// -------------------------------------------------------------------------------------------------
// Geometry: homographies mapping a code's label (module units) to the frame (pixels).

/** Solves A x = b (8x8) by Gaussian elimination with partial pivoting. */
function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let best = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row][col]) > Math.abs(m[best][col])) best = row;
    [m[col], m[best]] = [m[best], m[col]];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = m[row][col] / m[col][col];
      for (let k = col; k <= n; k++) m[row][k] -= factor * m[col][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** The homography taking the 4 points `from` to the 4 points `to`, as [a..h] (i = 1). */
function homography(from, to) {
  const a = [];
  const b = [];
  from.forEach(([x, y], i) => {
    const [u, v] = to[i];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  });
  return solve(a, b);
}

const apply = (h, x, y) => {
  const w = h[6] * x + h[7] * y + 1;
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
};

/**
 * Where a label of `width` x `height` pixels lands: centred on (cx, cy), rotated by `angle`
 * (radians), and tilted away by `tilt` (0: facing the camera; 0.4: the far edge 40% shorter).
 */
function quadOf({ cx, cy, width, height, angle, tilt = 0, tiltAxis = 'x' }) {
  const [w, h] = [width / 2, height / 2];
  const near = 1 + tilt / 2;
  const far = 1 - tilt / 2;
  // Foreshortened along the tilt: the tilted side also looks shorter.
  const squeeze = 1 - tilt * 0.35;
  const corners =
    tiltAxis === 'x'
      ? [[-w * squeeze, -h * near], [w * squeeze, -h * far], [w * squeeze, h * far], [-w * squeeze, h * near]]
      : [[-w * near, -h * squeeze], [w * near, -h * squeeze], [w * far, h * squeeze], [-w * far, h * squeeze]];
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return corners.map(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c]);
}

// -------------------------------------------------------------------------------------------------
// Pixels.

/** Draws a code's label into `image` (RGBA) through the homography from label to frame. */
function stampCode(image, symbol, quiet, quad, paper, ink) {
  const { width, height, data } = image;
  const labelW = symbol.columns + 2 * quiet;
  const labelH = symbol.rows + 2 * quiet;
  const toLabel = homography(quad, [[0, 0], [labelW, 0], [labelW, labelH], [0, labelH]]);
  const xs = quad.map(([x]) => x);
  const ys = quad.map(([, y]) => y);
  const left = Math.max(0, Math.floor(Math.min(...xs)));
  const right = Math.min(width - 1, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(height - 1, Math.ceil(Math.max(...ys)));
  const SS = 3;
  const samples = SS * SS;
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      let onLabel = 0;
      let inked = 0;
      for (let j = 0; j < SS; j++) {
        for (let i = 0; i < SS; i++) {
          const [u, v] = apply(toLabel, x + (i + 0.5) / SS, y + (j + 0.5) / SS);
          if (u < 0 || v < 0 || u >= labelW || v >= labelH) continue;
          onLabel++;
          const su = u - quiet;
          const sv = v - quiet;
          if (su >= 0 && sv >= 0 && su < symbol.columns && sv < symbol.rows && symbol.inkAt(su, sv)) inked++;
        }
      }
      if (onLabel === 0) continue;
      const at = (y * width + x) * 4;
      const background = (samples - onLabel) / samples;
      const paperShare = (onLabel - inked) / samples;
      const inkShare = inked / samples;
      for (let c = 0; c < 3; c++) data[at + c] = data[at + c] * background + paper[c] * paperShare + ink[c] * inkShare;
    }
  }
}

/** Box blur radii whose three passes approximate a Gaussian of `sigma`. */
function boxesForGauss(sigma) {
  const ideal = Math.sqrt((12 * sigma * sigma) / 3 + 1);
  let lower = Math.floor(ideal);
  if (lower % 2 === 0) lower--;
  const upper = lower + 2;
  const m = Math.round((12 * sigma * sigma - 3 * lower * lower - 12 * lower - 9) / (-4 * lower - 4));
  return [0, 1, 2].map((i) => ((i < m ? lower : upper) - 1) / 2);
}

function boxBlurLine(src, dst, offset, stride, count, radius) {
  if (radius <= 0) {
    for (let i = 0; i < count; i++) dst[offset + i * stride] = src[offset + i * stride];
    return;
  }
  const span = 2 * radius + 1;
  let sum = 0;
  const at = (i) => src[offset + Math.min(count - 1, Math.max(0, i)) * stride];
  for (let i = -radius; i <= radius; i++) sum += at(i);
  for (let i = 0; i < count; i++) {
    dst[offset + i * stride] = sum / span;
    sum += at(i + radius + 1) - at(i - radius);
  }
}

/** A Gaussian blur of `sigma` px over the RGB of `image` (three box blurs each way). */
function blur(image, sigma) {
  const { width, height, data } = image;
  const plane = new Float32Array(width * height);
  const temp = new Float32Array(width * height);
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < plane.length; i++) plane[i] = data[i * 4 + c];
    for (const radius of boxesForGauss(sigma)) {
      const r = Math.round(radius);
      for (let y = 0; y < height; y++) boxBlurLine(plane, temp, y * width, 1, width, r);
      for (let x = 0; x < width; x++) boxBlurLine(temp, plane, x, width, height, r);
    }
    for (let i = 0; i < plane.length; i++) data[i * 4 + c] = plane[i];
  }
}

/** Sensor noise: the same Gaussian offset (`sigma` levels) on the three channels of each pixel. */
function addNoise(image, sigma, t) {
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    const n = t.gauss() * sigma;
    data[i] += n;
    data[i + 1] += n;
    data[i + 2] += n;
  }
}

/**
 * Uneven light: a gradient from bright to dim across the frame along a random direction, and a
 * hard-edged shadow (a hand, a phone) over part of the code.
 */
function unevenLight(image, t, focus) {
  const { width, height, data } = image;
  const angle = t.range(0, 2 * Math.PI);
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const reach = Math.abs(dx) * width + Math.abs(dy) * height;
  const shadowAngle = t.range(0, 2 * Math.PI);
  const [sx, sy] = [Math.cos(shadowAngle), Math.sin(shadowAngle)];
  const shadowOffset = t.range(-0.25, 0.25) * focus.size;
  const bright = t.range(1.1, 1.25);
  const dim = t.range(0.35, 0.5);
  const shade = t.range(0.45, 0.6);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const along = ((x - width / 2) * dx + (y - height / 2) * dy) / reach + 0.5;
      let factor = bright + (dim - bright) * Math.min(1, Math.max(0, along));
      if ((x - focus.x) * sx + (y - focus.y) * sy > shadowOffset) factor *= shade;
      const at = (y * width + x) * 4;
      data[at] *= factor;
      data[at + 1] *= factor;
      data[at + 2] *= factor;
    }
  }
}

// -------------------------------------------------------------------------------------------------
// Scenes: what is around the codes, and all there is in the pictures without one.

const WORDS = ['best before', 'net wt', 'ingredients', 'lot', 'made in', 'price', 'serial', 'ticket', 'gate', 'seat', 'order', 'café', '扫码', '商品', 'total', '¥ 12.80'];

function drawScene(context, t, { bait }) {
  const { width, height } = context.canvas;
  const muted = () => `hsl(${t.int(0, 359)}, ${t.int(5, 45)}%, ${t.int(25, 80)}%)`;
  const gradient = context.createLinearGradient(0, 0, width * t.range(0.3, 1), height);
  gradient.addColorStop(0, muted());
  gradient.addColorStop(1, muted());
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const unit = Math.min(width, height);
  for (let i = 0, n = t.int(12, 24); i < n; i++) {
    context.globalAlpha = t.range(0.3, 0.9);
    context.fillStyle = muted();
    const [x, y] = [t.range(-0.1, 1) * width, t.range(-0.1, 1) * height];
    const [w, h] = [t.range(0.05, 0.4) * unit, t.range(0.05, 0.4) * unit];
    if (t.random() < 0.5) context.fillRect(x, y, w, h);
    else {
      context.beginPath();
      context.ellipse(x, y, w / 2, h / 2, t.range(0, Math.PI), 0, 2 * Math.PI);
      context.fill();
    }
  }
  context.globalAlpha = 1;
  for (let i = 0, n = t.int(6, 14); i < n; i++) {
    context.fillStyle = `hsl(0, 0%, ${t.int(0, 30)}%)`;
    context.font = `${t.int(12, 42) * (unit / 720)}px sans-serif`;
    context.fillText(`${t.pick(WORDS)} ${t.chars(ALNUM, t.int(2, 8))}`, t.range(0, 0.85) * width, t.range(0.05, 1) * height);
  }
  if (!bait) return;
  // Things decoders mistake for codes: stripes, a checkerboard, a dot grid, ruled lines.
  for (let i = 0, n = t.int(2, 4); i < n; i++) {
    const kind = t.pick(['stripes', 'checker', 'dots', 'rules']);
    const [x0, y0] = [t.range(0, 0.7) * width, t.range(0, 0.7) * height];
    const size = t.range(0.12, 0.3) * unit;
    context.save();
    context.translate(x0 + size / 2, y0 + size / 2);
    context.rotate(t.range(-0.3, 0.3));
    context.fillStyle = '#fff';
    context.fillRect(-size / 2 - 10, -size / 2 - 10, size * 1.6 + 20, size + 20);
    context.fillStyle = '#111';
    if (kind === 'stripes') {
      for (let x = -size / 2; x < size * 1.1; ) {
        const bar = t.int(1, 4) * (size / 90);
        context.fillRect(x, -size / 2, bar, size);
        x += bar + t.int(1, 4) * (size / 90);
      }
    } else if (kind === 'checker') {
      const cell = size / t.int(6, 16);
      for (let row = 0; row * cell < size; row++) for (let col = 0; col * cell < size; col++) if ((row + col) % 2 === 0) context.fillRect(-size / 2 + col * cell, -size / 2 + row * cell, cell, cell);
    } else if (kind === 'dots') {
      const cell = size / t.int(10, 25);
      for (let row = 0; row * cell < size; row++) for (let col = 0; col * cell < size; col++) if (t.random() < 0.5) context.fillRect(-size / 2 + col * cell, -size / 2 + row * cell, cell, cell);
    } else {
      for (let y = -size / 2; y < size / 2; y += size / 12) context.fillRect(-size / 2, y, size * 1.5, Math.max(1, size / 80));
    }
    context.restore();
  }
}

// -------------------------------------------------------------------------------------------------
// The plan.

/** The degraded categories, in the order the tables print them (clean first, no-code last). */
export const CATEGORIES = ['clean', 'small', 'blur', 'tilt', 'rotation', 'noise', 'low contrast', 'uneven light', 'inverted', 'two codes', 'no code'];

/**
 * Every picture of the corpus: `perCell` pictures per category and symbology (the no-code
 * category: `perCell` x the number of symbologies), each with its own seed.
 */
export function corpusPlan({ seed = 20240601, perCell = 1, width = 1280, height = 720, categories = CATEGORIES, symbologies = SYMBOLOGIES.map((s) => s.id) } = {}) {
  const plan = [];
  for (const category of categories) {
    for (const [index, id] of symbologies.entries()) {
      for (let copy = 0; copy < perCell; copy++) {
        const pictureSeed = seedOf(seed, category, id, copy, width);
        const t = tools(prng(pictureSeed));
        if (category === 'no code') {
          plan.push({ id: `no-code-${index}-${copy}`, category, symbology: 'none', seed: pictureSeed, width, height, codes: [] });
          continue;
        }
        const symbology = SYMBOLOGIES.find((s) => s.id === id);
        const codes = [{ symbology: id, type: symbology.type, text: symbology.text(t) }];
        if (category === 'two codes') {
          const other = t.pick(SYMBOLOGIES.filter((s) => s.id !== id));
          codes.push({ symbology: other.id, type: other.type, text: other.text(t) });
        }
        plan.push({ id: `${category.replace(/ /g, '-')}-${id}-${copy}`, category, symbology: id, seed: pictureSeed, width, height, codes });
      }
    }
  }
  return plan;
}

/** Module size in px for a code of `symbol` filling about `share` of the frame (2D: height; bars: width). */
function moduleFor(symbology, symbol, share, width, height) {
  const span = symbology.twoD ? Math.max(symbol.rows, symbol.columns * (height / width)) : symbol.columns;
  const room = symbology.twoD ? height : width;
  return Math.min(12, (share * room) / span);
}

/**
 * Draws picture `spec` into `canvas` (resized to the frame) and returns its codes, each with the
 * quadrilateral (frame px, the symbol without its quiet zone) and its bounding box `[x, y, w, h]`.
 */
export function drawPicture(spec, canvas) {
  const { width, height, category } = spec;
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const t = tools(prng(spec.seed ^ 0x5bd1e995));
  drawScene(context, t, { bait: category === 'no code' || t.random() < 0.3 });
  const image = context.getImageData(0, 0, width, height);
  const placed = [];
  const inverted = category === 'inverted';
  const lowContrast = category === 'low contrast';
  spec.codes.forEach((code, index) => {
    const symbology = SYMBOLOGIES.find((s) => s.id === code.symbology);
    const symbol = symbolOf(symbology, code.text);
    const two = spec.codes.length === 2;
    let module = moduleFor(symbology, symbol, two ? t.range(0.22, 0.3) : t.range(0.3, 0.45), width, height);
    if (category === 'small') module = symbology.twoD ? t.range(1.9, 2.3) : t.range(1.4, 1.7);
    const labelW = (symbol.columns + 2 * symbology.quiet) * module;
    const labelH = (symbol.rows + 2 * symbology.quiet) * module;
    let angle = t.range(-0.08, 0.08);
    if (category === 'rotation') angle = t.range(0.35, 1.22) + (Math.PI / 2) * t.int(0, 3);
    const tilt = category === 'tilt' ? t.range(0.35, 0.5) : 0;
    const reach = Math.hypot(labelW, labelH) / 2;
    const half = two ? width / 4 : width / 2;
    const cx = (two ? (index === 0 ? width / 4 : (3 * width) / 4) : width / 2) + t.range(-1, 1) * Math.max(0, half - reach - 8) * 0.6;
    const cy = height / 2 + t.range(-1, 1) * Math.max(0, height / 2 - reach - 8) * 0.6;
    const labelQuad = quadOf({ cx, cy, width: labelW, height: labelH, angle, tilt, tiltAxis: t.random() < 0.5 ? 'x' : 'y' });
    const [paper, ink] = inverted
      ? [[t.int(10, 35), t.int(10, 35), t.int(10, 35)], [t.int(225, 245), t.int(225, 245), t.int(225, 245)]]
      : lowContrast
        ? [[178, 176, 170], [128, 126, 122]]
        : [[t.int(235, 252), t.int(235, 252), t.int(230, 250)], [t.int(5, 30), t.int(5, 30), t.int(5, 30)]];
    stampCode(image, symbol, symbology.quiet, labelQuad, paper, ink);
    // The symbol's own corners (inside the quiet zone), mapped the same way.
    const toFrame = homography(
      [[0, 0], [symbol.columns + 2 * symbology.quiet, 0], [symbol.columns + 2 * symbology.quiet, symbol.rows + 2 * symbology.quiet], [0, symbol.rows + 2 * symbology.quiet]],
      labelQuad,
    );
    const q = symbology.quiet;
    const quad = [[q, q], [q + symbol.columns, q], [q + symbol.columns, q + symbol.rows], [q, q + symbol.rows]].map(([u, v]) => apply(toFrame, u, v));
    const xs = quad.map(([x]) => x);
    const ys = quad.map(([, y]) => y);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
    placed.push({ ...code, quad, box, module });
  });
  const focus = placed[0] ? { x: placed[0].box[0] + placed[0].box[2] / 2, y: placed[0].box[1] + placed[0].box[3] / 2, size: Math.max(placed[0].box[2], placed[0].box[3]) } : { x: width / 2, y: height / 2, size: height / 2 };
  if (category === 'low contrast') {
    // A faded, hazy picture: everything pulled towards mid-grey.
    const { data } = image;
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) data[i + c] = 150 + (data[i + c] - 150) * 0.75;
  }
  if (category === 'uneven light') unevenLight(image, t, focus);
  if (category === 'blur') {
    const module = Math.min(...placed.map((p) => p.module));
    blur(image, Math.max(1, module * t.range(0.35, 0.5)));
  }
  if (category === 'noise') addNoise(image, t.range(24, 32), t);
  context.putImageData(image, 0, 0);
  return placed.map(({ type, text, quad, box, symbology }) => ({ type, text, symbology, quad, box }));
}
