import type { Rect } from '../shared/frame-geometry.js';
import type { PhotoPicture } from './photo-protocol.js';

/**
 * Draws the `crop` of `picture` into the whole of a context whose canvas is the crop's size,
 * flipped horizontally when `mirror`: on the page or in the photo worker. The whole picture is
 * drawn at its display size, moved so the crop lands on the canvas (WebKit misplaces a source
 * rectangle taken from a `VideoFrame`).
 */
export function drawPhoto(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  picture: PhotoPicture,
  crop: Rect,
  mirror: boolean,
): void {
  const [width, height] = 'displayWidth' in picture ? [picture.displayWidth, picture.displayHeight] : [picture.width, picture.height];
  if (mirror) context.setTransform(-1, 0, 0, 1, crop.width, 0);
  context.drawImage(picture, -crop.x, -crop.y, width, height);
  context.setTransform(1, 0, 0, 1, 0, 0);
}
