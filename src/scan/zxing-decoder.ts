/**
 * zxing-wasm (ZXing-C++ compiled to WebAssembly), for browsers whose `BarcodeDetector` is missing
 * or lacks a format. Loaded only when a scan worker needs it, and its `.wasm` file always from
 * beside this module (never zxing-wasm's default CDN), so scanning works offline and under a
 * Content-Security-Policy that allows only the page's own origin (plus `'wasm-unsafe-eval'`, which
 * any WebAssembly needs).
 */
import type { ReaderOptions, ReadResult } from 'zxing-wasm/reader';
import type { ScanCodeDetail } from '../types.js';
import { base64OfBytes } from './base64.js';
import { codeTypeOfZXingFormat } from './code-types.js';
import type { ScanImage } from './scan-protocol.js';

/**
 * Where the decoder's wasm is: beside this module in every build (`src/scan/` for the dev
 * servers, `dist/scan/` for the tsc build, `dist/` beside the bundled scan worker). Written as a
 * literal `new URL(..., import.meta.url)` so bundlers such as Vite find and emit the file.
 */
const wasmUrl = () => new URL('./zxing_reader.wasm', import.meta.url).href;

/** A {@link ScanCodeDetail} for one zxing-wasm result. */
export function codeOfReadResult(read: Pick<ReadResult, 'format' | 'text' | 'bytes'>): ScanCodeDetail {
  return {
    type: codeTypeOfZXingFormat(read.format),
    result: read.text,
    rawData: read.bytes.length > 0 ? base64OfBytes(read.bytes) : '',
    // `text` is always Unicode: zxing decodes the bytes by their ECI, or by its guess without one.
    charSet: 'utf-8',
  };
}

/** Reads codes with zxing-wasm, for the formats given. */
export class ZXingDecoder {
  private canvas: OffscreenCanvas | null = null;
  private context: OffscreenCanvasRenderingContext2D | null = null;

  private constructor(
    private readonly zxing: typeof import('zxing-wasm/reader'),
    private readonly options: ReaderOptions,
  ) {}

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
    return new ZXingDecoder(zxing, {
      formats: formats as ReaderOptions['formats'],
      // The text as encoded (no GS1 parentheses or escapes), as BarcodeDetector gives it.
      textMode: 'Plain',
      maxNumberOfSymbols: 8,
    });
  }

  async decode(image: ScanImage): Promise<ScanCodeDetail[]> {
    const found = await this.zxing.readBarcodes(this.pixelsOf(image), this.options);
    return found.filter((read) => read.isValid).map(codeOfReadResult);
  }

  /** The image's RGBA pixels, drawn on a canvas kept for the next image. */
  private pixelsOf(image: ScanImage): ImageData {
    const width = 'displayWidth' in image ? image.displayWidth : image.width;
    const height = 'displayHeight' in image ? image.displayHeight : image.height;
    if (!this.canvas || !this.context) {
      this.canvas = new OffscreenCanvas(width, height);
      this.context = this.canvas.getContext('2d', { willReadFrequently: true });
      if (!this.context) throw new Error('no 2D context on OffscreenCanvas');
    } else if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.context.drawImage(image, 0, 0, width, height);
    return this.context.getImageData(0, 0, width, height);
  }
}
