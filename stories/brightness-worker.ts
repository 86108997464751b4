/// <reference lib="webworker" />
// The page's own worker for the "Frames in a worker" story: it gets camera frames through
// wx-camera/worker (never through the page's main thread) and posts back each frame's mean
// brightness, at most ten times a second.
import { onCameraFrame } from '../src/worker.js';

declare const self: DedicatedWorkerGlobalScope;

let last = 0;
onCameraFrame(({ width, height, data, timestamp }) => {
  if (timestamp - last < 100) return;
  last = timestamp;
  const bytes = new Uint8Array(data);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) sum += 0.299 * bytes[i]! + 0.587 * bytes[i + 1]! + 0.114 * bytes[i + 2]!;
  self.postMessage({ width, height, brightness: sum / (width * height) });
});
