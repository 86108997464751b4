import { watchFrames } from '../shared/frame-clock.js';
import type { LiveCamera } from '../shared/live-camera.js';
import { sendTrackFrames } from '../shared/track-streams.js';
import type { ToWorker } from './frame-protocol.js';

/** Posts one protocol message to the worker that converts frames. */
export type PostToWorker = (message: ToWorker, transfer?: Transferable[]) => void;

/**
 * Moves the open camera's frames into a worker, the page doing as little as it can: a track clone
 * the worker reads with `MediaStreamTrackProcessor` (its readable made on the page in Chromium, the
 * clone itself moved to the worker in Safari: the page does nothing per frame); elsewhere, or when
 * the worker says it cannot read the track, a `VideoFrame` of the preview per presented frame. It
 * owns the clone and the frame watch, and `stop` releases both.
 */
export class FrameFeed {
  /** Which way frames go: `stream` or `frames`. */
  way: 'stream' | 'frames';
  /** Main-thread ms spent moving frames since last read (the `frames` way). */
  feedMs = 0;
  private readonly running = new AbortController();
  private processorTrack: MediaStreamTrack | null = null;

  constructor(
    private readonly post: PostToWorker,
    private readonly live: LiveCamera,
  ) {
    this.way = this.feedStream(live) ? 'stream' : 'frames';
    if (this.way === 'frames') this.feedFrames(live);
  }

  /** The worker could not read the track it was sent (and stopped it): sends it frames instead. */
  unreadable(): void {
    if (this.way !== 'stream' || this.running.signal.aborted) return;
    this.processorTrack = null;
    this.way = 'frames';
    this.feedFrames(this.live);
  }

  /** Stops moving frames and tells the worker to drop what it holds. */
  stop(): void {
    this.running.abort();
    this.processorTrack?.stop();
    this.processorTrack = null;
    this.post({ type: 'stop' });
  }

  private feedStream(live: LiveCamera): boolean {
    this.processorTrack = sendTrackFrames(live.track, (source, transfer) => this.post({ type: 'source', source }, transfer));
    return this.processorTrack !== null;
  }

  private feedFrames(live: LiveCamera): void {
    watchFrames(
      live.video,
      (_, capturedAt) => {
        const began = performance.now();
        let frame: VideoFrame;
        try {
          frame = new VideoFrame(live.video);
        } catch {
          return; // no picture yet
        }
        this.post({ type: 'frame', frame, at: performance.timeOrigin + capturedAt }, [frame]);
        this.feedMs += performance.now() - began;
      },
      this.running.signal,
    );
  }
}
