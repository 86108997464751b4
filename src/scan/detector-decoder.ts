/**
 * The browser's own decoder, the Shape Detection API's `BarcodeDetector` (Chromium on Android,
 * macOS and ChromeOS; absent on Linux, Windows, Firefox and WebKit). Not in TypeScript's DOM lib,
 * hence the declarations below.
 */
import type { ScanCodeDetail } from '../types.js';
import { codeTypeOfDetectorFormat } from './code-types.js';
import type { ScanImage } from './scan-protocol.js';

interface DetectedBarcode {
  format: string;
  rawValue: string;
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

/** A {@link ScanCodeDetail} for one `BarcodeDetector` result, which gives text but no raw bytes. */
export function codeOfDetected({ format, rawValue }: DetectedBarcode): ScanCodeDetail {
  return { type: codeTypeOfDetectorFormat(format), result: rawValue, rawData: '', charSet: 'utf-8' };
}

/** Reads codes with `BarcodeDetector`, for the formats given (a subset of the supported ones). */
export class DetectorDecoder {
  private readonly detector: BarcodeDetectorInstance;

  constructor(formats: string[]) {
    if (typeof BarcodeDetectorClass !== 'function') throw new Error('no BarcodeDetector here');
    this.detector = new BarcodeDetectorClass({ formats });
  }

  async decode(image: ScanImage): Promise<ScanCodeDetail[]> {
    const found = await this.detector.detect(image);
    return found.map(codeOfDetected);
  }
}
