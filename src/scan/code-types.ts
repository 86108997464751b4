/**
 * Code types as the Mini App names them (`QR_CODE`, `EAN_13`, `CODE_128`, ...: ZXing's Java
 * names), and how the two decoders' own format names map to them.
 */

/** A code type `scanCode` mode reads, and the decoders' names for it. */
export interface CodeTypeEntry {
  /** The Mini App's name, reported as `type` in `scancode`. */
  readonly type: string;
  /** The `BarcodeDetector` format, where the Shape Detection API defines one. */
  readonly detector?: string;
  /** The zxing-wasm formats to ask for. */
  readonly zxing: readonly string[];
}

/**
 * The codes `scanCode` mode reads. Those with a `detector` name are read by the browser's
 * `BarcodeDetector` when it supports them; zxing-wasm reads the rest, and the entries without one
 * only when it is loaded anyway.
 */
export const CODE_TYPES: readonly CodeTypeEntry[] = [
  { type: 'QR_CODE', detector: 'qr_code', zxing: ['QRCode'] },
  { type: 'EAN_13', detector: 'ean_13', zxing: ['EAN13'] },
  { type: 'EAN_8', detector: 'ean_8', zxing: ['EAN8'] },
  { type: 'UPC_A', detector: 'upc_a', zxing: ['UPCA'] },
  { type: 'UPC_E', detector: 'upc_e', zxing: ['UPCE'] },
  { type: 'CODE_128', detector: 'code_128', zxing: ['Code128'] },
  { type: 'CODE_39', detector: 'code_39', zxing: ['Code39'] },
  { type: 'CODE_93', detector: 'code_93', zxing: ['Code93'] },
  { type: 'CODABAR', detector: 'codabar', zxing: ['Codabar'] },
  { type: 'ITF', detector: 'itf', zxing: ['ITF'] },
  { type: 'DATA_MATRIX', detector: 'data_matrix', zxing: ['DataMatrix'] },
  { type: 'PDF_417', detector: 'pdf417', zxing: ['PDF417'] },
  { type: 'AZTEC', detector: 'aztec', zxing: ['Aztec'] },
  { type: 'RSS_14', zxing: ['DataBar'] },
  { type: 'RSS_EXPANDED', zxing: ['DataBarExp'] },
  { type: 'MAXICODE', zxing: ['MaxiCode'] },
];

/** zxing-wasm result formats (variants included) by Mini App type. */
const ZXING_RESULT_TYPES: Readonly<Record<string, string>> = {
  QRCode: 'QR_CODE',
  QRCodeModel1: 'QR_CODE',
  QRCodeModel2: 'QR_CODE',
  MicroQRCode: 'MICRO_QR_CODE',
  RMQRCode: 'RMQR_CODE',
  EAN13: 'EAN_13',
  // An ISBN is an EAN-13 (978/979 prefix); the Mini App reports it as such.
  ISBN: 'EAN_13',
  EAN8: 'EAN_8',
  UPCA: 'UPC_A',
  UPCE: 'UPC_E',
  Code128: 'CODE_128',
  Code39: 'CODE_39',
  Code39Std: 'CODE_39',
  Code39Ext: 'CODE_39',
  Code93: 'CODE_93',
  Codabar: 'CODABAR',
  ITF: 'ITF',
  ITF14: 'ITF',
  DataMatrix: 'DATA_MATRIX',
  PDF417: 'PDF_417',
  CompactPDF417: 'PDF_417',
  MicroPDF417: 'MICRO_PDF_417',
  Aztec: 'AZTEC',
  AztecCode: 'AZTEC',
  AztecRune: 'AZTEC',
  DataBar: 'RSS_14',
  DataBarOmni: 'RSS_14',
  DataBarStk: 'RSS_14',
  DataBarStkOmni: 'RSS_14',
  DataBarLtd: 'RSS_LIMITED',
  DataBarExp: 'RSS_EXPANDED',
  DataBarExpStk: 'RSS_EXPANDED',
  MaxiCode: 'MAXICODE',
};

/** `DXFilmEdge` → `DX_FILM_EDGE`, `Code128` → `CODE_128`, `qr_code` → `QR_CODE`: for names no table knows. */
function screamingSnake(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z])([A-Z0-9])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** The Mini App type of a zxing-wasm result `format` (e.g. `EAN13` → `EAN_13`). */
export function codeTypeOfZXingFormat(format: string): string {
  return ZXING_RESULT_TYPES[format] ?? screamingSnake(format);
}

/** The Mini App type of a `BarcodeDetector` format (e.g. `pdf417` → `PDF_417`). */
export function codeTypeOfDetectorFormat(format: string): string {
  return CODE_TYPES.find((entry) => entry.detector === format)?.type ?? screamingSnake(format);
}

/** Which decoder reads which codes, given the formats the browser's `BarcodeDetector` supports. */
export interface DecoderPlan {
  /** `BarcodeDetector` formats to detect; empty: no detector. */
  detectorFormats: string[];
  /** zxing-wasm formats to read; empty: zxing-wasm is not loaded at all. */
  zxingFormats: string[];
}

/**
 * Splits {@link CODE_TYPES} between the decoders: the detector takes every type it supports, and
 * zxing-wasm is needed only when it lacks one of the types it could have read (then zxing also
 * reads the types no detector defines).
 */
export function planDecoders(detectorSupported: readonly string[]): DecoderPlan {
  const supported = new Set(detectorSupported);
  const byDetector = CODE_TYPES.filter((entry) => entry.detector && supported.has(entry.detector));
  const lacking = CODE_TYPES.filter((entry) => entry.detector && !supported.has(entry.detector));
  const zxingEntries = lacking.length > 0 ? CODE_TYPES.filter((entry) => !byDetector.includes(entry)) : [];
  return {
    detectorFormats: byDetector.map((entry) => entry.detector!),
    zxingFormats: zxingEntries.flatMap((entry) => entry.zxing),
  };
}
