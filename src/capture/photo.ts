import { CameraFailure } from '../shared/camera-failure.js';
import { coverRect, type Rect } from '../shared/frame-geometry.js';
import type { Photo } from '../shared/page-camera.js';
import type { PhotoQuality } from '../types.js';
import { drawPicture, jpegOf, pictureCanvas } from './draw-picture.js';

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
export async function takePhoto(request: PhotoRequest): Promise<Photo> {
  const { video, quality } = request;
  if (quality === 'original') {
    const still = await stillPicture(request.track);
    if (still) {
      try {
        return await encode(still, fullRect(still.width, still.height), request.mirror, JPEG_QUALITY.original);
      } finally {
        still.close();
      }
    }
  }
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) throw new CameraFailure('camera has no picture yet');
  const crop =
    quality === 'original'
      ? fullRect(width, height)
      : coverRect(width, height, ...aspectBox(request.aspect, width, height), request.zoom);
  return encode(video, crop, request.mirror, JPEG_QUALITY[quality]);
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

async function encode(source: CanvasImageSource, crop: Rect, mirror: boolean, quality: number): Promise<Photo> {
  const context = pictureCanvas(crop.width, crop.height);
  drawPicture(context, source, crop, mirror);
  const blob = await jpegOf(context, quality);
  if (!blob) throw new CameraFailure('the browser could not encode the photo');
  return { blob, width: crop.width, height: crop.height };
}
