import { CameraFailure } from '../shared/camera-failure.js';
import { coverRect, type Rect } from '../shared/frame-geometry.js';
import { previewPicture } from '../shared/preview-picture.js';
import type { Photo } from '../shared/page-camera.js';
import type { PhotoQuality } from '../types.js';
import type { PhotoEncoder } from './photo-encoder.js';
import type { PhotoPicture } from './photo-protocol.js';

/** JPEG quality per `quality` option (`original` is the uncropped picture at high quality). */
export const JPEG_QUALITY: Record<PhotoQuality, number> = { high: 0.92, normal: 0.8, low: 0.5, original: 0.95 };

/** What a photo is taken of, and how. */
export interface PhotoRequest {
  video: HTMLVideoElement;
  track: MediaStreamTrack;
  quality: PhotoQuality;
  /** Flip horizontally (front camera, as the preview shows it). */
  mirror: boolean;
  /** Digital zoom: the centre part kept (1 when the camera zooms in hardware). */
  zoom: number;
  /** Width / height of what the preview shows; the photo is cropped to it (not for `original`). */
  aspect: number;
}

interface ImageCaptureLike {
  takePhoto(): Promise<Blob>;
}
type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

/**
 * Takes a JPEG photo: what the preview shows (cropped to its aspect, zoomed) at the camera's
 * resolution, or for `original` the whole picture, through `ImageCapture.takePhoto` where the
 * browser has it (the device's best still resolution) and the current video frame elsewhere.
 */
export async function takePhoto(request: PhotoRequest, encoder: PhotoEncoder): Promise<Photo> {
  const { video, quality } = request;
  if (quality === 'original') {
    const still = await stillPicture(request.track);
    if (still) return photoOf(still, fullRect(still.width, still.height), encoder, request.mirror, JPEG_QUALITY.original);
  }
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) throw new CameraFailure('camera has no picture yet');
  const crop =
    quality === 'original'
      ? fullRect(width, height)
      : coverRect(width, height, ...aspectBox(request.aspect, width, height), request.zoom);
  // The current frame, taken now (a VideoFrame holds the camera's picture without copying it);
  // cropping, converting and encoding it happen off the main thread.
  const picture = await previewPicture(video);
  if (!picture) throw new CameraFailure('camera has no picture yet');
  return photoOf(picture, crop, encoder, request.mirror, JPEG_QUALITY[quality]);
}

async function photoOf(picture: PhotoPicture, crop: Rect, encoder: PhotoEncoder, mirror: boolean, quality: number): Promise<Photo> {
  return { blob: await encoder.encode(picture, crop, mirror, quality), width: crop.width, height: crop.height };
}

/** A box of the given aspect as large as the picture's shorter fit, for `coverRect`. */
function aspectBox(aspect: number, width: number, height: number): [number, number] {
  if (!Number.isFinite(aspect) || aspect <= 0) return [width, height];
  return aspect > width / height ? [width, width / aspect] : [height * aspect, height];
}

const fullRect = (width: number, height: number): Rect => ({ x: 0, y: 0, width, height });

async function stillPicture(track: MediaStreamTrack): Promise<ImageBitmap | null> {
  const ImageCapture = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  if (typeof ImageCapture !== 'function') return null;
  try {
    return await createImageBitmap(await new ImageCapture(track).takePhoto());
  } catch {
    return null; // the device refused a still: the video frame will do
  }
}
