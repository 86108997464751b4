import { CameraFailure } from '../shared/camera-failure.js';
import type { CameraSubscriber } from '../shared/live-camera.js';
import { startPackageWorker } from '../shared/worker-script.js';
import { drawPicture, jpegOf, pictureCanvas } from './draw-picture.js';
import type { FromPhotoWorker, ToPhotoWorker } from './photo-protocol.js';

/**
 * Encodes photos as JPEG off the main thread. It owns the photo worker: started at the first photo,
 * kept while the camera stays open (later photos skip its start-up), ended when the camera closes.
 * Where workers cannot encode (no `OffscreenCanvas.convertToBlob` there, or a page that blocks
 * workers) it encodes on a canvas of the page.
 */
export class PhotoEncoder implements CameraSubscriber {
  private worker: Promise<Worker | null> | null = null;
  private workerUnusable = false;
  private nextId = 1;
  private readonly pending = new Map<number, (blob: Blob | null) => void>();

  opened(): void {}

  /** The camera closed for good: the worker ends (a device switch keeps it for the next camera). */
  closed(final: boolean): void {
    if (!final) return;
    void this.worker?.then((worker) => worker?.terminate());
    this.worker = null;
    for (const settle of this.pending.values()) settle(null);
    this.pending.clear();
  }

  /** `picture` as a JPEG of `quality`, mirrored when asked. Takes `picture` over (and closes it). */
  async encode(picture: ImageBitmap, mirror: boolean, quality: number): Promise<Blob> {
    const worker = await (this.worker ??= this.startWorker());
    if (!worker) return encodeOnPage(picture, mirror, quality);
    const id = this.nextId++;
    const encoded = new Promise<Blob | null>((resolve) => this.pending.set(id, resolve));
    worker.postMessage({ id, bitmap: picture, mirror, quality } satisfies ToPhotoWorker, [picture]);
    const blob = await encoded;
    if (!blob) throw new CameraFailure('the photo could not be encoded');
    return blob;
  }

  /** The photo worker once it said it can encode; null where it cannot (the page encodes then). */
  private startWorker(): Promise<Worker | null> {
    if (this.workerUnusable || typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(null);
    let worker: Worker;
    try {
      worker = startPackageWorker(
        () => new Worker(new URL('./photo-worker.js', import.meta.url), { type: 'module', name: 'wx-camera photos' }),
        './photo-worker.js',
        import.meta.url,
        { type: 'module', name: 'wx-camera photos' },
      );
    } catch {
      this.workerUnusable = true;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const unusable = () => {
        this.workerUnusable = true;
        worker.terminate();
        resolve(null);
      };
      worker.onerror = (event) => {
        event.preventDefault(); // the worker file did not load (a strict page, a missing file)
        unusable();
      };
      worker.onmessage = ({ data }: MessageEvent<FromPhotoWorker>) => {
        if (data.type === 'ready') {
          if (data.supported) resolve(worker);
          else unusable();
          return;
        }
        this.pending.get(data.id)?.(data.blob);
        this.pending.delete(data.id);
      };
    });
  }
}

async function encodeOnPage(picture: ImageBitmap, mirror: boolean, quality: number): Promise<Blob> {
  try {
    const context = pictureCanvas(picture.width, picture.height);
    drawPicture(context, picture, { x: 0, y: 0, width: picture.width, height: picture.height }, mirror);
    const blob = await jpegOf(context, quality);
    if (!blob) throw new CameraFailure('the browser could not encode the photo');
    return blob;
  } finally {
    picture.close();
  }
}
