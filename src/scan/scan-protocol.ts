/** Messages between the code scanner (page) and its scan worker. */
import type { TrackSource } from '../shared/track-streams.js';
import type { ScanCodeDetail } from '../types.js';

/** A picture of the preview, moved (transferred) to the worker; the worker closes it. */
export type ScanImage = VideoFrame | ImageBitmap;

/**
 * A code found in a picture: what `scancode` reports, less `scanArea`, which the page works out
 * from `corners`, the code's four corners in the picture's pixels (`[x0, y0, x1, y1, ...]`, any
 * order), or null where the decoder gives no position.
 */
export interface DecodedCode extends Omit<ScanCodeDetail, 'scanArea'> {
  corners: number[] | null;
}

export type ToScanWorker =
  /** Decode the codes in `image`; answered by one `scanned`. */
  | { type: 'scan'; image: ScanImage }
  /**
   * The camera's frames (a track clone, or a readable of one, moved here): the worker scans the
   * newest frame at its own pace and posts a `scanned` per scan unasked.
   */
  | { type: 'source'; source: TrackSource };

export type FromScanWorker =
  /** The decoders are set up and warmed up; `decoder` names them (e.g. `zxing-wasm`). Scans may start. */
  | { type: 'ready'; decoder: string }
  /**
   * The codes found in one image (none: an empty list), the image's size, and what decoding it cost
   * in the worker. `cold`: the decoder's first picture, slower than the rest (its cost says nothing
   * about the next ones).
   */
  | { type: 'scanned'; codes: DecodedCode[]; width: number; height: number; decodeMs: number; cold: boolean }
  /** The worker cannot read the track it was sent (and stopped it): the page sends it pictures instead. */
  | { type: 'unreadable' }
  /** No decoder can run here (e.g. the wasm file did not load); the worker does nothing more. */
  | { type: 'unavailable'; reason: string };
