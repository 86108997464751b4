/// <reference lib="webworker" />
/**
 * The photo worker: draws the crop of a picture moved here (a frame of the preview, or a still) on
 * an `OffscreenCanvas`, mirrored when asked, and encodes it as JPEG, so that neither the pixels'
 * conversion nor the encoding runs on the page's main thread.
 */
import { drawPhoto } from './photo-drawing.js';
import type { FromPhotoWorker, ToPhotoWorker } from './photo-protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromPhotoWorker) => self.postMessage(message);

post({
  type: 'ready',
  supported: typeof OffscreenCanvas === 'function' && typeof OffscreenCanvas.prototype.convertToBlob === 'function',
});

self.onmessage = async ({ data }: MessageEvent<ToPhotoWorker>) => {
  const { id, picture, crop, mirror, quality } = data;
  try {
    const canvas = new OffscreenCanvas(crop.width, crop.height);
    const context = canvas.getContext('2d', { alpha: false })!;
    drawPhoto(context, picture, crop, mirror);
    picture.close();
    post({ type: 'photo', id, blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }) });
  } catch (error) {
    picture.close();
    post({ type: 'photo', id, blob: null, error: String(error) });
  }
};
