/** Messages between the photo encoder (page) and its worker. */
import type { Rect } from '../shared/frame-geometry.js';

/** A picture to make a photo of: a frame of the preview or a still (closed once it is drawn). */
export type PhotoPicture = VideoFrame | ImageBitmap;

/**
 * Encode the `crop` of `picture` (moved to the worker, which closes it) as a JPEG of `quality`,
 * mirrored when asked.
 */
export interface ToPhotoWorker {
  id: number;
  picture: PhotoPicture;
  crop: Rect;
  mirror: boolean;
  quality: number;
}

export type FromPhotoWorker =
  /** Sent once at start: whether this browser's workers can encode JPEG. */
  | { type: 'ready'; supported: boolean }
  /** The JPEG of photo `id`, or why it could not be encoded. */
  | { type: 'photo'; id: number; blob: Blob | null; error?: string };
