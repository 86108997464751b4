/// <reference lib="webworker" />
/**
 * The frame worker: takes camera frames (from a `MediaStreamTrackProcessor` readable, or one by one
 * from the page), converts the newest one to RGBA in a pooled buffer and hands it to the page.
 * One frame is with the page at a time and one converted frame waits at most; any newer frame
 * replaces an older unconverted one, so nothing queues when the page is busy.
 */
import { FrameConverter } from './frame-converter.js';
import type { FrameShape, FromWorker, ToWorker } from './frame-protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

if (typeof VideoFrame === 'undefined' || typeof OffscreenCanvas === 'undefined') {
  post({ type: 'unsupported', reason: 'no VideoFrame or OffscreenCanvas in workers' });
}

const converter = new FrameConverter();
let shape: FrameShape = { frameSize: 'medium', zoom: 1 };
let reader: ReadableStreamDefaultReader<VideoFrame> | null = null;
/** The newest frame not converted yet, and its capture time (epoch ms). */
let latest: VideoFrame | null = null;
let latestAt = 0;
/** A converted frame waiting for the page to hand the previous buffer back. */
let ready: { width: number; height: number; buffer: ArrayBuffer; at: number } | null = null;
let withPage = false;
let converting = false;
const pool: ArrayBuffer[] = [];

function bufferOf(size: number): ArrayBuffer {
  const index = pool.findIndex((buffer) => buffer.byteLength === size);
  return index >= 0 ? pool.splice(index, 1)[0]! : new ArrayBuffer(size);
}

function recycle(buffer: ArrayBuffer): void {
  if (pool.length < 3) pool.push(buffer);
}

function offer(frame: VideoFrame, at: number): void {
  latest?.close();
  latest = frame;
  latestAt = at;
  void convertNewest();
}

async function convertNewest(): Promise<void> {
  if (converting) return;
  converting = true;
  try {
    while (latest && !ready) {
      const frame = latest;
      const at = latestAt;
      latest = null;
      const [width, height] = converter.dimensions(frame, shape);
      const buffer = bufferOf(width * height * 4);
      try {
        await converter.convert(frame, shape, width, height, buffer);
        ready = { width, height, buffer, at };
      } catch (error) {
        recycle(buffer);
        post({ type: 'unsupported', reason: `frame conversion failed: ${String(error)}` });
      } finally {
        frame.close();
      }
      handOver();
    }
  } finally {
    converting = false;
  }
}

function handOver(): void {
  if (withPage || !ready) return;
  const { width, height, buffer, at } = ready;
  ready = null;
  withPage = true;
  post({ type: 'frame', width, height, buffer, at }, [buffer]);
}

async function read(readable: ReadableStream<VideoFrame>): Promise<void> {
  const own = readable.getReader();
  reader = own;
  try {
    for (;;) {
      const { done, value } = await own.read();
      if (done) break;
      // The camera's frames arrive here as they are captured: their arrival is their capture time.
      if (reader === own) offer(value, performance.timeOrigin + performance.now());
      else value.close();
    }
  } catch {
    // The source ended (track stopped or reader cancelled): nothing more to read.
  }
}

function stop(): void {
  void reader?.cancel().catch(() => undefined);
  reader = null;
  latest?.close();
  latest = null;
  if (ready) recycle(ready.buffer);
  ready = null;
}

self.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  switch (data.type) {
    case 'readable':
      stop();
      void read(data.readable);
      break;
    case 'frame':
      offer(data.frame, data.at);
      break;
    case 'shape':
      shape = data.shape;
      break;
    case 'buffer':
      withPage = false;
      recycle(data.buffer);
      handOver();
      void convertNewest();
      break;
    case 'stop':
      stop();
      break;
  }
};
