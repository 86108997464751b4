/// <reference lib="webworker" />
import { readTrackSource } from '../shared/track-streams.js';
import { FrameConverter } from './frame-converter.js';
import type { FrameShape, ToWorker } from './frame-protocol.js';

/** A converted frame: RGBA bytes of the frame size, and the capture time (epoch ms). */
export interface ConvertedFrame {
  width: number;
  height: number;
  buffer: ArrayBuffer;
  at: number;
}

/** Where converted frames go, in the worker that converts them. */
export interface FrameSink {
  /** Whether it takes a frame now; when it does not, the newest frame waits (older ones are dropped). */
  wantsFrame(): boolean;
  /** A buffer of `size` bytes to convert into. */
  bufferOf(size: number): ArrayBuffer;
  /** Takes a converted frame. */
  take(frame: ConvertedFrame): void;
  /** Gives back a buffer that was not used (the conversion failed). */
  recycle(buffer: ArrayBuffer): void;
  /** The track the page sent cannot be read here (it is stopped): the page should send frames. */
  unreadable(): void;
  /** Frames cannot be converted here. */
  failed(reason: string): void;
}

/**
 * The worker side of the frame protocol: takes camera frames (from a `MediaStreamTrackProcessor`
 * on a track or readable the page moved here, or one by one from the page), keeps only the
 * newest, and converts it to RGBA of the current shape whenever the sink wants one, so nothing
 * queues when its consumer is busy.
 */
export class FrameIntake {
  private readonly converter = new FrameConverter();
  private shape: FrameShape = { frameSize: 'medium', zoom: 1 };
  private reader: ReadableStreamDefaultReader<VideoFrame> | null = null;
  /** A track the page moved here, which this worker stops. */
  private track: MediaStreamTrack | null = null;
  private latest: VideoFrame | null = null;
  private latestAt = 0;
  private converting = false;
  /** Counts stops: a conversion that a stop overtook is not handed on. */
  private stops = 0;

  constructor(private readonly sink: FrameSink) {}

  /** Handles one message of the protocol. */
  handle(message: ToWorker): void {
    switch (message.type) {
      case 'source': {
        this.stop();
        const source = readTrackSource(message.source);
        if (!source) {
          this.sink.unreadable();
          break;
        }
        this.track = source.track;
        void this.read(source.frames);
        break;
      }
      case 'frame':
        this.offer(message.frame, message.at);
        break;
      case 'shape':
        this.shape = message.shape;
        break;
      case 'stop':
        this.stop();
        break;
    }
  }

  /** The sink wants frames again: converts the newest, if one waits. */
  resume(): void {
    void this.convertNewest();
  }

  private offer(frame: VideoFrame, at: number): void {
    this.latest?.close();
    this.latest = frame;
    this.latestAt = at;
    void this.convertNewest();
  }

  private async convertNewest(): Promise<void> {
    if (this.converting) return;
    this.converting = true;
    try {
      while (this.latest && this.sink.wantsFrame()) {
        const frame = this.latest;
        const at = this.latestAt;
        const stops = this.stops;
        this.latest = null;
        const [width, height] = this.converter.dimensions(frame, this.shape);
        const buffer = this.sink.bufferOf(width * height * 4);
        try {
          const pictured = await this.converter.convert(frame, this.shape, width, height, buffer);
          if (pictured && stops === this.stops) this.sink.take({ width, height, buffer, at });
          else this.sink.recycle(buffer); // no picture yet, or stopped meanwhile: not handed on
        } catch (error) {
          this.sink.recycle(buffer);
          this.sink.failed(`frame conversion failed: ${String(error)}`);
        } finally {
          frame.close();
        }
      }
    } finally {
      this.converting = false;
    }
  }

  private async read(readable: ReadableStream<VideoFrame>): Promise<void> {
    const own = readable.getReader();
    this.reader = own;
    try {
      for (;;) {
        const { done, value } = await own.read();
        if (done) break;
        // The camera's frames arrive here as they are captured: their arrival is their capture time.
        if (this.reader === own) this.offer(value, performance.timeOrigin + performance.now());
        else value.close();
      }
    } catch {
      // The source ended (track stopped or reader cancelled): nothing more to read.
    }
  }

  private stop(): void {
    this.stops++;
    void this.reader?.cancel().catch(() => undefined);
    this.reader = null;
    this.track?.stop();
    this.track = null;
    this.latest?.close();
    this.latest = null;
  }
}
