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
  // Standard Code 39 only: zxing-wasm's `Code39` also tries Code 32 (Italian pharmacode), which
  // turns a plain Code 39 of six characters into another number.
  { type: 'CODE_39', detector: 'code_39', zxing: ['Code39Std'] },
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

/** zxing-wasm formats whose reader finds light-on-dark symbols by itself (`tryInvert`); bars and PDF417 do not. */
export const SELF_INVERTING_ZXING_FORMATS: ReadonlySet<string> = new Set(['QRCode', 'DataMatrix', 'Aztec', 'MaxiCode']);

/**
 * zxing-wasm formats read at any angle by their own detector: the square matrix codes. The others
 * (bars, stacked bars such as PDF417) are read only close to level or upright.
 */
export const ANY_ANGLE_ZXING_FORMATS: ReadonlySet<string> = new Set(['QRCode', 'DataMatrix', 'Aztec', 'MaxiCode']);

/**
 * A code's type and text as phones report EAN and UPC codes (ZXing's rules, which the Mini App
 * follows): a UPC-A is 12 digits (ZXing-C++ and `BarcodeDetector` may give it as an EAN-13 with a
 * leading 0, and an EAN-13 with a leading 0 is a UPC-A), and a UPC-E is its own 8 digits
 * (`upcE`, where the decoder gives them), not the UPC-A it expands to.
 */
export function retailCode(type: string, text: string, upcE?: string): { type: string; result: string } {
  if ((type === 'UPC_A' || type === 'EAN_13') && /^0\d{12}$/.test(text)) return { type: 'UPC_A', result: text.slice(1) };
  if (type === 'UPC_E') {
    if (upcE && /^\d{8}$/.test(upcE)) return { type, result: upcE };
    const compressed = /^0?\d{12}$/.test(text) ? upcEOfUpcA(text.slice(-12)) : null;
    return { type, result: compressed ?? text };
  }
  return { type, result: text };
}

/** The UPC-E (8 digits) that expands to the 12-digit UPC-A `upcA`, or null when none does. */
export function upcEOfUpcA(upcA: string): string | null {
  const [system, check] = [upcA[0]!, upcA[11]!];
  if (system !== '0' && system !== '1') return null;
  const body = upcA.slice(1, 11); // manufacturer (5) + product (5)
  const candidates: string[] = [];
  // The four UPC-E forms (ZXing's UPCEReader.convertUPCEtoUPCA, reversed).
  if (body.slice(3, 7) === '0000' && /[0-2]/.test(body[2]!)) candidates.push(body.slice(0, 2) + body.slice(7, 10) + body[2]);
  if (/^\d{3}00000\d{2}$/.test(body)) candidates.push(body.slice(0, 3) + body.slice(8, 10) + '3');
  if (/^\d{4}00000\d$/.test(body)) candidates.push(body.slice(0, 4) + body[9] + '4');
  if (/^\d{5}0000[5-9]$/.test(body)) candidates.push(body.slice(0, 5) + body[9]);
  for (const digits of candidates) {
    const upcE = system + digits + check;
    if (upcAOfUpcE(upcE) === upcA) return upcE;
  }
  return null;
}

/** The 12-digit UPC-A a UPC-E (8 digits: number system, 6 digits, check) expands to. */
export function upcAOfUpcE(upcE: string): string {
  const d = upcE.slice(1, 7);
  const last = d[5]!;
  let body: string;
  if ('012'.includes(last)) body = d.slice(0, 2) + last + '0000' + d.slice(2, 5);
  else if (last === '3') body = d.slice(0, 3) + '00000' + d.slice(3, 5);
  else if (last === '4') body = d.slice(0, 4) + '00000' + d[4];
  else body = d.slice(0, 5) + '0000' + last;
  return upcE[0] + body + upcE[7];
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
