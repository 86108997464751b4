import type { Rect } from '../shared/frame-geometry.js';

/**
 * Draws the `crop` part of a picture (the preview video, a still) into the whole of a 2D context's
 * canvas, flipped horizontally when `mirror`: the one drawing used for photos, recordings and
 * thumbnails.
 */
export function drawPicture(
  context: CanvasRenderingContext2D,
  source: CanvasImageSource,
  crop: Rect,
  mirror: boolean,
): void {
  const { width, height } = context.canvas;
  context.setTransform(mirror ? -1 : 1, 0, 0, 1, mirror ? width : 0, 0);
  context.drawImage(source, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height);
  context.setTransform(1, 0, 0, 1, 0, 0);
}

/** A canvas of the given size with a 2D context for `drawPicture`. */
export function pictureCanvas(width: number, height: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d', { alpha: false })!;
}

/** Encodes a canvas as a JPEG blob; null when the browser cannot. */
export function jpegOf(context: CanvasRenderingContext2D, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => context.canvas.toBlob(resolve, 'image/jpeg', quality));
}
