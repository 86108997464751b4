import { CameraFailure } from '../shared/camera-failure.js';
import type { CameraSubscriber } from '../shared/live-camera.js';
import { startPackageWorker } from '../shared/worker-script.js';
import { jpegOf, pictureCanvas } from './draw-picture.js';
import { drawPhoto } from './photo-drawing.js';
import type { Rect } from '../shared/frame-geometry.js';
import type { FromPhotoWorker, PhotoPicture, ToPhotoWorker } from './photo-protocol.js';

/** A started photo worker and the photos it is encoding. */
interface PhotoWorker {
  worker: Worker;
  /** Photos posted and not answered yet, by id. */
  pending: Map<number, (blob: Blob | null) => void>;
  /** The camera closed: no new photos; it ends once the pending ones are answered. */
  retired: boolean;
}

/**
 * Encodes photos as JPEG off the main thread. It owns the photo worker: started at the first photo,
 * kept while the camera stays open (later photos skip its start-up), ended when the camera closes
 * (after the photos it is encoding, so no photo taken is lost). Where workers cannot encode (no
 * `OffscreenCanvas.convertToBlob` there, or a page that blocks workers) it encodes on a canvas of
 * the page, as it does a photo the camera closed under (before or while its worker started).
 */
export class PhotoEncoder implements CameraSubscriber {
  private worker: Promise<PhotoWorker | null> | null = null;
  private workerUnusable = false;
  private nextId = 1;
  /** Between a camera's open and its final close: a worker may start only then. */
  private cameraOpen = false;

  opened(): void {
    this.cameraOpen = true;
  }

  /** The camera closed for good: the worker ends (a device switch keeps it for the next camera). */
  closed(final: boolean): void {
    if (!final) return;
    this.cameraOpen = false;
    if (!this.worker) return;
    void this.worker.then((started) => {
      if (!started) return;
      started.retired = true;
      endWhenIdle(started);
    });
    this.worker = null;
  }

  /**
   * The `crop` of `picture` as a JPEG of `quality`, mirrored when asked. Takes `picture` over (and
   * closes it).
   */
  async encode(picture: PhotoPicture, crop: Rect, mirror: boolean, quality: number): Promise<Blob> {
    // A photo taken as the camera closed: no worker starts for it (none would end it).
    if (!this.worker && !this.cameraOpen) return encodeOnPage(picture, crop, mirror, quality);
    const started = await (this.worker ??= this.startWorker());
    if (!started || started.retired) return encodeOnPage(picture, crop, mirror, quality);
    const id = this.nextId++;
    const encoded = new Promise<Blob | null>((resolve) => started.pending.set(id, resolve));
    started.worker.postMessage({ id, picture, crop, mirror, quality } satisfies ToPhotoWorker, [picture]);
    const blob = await encoded;
    if (!blob) throw new CameraFailure('the photo could not be encoded');
    return blob;
  }

  /** The photo worker once it said it can encode; null where it cannot (the page encodes then). */
  private startWorker(): Promise<PhotoWorker | null> {
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
    const started: PhotoWorker = { worker, pending: new Map(), retired: false };
    return new Promise((resolve) => {
      const unusable = () => {
        this.workerUnusable = true;
        started.retired = true;
        for (const settle of started.pending.values()) settle(null);
        started.pending.clear();
        worker.terminate();
        resolve(null);
      };
      worker.onerror = (event) => {
        event.preventDefault(); // the worker file did not load (a strict page, a missing file), or it crashed
        unusable();
      };
      worker.onmessage = ({ data }: MessageEvent<FromPhotoWorker>) => {
        if (data.type === 'ready') {
          if (data.supported) resolve(started);
          else unusable();
          return;
        }
        started.pending.get(data.id)?.(data.blob);
        started.pending.delete(data.id);
        endWhenIdle(started);
      };
    });
  }
}

/** Ends a retired worker once it has answered every photo it was given. */
function endWhenIdle(started: PhotoWorker): void {
  if (started.retired && started.pending.size === 0) started.worker.terminate();
}

async function encodeOnPage(picture: PhotoPicture, crop: Rect, mirror: boolean, quality: number): Promise<Blob> {
  try {
    const context = pictureCanvas(crop.width, crop.height);
    drawPhoto(context, picture, crop, mirror);
    const blob = await jpegOf(context, quality);
    if (!blob) throw new CameraFailure('the browser could not encode the photo');
    return blob;
  } finally {
    picture.close();
  }
}
