import { reportCallbackError } from '../shared/camera-failure.js';
import { watchFrames } from '../shared/frame-clock.js';
import { FrameFeed } from './frame-feed.js';
import type { CameraSubscriber, LiveCamera } from '../shared/live-camera.js';
import type { FrameSubscriber } from '../shared/page-camera.js';
import { startPackageWorker } from '../shared/worker-script.js';
import type { OnCameraFrameCallbackResult } from '../types.js';
import type { FrameShape, FromWorker, ToWorker } from './frame-protocol.js';
import { FrameStats } from './frame-stats.js';
import { PageBuffers } from './page-buffers.js';
import { PageFrameReader } from './page-frame-reader.js';
import { WorkerListeners } from './worker-listeners.js';

/**
 * Delivers camera frames to the started listeners, once per new camera frame. It owns the frame
 * worker and the track clone that feeds it, and releases both when the last listener stops or the
 * camera goes away. Ways, best first:
 * - `worker-stream`: the worker reads a track clone with `MediaStreamTrackProcessor` (Chromium,
 *   Safari);
 * - `worker-frames`: `VideoFrame`s of the preview, one per presented frame, moved to the worker;
 * - `page`: a canvas on the main thread, where workers, `VideoFrame` or `OffscreenCanvas` are
 *   missing or the worker cannot load (a strict Content-Security-Policy).
 */
export class FramePipeline implements CameraSubscriber {
  /** Frames delivered and their main-thread cost. */
  readonly stats = new FrameStats();
  private readonly subscribers = new Set<FrameSubscriber>();
  private live: LiveCamera | null = null;
  private running: AbortController | null = null;
  private worker: Worker | null = null;
  private workerUnusable = false;
  private feed: FrameFeed | null = null;
  private pageReader: PageFrameReader | null = null;
  private readonly pageBuffers = new PageBuffers();
  private lastTimestamp = -Infinity;
  private readonly workerListeners: WorkerListeners;

  constructor(private readonly shape: () => FrameShape) {
    this.workerListeners = new WorkerListeners(shape);
  }

  /** Starts delivering to `subscriber` (from the camera once it is open), or into its worker. */
  add(subscriber: FrameSubscriber): void {
    if (subscriber.worker) {
      this.workerListeners.add(subscriber);
      return;
    }
    this.subscribers.add(subscriber);
    this.start();
  }

  /** Stops delivering to `subscriber`; the last one leaving releases the worker. */
  remove(subscriber: FrameSubscriber): void {
    this.workerListeners.remove(subscriber);
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.release();
  }

  /** A camera opened (first open or after a switch): frames come from it now. */
  opened(live: LiveCamera): void {
    this.stopSource();
    this.live = live;
    this.start();
    this.workerListeners.opened(live);
  }

  /** The camera closed. `final`: it stopped for good, so the listeners are stopped too. */
  closed(final: boolean): void {
    this.live = null;
    const endedInWorkers = this.workerListeners.closed(final);
    if (!final) {
      this.stopSource();
      return;
    }
    const ended = [...this.subscribers, ...endedInWorkers];
    this.subscribers.clear();
    this.release();
    for (const subscriber of ended) subscriber.end();
  }

  /** `frame-size` or zoom changed. */
  reshape(): void {
    this.worker?.postMessage({ type: 'shape', shape: this.shape() } satisfies ToWorker);
    this.workerListeners.reshape();
  }

  private start(): void {
    const live = this.live;
    if (this.running || !live || this.subscribers.size === 0) return;
    const run = new AbortController();
    this.running = run;
    const worker = this.ensureWorker();
    if (!worker) {
      this.stats.path = 'page';
      this.readOnPage(live, run.signal);
      return;
    }
    worker.postMessage({ type: 'shape', shape: this.shape() } satisfies ToWorker);
    this.feed = new FrameFeed((message, transfer = []) => worker.postMessage(message, transfer), live);
    this.stats.path = this.feed.way === 'stream' ? 'worker-stream' : 'worker-frames';
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    if (this.workerUnusable || typeof Worker === 'undefined' || typeof VideoFrame === 'undefined') return null;
    try {
      const worker = startPackageWorker(
        () => new Worker(new URL('./frame-worker.js', import.meta.url), { type: 'module', name: 'wx-camera frames' }),
        './frame-worker.js',
        import.meta.url,
        { type: 'module', name: 'wx-camera frames' },
      );
      worker.onmessage = (event: MessageEvent<FromWorker>) => this.onWorkerMessage(worker, event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fallBackToPage(worker);
      };
      this.worker = worker;
      return worker;
    } catch {
      this.workerUnusable = true;
      return null;
    }
  }

  private readOnPage(live: LiveCamera, signal: AbortSignal): void {
    const reader = (this.pageReader ??= new PageFrameReader());
    watchFrames(
      live.video,
      (_, capturedAt) => {
        const began = performance.now();
        const frame = reader.read(live.video, this.shape());
        if (frame) this.deliver(frame.width, frame.height, frame.data, capturedAt, began);
      },
      signal,
    );
  }

  private onWorkerMessage(worker: Worker, message: FromWorker): void {
    if (message.type === 'unsupported') {
      this.fallBackToPage(worker);
      return;
    }
    if (message.type === 'unreadable') {
      if (this.worker !== worker || !this.feed) return;
      this.feed.unreadable();
      this.stats.path = 'worker-frames';
      return;
    }
    const began = performance.now();
    const { width, height, buffer, at } = message;
    // Listeners get the page's own buffer for this size, never the worker's: pages keep a frame
    // and read it later (as on phones), so `data` must stay attached after the callback; the
    // worker's buffer goes straight back for reuse. The copy is the cheapest part of the frame.
    const data = this.pageBuffers.copyOf(buffer);
    if (this.worker === worker) worker.postMessage({ type: 'buffer', buffer } satisfies ToWorker, [buffer]);
    this.deliver(width, height, data, at - performance.timeOrigin, began);
  }

  private deliver(width: number, height: number, data: ArrayBuffer, capturedAt: number, began: number): void {
    // Capture times on the page's clock, strictly increasing even where the source repeats one.
    const timestamp = (this.lastTimestamp = Math.max(capturedAt, this.lastTimestamp + 0.001));
    const frame: OnCameraFrameCallbackResult = { width, height, data, timestamp };
    let listenersMs = 0;
    for (const subscriber of this.subscribers) {
      const called = performance.now();
      try {
        subscriber.deliver(frame);
      } catch (error) {
        reportCallbackError(error);
      }
      listenersMs += performance.now() - called;
    }
    this.stats.record(performance.now() - began - listenersMs + (this.feed?.feedMs ?? 0));
    if (this.feed) this.feed.feedMs = 0;
  }

  /** The worker cannot do the job here: use the page from now on. */
  private fallBackToPage(worker: Worker): void {
    if (this.worker !== worker) return;
    this.workerUnusable = true;
    this.release();
    this.start();
  }

  private stopSource(): void {
    this.running?.abort();
    this.running = null;
    this.feed?.stop();
    this.feed = null;
  }

  private release(): void {
    this.stopSource();
    this.worker?.terminate();
    this.worker = null;
  }
}
