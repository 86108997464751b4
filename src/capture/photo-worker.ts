/// <reference lib="webworker" />
/**
 * The photo worker: encodes a photo (an `ImageBitmap` of what it shows, moved here) as JPEG on an
 * `OffscreenCanvas`, mirrored when asked, so that encoding never runs on the page's main thread.
 */
import type { FromPhotoWorker, ToPhotoWorker } from './photo-protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromPhotoWorker) => self.postMessage(message);

post({
  type: 'ready',
  supported: typeof OffscreenCanvas === 'function' && typeof OffscreenCanvas.prototype.convertToBlob === 'function',
});

self.onmessage = async ({ data }: MessageEvent<ToPhotoWorker>) => {
  const { id, bitmap, mirror, quality } = data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { alpha: false })!;
    if (mirror) context.setTransform(-1, 0, 0, 1, bitmap.width, 0);
    context.drawImage(bitmap, 0, 0);
    post({ type: 'photo', id, blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }) });
  } catch (error) {
    post({ type: 'photo', id, blob: null, error: String(error) });
  } finally {
    bitmap.close();
  }
};
