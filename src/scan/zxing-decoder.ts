/**
 * zxing-wasm (ZXing-C++ compiled to WebAssembly), for browsers whose `BarcodeDetector` is missing
 * or lacks a format. Loaded only when a scan worker needs it, and its `.wasm` file always from
 * beside this module (never zxing-wasm's default CDN), so scanning works offline and under a
 * Content-Security-Policy that allows only the page's own origin (plus `'wasm-unsafe-eval'`, which
 * any WebAssembly needs). What it reads in each picture: the passes of {@link basePass},
 * {@link levelledPass}, {@link invertedPass} and {@link furtherPass}.
 */
import type { ReaderOptions, ReadResult } from 'zxing-wasm/reader';
import type { ScanCodeDetail } from '../types.js';
import { base64OfBytes } from './base64.js';
import { ANY_ANGLE_ZXING_FORMATS, codeTypeOfZXingFormat, retailCode, SELF_INVERTING_ZXING_FORMATS } from './code-types.js';
import { crop, imageDataOf, invert, level, lumaOf, shrink, turn, type Luma } from './luma.js';
import { boundsOf, overlapShare } from './scan-area.js';
import { basePass, furtherPass, invertedPass, levelledPass, shrinkFactors, toPicture, type ScanPass } from './scan-passes.js';
import type { DecodedCode, ScanImage } from './scan-protocol.js';

/**
 * Where the decoder's wasm is: beside this module in every build (`src/scan/` for the dev
 * servers, `dist/scan/` for the tsc build, `dist/` beside the bundled scan worker). Written as a
 * literal `new URL(..., import.meta.url)` so bundlers such as Vite find and emit the file.
 */
const wasmUrl = () => new URL('./zxing_reader.wasm', import.meta.url).href;

type ReadFields = Pick<ReadResult, 'format' | 'text' | 'bytes'> & Partial<Pick<ReadResult, 'extra'>>;

/** The UPC-E digits zxing-wasm gives beside a UPC-E's expanded text (`extra: {"UPCE":"01234565"}`). */
function upcEOf(extra: string | undefined): string | undefined {
  if (!extra) return undefined;
  try {
    const value = (JSON.parse(extra) as { UPCE?: unknown }).UPCE;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A {@link ScanCodeDetail} for one zxing-wasm result. EAN and UPC codes as phones report them
 * ({@link retailCode}), their `rawData` the reported digits.
 */
export function codeOfReadResult(read: ReadFields): ScanCodeDetail {
  const zxingType = codeTypeOfZXingFormat(read.format);
  const { type, result } = retailCode(zxingType, read.text, read.format === 'UPCE' ? upcEOf(read.extra) : undefined);
  const retold = result !== read.text || type !== zxingType;
  const bytes = retold ? new TextEncoder().encode(result) : read.bytes;
  return {
    type,
    result,
    rawData: bytes.length > 0 ? base64OfBytes(bytes) : '',
    // `text` is always Unicode: zxing decodes the bytes by their ECI, or by its guess without one.
    charSet: 'utf-8',
  };
}

/** One code found by a pass, with what settles a conflict: its corners in the picture and its scan lines. */
export interface Found {
  code: DecodedCode;
  /** Bar codes: how many scan lines agreed; matrix codes (checked by error correction): Infinity. */
  strength: number;
}

/**
 * Drops misreads: where two results overlap in the picture with different texts (a bar code read
 * again in a smaller or turned copy, a digit wrong), the one fewer scan lines agreed on goes.
 */
export function withoutConflicts(found: readonly Found[]): DecodedCode[] {
  const kept: Found[] = [];
  for (const candidate of [...found].sort((a, b) => b.strength - a.strength)) {
    const box = candidate.code.corners ? boundsOf(candidate.code.corners) : null;
    const clash = kept.some(
      (other) =>
        box &&
        other.code.corners &&
        (other.code.result !== candidate.code.result || other.code.type !== candidate.code.type) &&
        overlapShare(box, boundsOf(other.code.corners)) > 0.3,
    );
    const same = kept.some((other) => other.code.result === candidate.code.result && other.code.type === candidate.code.type);
    if (!clash && !same) kept.push(candidate);
  }
  // In the order the passes found them.
  return found.filter((entry) => kept.includes(entry)).map((entry) => entry.code);
}

/** How far around each pixel the levelled pass takes the mean light (in base pass pixels: 65x65). */
const LEVEL_RADIUS = 32;

/** Reads codes with zxing-wasm, for the formats given. */
export class ZXingDecoder {
  /** Further passes run since this decoder started; picks the next one. */
  private turn = 0;
  /** Per pass kind; null: no format needs that pass (an empty list would mean every format to zxing). */
  private readonly options: Record<ScanPass['kind'], ReaderOptions | null>;

  private constructor(
    private readonly zxing: typeof import('zxing-wasm/reader'),
    formats: string[],
  ) {
    const all = formats as ReaderOptions['formats'];
    const common: ReaderOptions = {
      formats: all,
      // The text as encoded (no GS1 parentheses or escapes), as BarcodeDetector gives it.
      textMode: 'Plain',
      maxNumberOfSymbols: 8,
      // Bar codes upright too (a phone held in portrait).
      tryRotate: true,
      // Light-on-dark bar codes have their own pass: zxing's own inversion reads only matrix codes.
      tryInvert: false,
      tryHarder: false,
    };
    const only = (keep: (format: string) => boolean, options: ReaderOptions): ReaderOptions | null => {
      const kept = formats.filter(keep);
      return kept.length > 0 ? { ...options, formats: kept as ReaderOptions['formats'] } : null;
    };
    // The whole picture, a half-size copy of it (noise averages out), light-on-dark matrix codes.
    const base: ReaderOptions = { ...common, tryInvert: true, tryDownscale: true, downscaleFactor: 2, downscaleThreshold: 360 };
    const bars = (format: string) => !ANY_ANGLE_ZXING_FORMATS.has(format);
    this.options = {
      base,
      levelled: base,
      harder: { ...common, tryHarder: true, tryDownscale: false },
      region: { ...common, tryHarder: true, tryDownscale: false },
      // Swapped already: the formats zxing's `tryInvert` misses (the base pass read the others).
      inverted: only((format) => !SELF_INVERTING_ZXING_FORMATS.has(format), { ...base, tryInvert: false }),
      // Matrix codes were read at any angle in the base pass. A turned copy misreads more easily
      // (an upright EAN-13 as a UPC-E): four scan lines must agree. The global threshold reads
      // turned PDF417 that the local one breaks up (and all the turned bar codes it reads).
      rotated: only(bars, { ...common, tryHarder: true, tryDownscale: false, minLineCount: 4, binarizer: 'GlobalHistogram' }),
      // Averaged down the bars: level bar codes only.
      smoothed: only(bars, { ...common, tryHarder: true, tryDownscale: false, tryRotate: false }),
    };
  }

  /** Loads zxing-wasm and instantiates its wasm; rejects when either cannot be loaded. */
  static async load(formats: string[]): Promise<ZXingDecoder> {
    if (typeof OffscreenCanvas === 'undefined') throw new Error('no OffscreenCanvas in workers');
    const zxing = await import('zxing-wasm/reader');
    const url = wasmUrl();
    try {
      await zxing.prepareZXingModule({
        overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? url : prefix + path) },
        fireImmediately: true,
      });
    } catch (error) {
      throw new Error(`zxing-wasm could not load ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new ZXingDecoder(zxing, formats);
  }

  /**
   * Runs the decoder on blank pictures of a 720p camera's pass sizes, with each pass's options, so
   * that the camera's first pictures are decoded by warm code (the wasm compiled, its memory grown).
   */
  async warmUp(): Promise<void> {
    const further = [0, 1, 2, 3, 4, 5].map((turn) => furtherPass(turn, 1280, 720));
    const kinds = [basePass(1280, 720), invertedPass(1280, 720), ...further].filter((pass, index, all) => all.findIndex((other) => other.kind === pass.kind) === index);
    for (const pass of kinds.filter((pass) => this.options[pass.kind])) {
      const blank = new ImageData(pass.width, pass.height);
      blank.data.fill(200);
      await this.zxing.readBarcodes(blank, this.options[pass.kind]!);
    }
  }

  /**
   * The codes in `image`: the base, levelled and inverted passes, and the next further pass. Corners
   * are in the image's pixels.
   */
  async decode(image: ScanImage): Promise<{ codes: DecodedCode[]; width: number; height: number }> {
    const frame = await lumaOf(image);
    const { width, height } = frame;
    const base = basePass(width, height);
    const baseLuma = shrink(frame, ...shrinkFactors(base));
    const found = await this.read(baseLuma, base);
    found.push(...(await this.read(level(baseLuma, LEVEL_RADIUS), levelledPass(width, height))));
    found.push(...(await this.read(invert(baseLuma), invertedPass(width, height))));
    const further = furtherPass(this.turn++, width, height);
    found.push(...(await this.read(this.lumaFor(further, frame), further)));
    return { codes: withoutConflicts(found), width, height };
  }

  /** The grey picture a further pass reads, from the frame's. */
  private lumaFor(pass: ScanPass, frame: Luma): Luma {
    const { source } = pass;
    switch (pass.kind) {
      case 'region':
        return crop(frame, source.x, source.y, source.width, source.height);
      case 'rotated':
        return turn(frame, pass.angle, pass.turnScale, pass.width, pass.height);
      default: {
        const luma = shrink(frame, ...shrinkFactors(pass));
        return pass.invert ? invert(luma) : luma;
      }
    }
  }

  private async read(luma: Luma, pass: ScanPass): Promise<Found[]> {
    const options = this.options[pass.kind];
    if (!options) return [];
    const results = await this.zxing.readBarcodes(imageDataOf(luma), options);
    return results
      .filter((read) => read.isValid)
      .map((read) => {
        const { topLeft, topRight, bottomRight, bottomLeft } = read.position;
        const corners = [topLeft, topRight, bottomRight, bottomLeft].flatMap(({ x, y }) => toPicture(pass, x, y));
        const strength = ANY_ANGLE_ZXING_FORMATS.has(read.format) || read.lineCount <= 0 ? Infinity : read.lineCount;
        return { code: { ...codeOfReadResult(read), corners }, strength };
      });
  }
}
