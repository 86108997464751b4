/** Messages between the code scanner (page) and its scan worker. */
import type { ScanCodeDetail } from '../types.js';

/** A picture of the preview, moved (transferred) to the worker; the worker closes it. */
export type ScanImage = VideoFrame | ImageBitmap;

export type ToScanWorker =
  /** Decode the codes in `image`; answered by one `scanned`. */
  { type: 'scan'; image: ScanImage };

export type FromScanWorker =
  /** The decoders are set up; `decoder` names them (e.g. `zxing-wasm`). Scans may start. */
  | { type: 'ready'; decoder: string }
  /** The codes found in one image (none: an empty list), and what decoding it cost in the worker. */
  | { type: 'scanned'; codes: ScanCodeDetail[]; decodeMs: number }
  /** No decoder can run here (e.g. the wasm file did not load); the worker does nothing more. */
  | { type: 'unavailable'; reason: string };
