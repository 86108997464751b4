/// <reference lib="webworker" />
/**
 * `wx-camera/worker`: camera frames inside the page's own worker, for
 * `listener.start({ worker })` (WeChat 2.25.1). Import it in the worker script; frames then arrive
 * here and never touch the page's main thread.
 *
 * ```js
 * import { onCameraFrame, getCameraFrameData } from 'wx-camera/worker';
 * onCameraFrame(({ width, height, data, timestamp }) => { ... });
 * ```
 */
import { FrameIntake } from './frames/frame-intake.js';
import type { FromPageWorker, ToPageWorker } from './frames/worker-listeners.js';
import type { OnCameraFrameCallback, OnCameraFrameCallbackResult } from './types.js';

const callbacks = new Set<OnCameraFrameCallback>();
/** One buffer per frame size, overwritten in place by each frame (as on phones). */
const buffers = new Map<number, Uint8Array<ArrayBuffer>>();
let latest: OnCameraFrameCallbackResult | undefined;
let pageTimeOrigin = 0;
let lastTimestamp = -Infinity;
/** Where frames are converted before they are copied in, so a kept buffer never holds half a frame. */
let scratch = new ArrayBuffer(0);

const intake = new FrameIntake({
  wantsFrame: () => true,
  bufferOf: (size) => (scratch.byteLength === size ? scratch : (scratch = new ArrayBuffer(size))),
  take: ({ width, height, buffer, at }) => {
    let data = buffers.get(buffer.byteLength);
    if (!data) buffers.set(buffer.byteLength, (data = new Uint8Array(buffer.byteLength)));
    data.set(new Uint8Array(buffer));
    const timestamp = (lastTimestamp = Math.max(at - pageTimeOrigin, lastTimestamp + 0.001));
    latest = { width, height, data: data.buffer, timestamp };
    for (const callback of callbacks) {
      try {
        callback(latest);
      } catch (error) {
        reportError(error);
      }
    }
  },
  recycle: () => undefined,
  unreadable: () => self.postMessage({ wxCamera: { type: 'unreadable' } } satisfies FromPageWorker),
  failed: (reason) => console.warn(`wx-camera/worker: ${reason}`),
});

if (typeof self !== 'undefined' && typeof self.addEventListener === 'function') {
  self.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as Partial<ToPageWorker> | null;
    if (!message || typeof message !== 'object' || !message.wxCamera) return;
    pageTimeOrigin = message.pageTimeOrigin ?? 0;
    intake.handle(message.wxCamera);
  });
}

/** Calls `callback({ width, height, data, timestamp })` with each new camera frame, as the page's `onCameraFrame` would. */
export function onCameraFrame(callback: OnCameraFrameCallback): void {
  if (typeof callback === 'function') callbacks.add(callback);
}

/** Stops calling `callback` (every callback when none is given). */
export function offCameraFrame(callback?: OnCameraFrameCallback): void {
  if (callback) callbacks.delete(callback);
  else callbacks.clear();
}

/** The latest frame's `ArrayBuffer` (RGBA, `width * height * 4` bytes), or undefined before the first (WeChat's `getCameraFrameData`). */
export function getCameraFrameData(): ArrayBuffer | undefined {
  return latest?.data;
}

export type { OnCameraFrameCallback, OnCameraFrameCallbackResult } from './types.js';
