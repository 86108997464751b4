/**
 * The browser's own decoder, the Shape Detection API's `BarcodeDetector` (Chromium on Android,
 * macOS and ChromeOS; absent on Linux, Windows, Firefox and WebKit). Not in TypeScript's DOM lib,
 * hence the declarations below.
 */
import type { ScanCodeDetail } from '../types.js';
import { codeTypeOfDetectorFormat, retailCode } from './code-types.js';
import type { DecodedCode, ScanImage } from './scan-protocol.js';

interface DetectedBarcode {
  format: string;
  rawValue: string;
  cornerPoints?: readonly { x: number; y: number }[];
  boundingBox?: { x: number; y: number; width: number; height: number };
}

interface BarcodeDetectorInstance {
  detect(image: ScanImage): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorConstructor {
  new (options?: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

const BarcodeDetectorClass = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;

/** The formats this browser's `BarcodeDetector` reads; none where it is missing or broken. */
export async function detectorSupportedFormats(): Promise<string[]> {
  if (typeof BarcodeDetectorClass !== 'function') return [];
  try {
    return await BarcodeDetectorClass.getSupportedFormats();
  } catch {
    return [];
  }
}

/**
 * A {@link ScanCodeDetail} for one `BarcodeDetector` result, which gives text but no raw bytes.
 * EAN and UPC codes as phones report them (an EAN-13 with a leading 0 is a UPC-A).
 */
export function codeOfDetected({ format, rawValue }: Pick<DetectedBarcode, 'format' | 'rawValue'>): ScanCodeDetail {
  const { type, result } = retailCode(codeTypeOfDetectorFormat(format), rawValue);
  return { type, result, rawData: '', charSet: 'utf-8' };
}

/** The corners of a detected code (`cornerPoints`, else its `boundingBox`), as `[x0, y0, ...]`. */
export function cornersOfDetected({ cornerPoints, boundingBox }: Pick<DetectedBarcode, 'cornerPoints' | 'boundingBox'>): number[] | null {
  if (cornerPoints && cornerPoints.length > 0) return cornerPoints.flatMap(({ x, y }) => [x, y]);
  if (boundingBox) {
    const { x, y, width, height } = boundingBox;
    return [x, y, x + width, y, x + width, y + height, x, y + height];
  }
  return null;
}

/** Reads codes with `BarcodeDetector`, for the formats given (a subset of the supported ones). */
export class DetectorDecoder {
  private readonly detector: BarcodeDetectorInstance;

  constructor(formats: string[]) {
    if (typeof BarcodeDetectorClass !== 'function') throw new Error('no BarcodeDetector here');
    this.detector = new BarcodeDetectorClass({ formats });
  }

  async decode(image: ScanImage): Promise<DecodedCode[]> {
    const found = await this.detector.detect(image);
    return found.map((detected) => ({ ...codeOfDetected(detected), corners: cornersOfDetected(detected) }));
  }
}
