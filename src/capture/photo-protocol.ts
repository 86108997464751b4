/** Messages between the photo encoder (page) and its worker. */

/** Encode `bitmap` (moved to the worker, which closes it) as a JPEG of `quality`, mirrored when asked. */
export interface ToPhotoWorker {
  id: number;
  bitmap: ImageBitmap;
  mirror: boolean;
  quality: number;
}

export type FromPhotoWorker =
  /** Sent once at start: whether this browser's workers can encode JPEG. */
  | { type: 'ready'; supported: boolean }
  /** The JPEG of photo `id`, or why it could not be encoded. */
  | { type: 'photo'; id: number; blob: Blob | null; error?: string };
