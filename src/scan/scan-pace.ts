/** The shortest pause between scans: cheap decodes still leave the worker (and battery) idle. */
export const MIN_SCAN_PAUSE_MS = 50;
/** The longest: even a very slow decoder scans about once a second. */
export const MAX_SCAN_PAUSE_MS = 1000;
/** The pause is this many times the last decode's cost, so decoding takes at most about half the time. */
const PAUSE_PER_DECODE_MS = 1;

/**
 * How long to wait after a scan that took `decodeMs` in the worker before taking the next picture:
 * the scan rate adapts to what decoding costs on this device and at this camera resolution.
 */
export function pauseAfterScan(decodeMs: number): number {
  const pause = Number.isFinite(decodeMs) ? decodeMs * PAUSE_PER_DECODE_MS : MAX_SCAN_PAUSE_MS;
  return Math.min(MAX_SCAN_PAUSE_MS, Math.max(MIN_SCAN_PAUSE_MS, pause));
}

/**
 * The pause after a scan, as {@link pauseAfterScan}, except after a `cold` one: the decoder's
 * first picture costs more than the rest (code still compiling, memory growing), and a pause set
 * by it would hold back the second scan, often the one that reads the code held up to the camera.
 */
export function pauseAfter({ decodeMs, cold }: { decodeMs: number; cold: boolean }): number {
  return cold ? MIN_SCAN_PAUSE_MS : pauseAfterScan(decodeMs);
}
