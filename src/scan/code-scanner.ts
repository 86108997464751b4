import { nextFrame, pause } from '../shared/frame-clock.js';
import type { CameraSubscriber, LiveCamera } from '../shared/live-camera.js';
import { startPackageWorker } from '../shared/worker-script.js';
import { previewPicture } from '../shared/preview-picture.js';
import { sendTrackFrames } from '../shared/track-streams.js';
import type { ScanCodeDetail } from '../types.js';
import { previewLayoutOf, scanAreaOf } from './scan-area.js';
import type { DecodedCode, FromScanWorker, ToScanWorker } from './scan-protocol.js';
import { pauseAfter } from './scan-pace.js';
import { SeenCodes } from './seen-codes.js';

/** What the scanner has done since the camera it scans opened. */
export interface ScanStats {
  /** The decoders the worker uses (`BarcodeDetector`, `zxing-wasm` or both); empty until it is ready. */
  decoder: string;
  /** Pictures decoded. */
  scans: number;
  /** What decoding the last picture cost in the worker, in ms. */
  lastDecodeMs: number;
  /** Why codes cannot be decoded here, when they cannot (the worker or its decoder failed to load). */
  unavailable: string;
  /**
   * How pictures reach the worker: `stream` (a track clone the worker reads with
   * `MediaStreamTrackProcessor`: the page does nothing per scan; Chromium and Safari) or `frames` (a
   * `VideoFrame` of the preview per scan, moved from the page); empty while not scanning.
   */
  way: '' | 'stream' | 'frames';
}

/** The element whose preview `video` is (the host of the shadow root it is in), or null. */
function elementOf(video: HTMLVideoElement): HTMLElement | null {
  const root = video.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot && root.host instanceof HTMLElement ? root.host : null;
}

/**
 * What `scancode` reports for a decoded code: `scanArea` where the element shows it, from its
 * corners in the `width` x `height` picture the worker read, through the preview's layout now.
 */
function detailOf({ corners, ...code }: DecodedCode, video: HTMLVideoElement, width: number, height: number): ScanCodeDetail {
  const element = elementOf(video);
  const layout = element && corners ? previewLayoutOf(element, video, width, height) : null;
  return layout && corners ? { ...code, scanArea: scanAreaOf(corners, width, height, layout) } : code;
}

/**
 * `scanCode` mode: decodes QR codes and barcodes in the open camera's preview and reports each
 * code once while it stays in view. It owns the scan worker (started when a camera is attached,
 * terminated when it is detached) and the scan loop: a picture of the preview is moved to the
 * worker, and the next one is taken only after that one is decoded, plus a pause that grows with
 * the decode's cost ({@link pauseAfter}). The main thread never reads pixels, so the preview
 * keeps its pace whatever decoding costs: per scan it wraps the video's picture in a `VideoFrame`
 * (no copy), moves it to the worker and, when a code comes into view, maps its corners to the
 * element's box. The worker loads and warms up its decoder as soon as the camera opens.
 */
export class CodeScanner implements CameraSubscriber {
  /** What the scanner has done since the camera it scans opened. */
  readonly stats: ScanStats = { decoder: '', scans: 0, lastDecodeMs: 0, unavailable: '', way: '' };
  private readonly seen = new SeenCodes();
  private worker: Worker | null = null;
  private running: AbortController | null = null;
  /** The track clone whose frames the worker reads (stream way). */
  private processorTrack: MediaStreamTrack | null = null;
  private warned = false;

  /** `onCode` hears each code as it comes into view. */
  constructor(private readonly onCode: (code: ScanCodeDetail) => void) {}

  /** Whether a scan worker is running. */
  get scanning(): boolean {
    return this.worker !== null;
  }

  /** A camera opened: in `scanCode` mode, starts the worker (which loads its decoder) and scans. */
  opened(live: LiveCamera): void {
    if (live.mode === 'scanCode') this.attach(live);
  }

  /** The camera closed (or reopens): stops scanning and terminates the worker. */
  closed(): void {
    this.detach();
  }

  private attach(live: LiveCamera): void {
    this.detach();
    this.seen.clear();
    Object.assign(this.stats, { decoder: '', scans: 0, lastDecodeMs: 0, unavailable: '', way: '' } satisfies ScanStats);
    if (typeof Worker === 'undefined') {
      this.giveUp('this browser has no Worker');
      return;
    }
    const running = new AbortController();
    let worker: Worker;
    try {
      worker = startPackageWorker(
        () => new Worker(new URL('./scan-worker.js', import.meta.url), { type: 'module', name: 'wx-camera scan' }),
        './scan-worker.js',
        import.meta.url,
        { type: 'module', name: 'wx-camera scan' },
      );
    } catch (error) {
      this.giveUp(`the scan worker cannot start: ${String(error)}`);
      return;
    }
    this.running = running;
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<FromScanWorker>) => this.onWorkerMessage(live, running.signal, event.data);
    worker.onerror = (event) => {
      // A worker script that cannot load (blocked by a Content-Security-Policy, missing file).
      event.preventDefault();
      if (this.worker === worker) this.giveUp(`the scan worker failed: ${event.message || 'it did not load'}`);
    };
    this.stats.way = this.feedStream(live, worker) ? 'stream' : 'frames';
  }

  /**
   * Gives the worker a clone of the camera track (or its readable) where the browser lets a worker
   * read one: it then takes frames itself, and the main thread does nothing per scan. Returns
   * whether it did (the worker may still answer that it cannot read it: `unreadable`).
   */
  private feedStream(live: LiveCamera, worker: Worker): boolean {
    this.processorTrack = sendTrackFrames(live.track, (source, transfer) => worker.postMessage({ type: 'source', source } satisfies ToScanWorker, transfer));
    return this.processorTrack !== null;
  }

  private detach(): void {
    this.running?.abort();
    this.running = null;
    this.worker?.terminate();
    this.worker = null;
    this.processorTrack?.stop();
    this.processorTrack = null;
    this.stats.way = '';
  }

  private onWorkerMessage(live: LiveCamera, signal: AbortSignal, message: FromScanWorker): void {
    if (signal.aborted) return;
    switch (message.type) {
      case 'ready':
        this.stats.decoder = message.decoder;
        if (this.stats.way === 'frames') void this.scanNext(live, signal, 0);
        break;
      case 'scanned':
        this.stats.scans++;
        this.stats.lastDecodeMs = message.decodeMs;
        for (const code of this.seen.update(message.codes, performance.now())) {
          // A listener may remove the element (and so detach this scanner) while hearing a code.
          if (signal.aborted) return;
          this.onCode(detailOf(code, live.video, message.width, message.height));
        }
        if (this.stats.way === 'frames') void this.scanNext(live, signal, pauseAfter(message));
        break;
      case 'unreadable':
        // The worker stopped the clone; pictures go from the page (from `ready` on, if not yet).
        this.processorTrack = null;
        this.stats.way = 'frames';
        if (this.stats.decoder) void this.scanNext(live, signal, 0);
        break;
      case 'unavailable':
        this.giveUp(message.reason);
        break;
    }
  }

  /** After `pauseMs`, moves the preview's next new picture to the worker. */
  private async scanNext(live: LiveCamera, signal: AbortSignal, pauseMs: number): Promise<void> {
    await pause(pauseMs, signal);
    for (;;) {
      if (!(await nextFrame(live.video, signal))) return;
      const image = await previewPicture(live.video);
      if (signal.aborted || !this.worker) {
        image?.close();
        return;
      }
      if (!image) continue;
      this.worker.postMessage({ type: 'scan', image } satisfies ToScanWorker, [image]);
      return;
    }
  }

  /** Scanning cannot work here: says why once (the camera itself keeps working) and stops. */
  private giveUp(reason: string): void {
    this.stats.unavailable = reason;
    this.detach();
    if (this.warned) return;
    this.warned = true;
    console.warn(`<wx-camera mode="scanCode">: codes cannot be decoded here: ${reason}`);
  }
}
