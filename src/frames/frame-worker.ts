/// <reference lib="webworker" />
/**
 * The package's frame worker: converts camera frames ({@link FrameIntake}) into pooled buffers and
 * hands them to the page. One frame is with the page at a time and one converted frame waits at
 * most; the page sends each buffer back for reuse.
 */
import { FrameIntake, type ConvertedFrame } from './frame-intake.js';
import type { FromWorker, ToWorker } from './frame-protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

if (typeof VideoFrame === 'undefined' || typeof OffscreenCanvas === 'undefined') {
  post({ type: 'unsupported', reason: 'no VideoFrame or OffscreenCanvas in workers' });
}

const pool: ArrayBuffer[] = [];
/** A converted frame waiting for the page to hand the previous buffer back. */
let ready: ConvertedFrame | null = null;
let withPage = false;

function recycle(buffer: ArrayBuffer): void {
  if (pool.length < 3) pool.push(buffer);
}

function handOver(): void {
  if (withPage || !ready) return;
  const { width, height, buffer, at } = ready;
  ready = null;
  withPage = true;
  post({ type: 'frame', width, height, buffer, at }, [buffer]);
}

const intake = new FrameIntake({
  wantsFrame: () => ready === null,
  bufferOf: (size) => {
    const index = pool.findIndex((buffer) => buffer.byteLength === size);
    return index >= 0 ? pool.splice(index, 1)[0]! : new ArrayBuffer(size);
  },
  take: (frame) => {
    ready = frame;
    handOver();
  },
  recycle,
  unreadable: () => post({ type: 'unreadable' }),
  failed: (reason) => post({ type: 'unsupported', reason }),
});

self.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'buffer') {
    withPage = false;
    recycle(data.buffer);
    handOver();
    intake.resume();
    return;
  }
  if (data.type === 'stop' && ready) {
    recycle(ready.buffer);
    ready = null;
  }
  intake.handle(data);
};
