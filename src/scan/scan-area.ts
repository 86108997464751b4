/**
 * `scanArea` of a `scancode` event: where the code is in the element, in its CSS pixels, from the
 * code's corners in the video frame the decoder read. The frame is shown in the element's preview
 * `<video>` with `object-fit` (`cover` by default: scaled to fill the box, the overflow cropped
 * evenly), and the video is transformed about its centre for the front camera's mirror and the
 * digital zoom (`scale(-zoom, zoom)`), so a frame point goes frame → video box → transform →
 * element.
 */

/** An axis-aligned rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the preview shows frames, read from the page's layout ({@link previewLayoutOf}). */
export interface PreviewLayout {
  /** The element's inner size (where its overlay children are laid out), CSS px. */
  elementWidth: number;
  elementHeight: number;
  /** The video's layout box: its offset in the element and its size, CSS px (before transforms). */
  left: number;
  top: number;
  width: number;
  height: number;
  /** `object-fit` of the video (`cover`, `contain`, `fill`, `none`, `scale-down`). */
  fit: string;
  /** `object-position` as fractions of the free space (0.5, 0.5: centred). */
  positionX: number;
  positionY: number;
  /** The video's CSS transform as a 2D matrix `[a, b, c, d, e, f]`, about the box's centre. */
  matrix: readonly [number, number, number, number, number, number];
}

/** The bounding box of `corners` (`[x0, y0, x1, y1, ...]`). */
export function boundsOf(corners: readonly number[]): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < corners.length; i += 2) {
    const [x, y] = [corners[i]!, corners[i + 1]!];
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** How much of the smaller of two boxes the other covers (0: apart, 1: one inside the other). */
export function overlapShare(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  return smaller > 0 ? (width * height) / smaller : 1;
}

/** The scale of a `frameWidth` x `frameHeight` picture shown in a `width` x `height` box by `fit`, per axis. */
function fitScale(fit: string, frameWidth: number, frameHeight: number, width: number, height: number): [number, number] {
  const [sx, sy] = [width / frameWidth, height / frameHeight];
  switch (fit) {
    case 'fill':
      return [sx, sy];
    case 'contain':
      return [Math.min(sx, sy), Math.min(sx, sy)];
    case 'none':
      return [1, 1];
    case 'scale-down':
      return [Math.min(1, sx, sy), Math.min(1, sx, sy)];
    default: // cover
      return [Math.max(sx, sy), Math.max(sx, sy)];
  }
}

/**
 * `[x, y, width, height]` in the element's CSS pixels (whole pixels, clipped to the element) of the
 * code whose corners are `corners` in a `frameWidth` x `frameHeight` frame, as `layout` shows it.
 */
export function scanAreaOf(corners: readonly number[], frameWidth: number, frameHeight: number, layout: PreviewLayout): [number, number, number, number] {
  const { width, height, matrix } = layout;
  const [scaleX, scaleY] = fitScale(layout.fit, frameWidth, frameHeight, width, height);
  const offsetX = (width - frameWidth * scaleX) * layout.positionX;
  const offsetY = (height - frameHeight * scaleY) * layout.positionY;
  const [a, b, c, d, e, f] = matrix;
  const [cx, cy] = [width / 2, height / 2];
  const mapped: number[] = [];
  for (let i = 0; i + 1 < corners.length; i += 2) {
    const px = offsetX + corners[i]! * scaleX - cx;
    const py = offsetY + corners[i + 1]! * scaleY - cy;
    mapped.push(layout.left + cx + a * px + c * py + e, layout.top + cy + b * px + d * py + f);
  }
  const box = boundsOf(mapped);
  const clip = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));
  const x0 = clip(box.x, layout.elementWidth);
  const y0 = clip(box.y, layout.elementHeight);
  const x1 = clip(box.x + box.width, layout.elementWidth);
  const y1 = clip(box.y + box.height, layout.elementHeight);
  return [x0, y0, x1 - x0, y1 - y0];
}

const IDENTITY = [1, 0, 0, 1, 0, 0] as const;

/** `object-position`'s component as a fraction of the free space: `50%` → 0.5; keywords; else centred. */
function positionFraction(value: string | undefined, free: number): number {
  if (!value) return 0.5;
  const keyword: Record<string, number> = { left: 0, top: 0, center: 0.5, right: 1, bottom: 1 };
  if (value in keyword) return keyword[value]!;
  if (value.endsWith('%')) return Number.parseFloat(value) / 100;
  if (value.endsWith('px') && free !== 0) return Number.parseFloat(value) / free;
  return 0.5;
}

/**
 * The layout of `video` (the preview) in `element`, as it is now; null where the page cannot say
 * (no layout: the element is not rendered).
 */
export function previewLayoutOf(element: HTMLElement, video: HTMLVideoElement, frameWidth: number, frameHeight: number): PreviewLayout | null {
  const [width, height] = [video.clientWidth, video.clientHeight];
  if (!width || !height || !frameWidth || !frameHeight) return null;
  const style = getComputedStyle(video);
  let matrix: PreviewLayout['matrix'] = IDENTITY;
  if (style.transform && style.transform !== 'none' && typeof DOMMatrixReadOnly === 'function') {
    try {
      const m = new DOMMatrixReadOnly(style.transform);
      matrix = [m.a, m.b, m.c, m.d, m.e, m.f];
    } catch {
      // A transform the page's DOMMatrix cannot parse: taken as none.
    }
  }
  const fit = style.objectFit || 'cover';
  const [scaleX, scaleY] = fitScale(fit, frameWidth, frameHeight, width, height);
  const [positionX, positionY] = (style.objectPosition || '50% 50%').split(/\s+/);
  // The video's box in the element: offsetLeft/Top are from the element (its positioned ancestor).
  const inElement = video.offsetParent === element;
  return {
    elementWidth: element.clientWidth || width,
    elementHeight: element.clientHeight || height,
    left: inElement ? video.offsetLeft : 0,
    top: inElement ? video.offsetTop : 0,
    width,
    height,
    fit,
    positionX: positionFraction(positionX, width - frameWidth * scaleX),
    positionY: positionFraction(positionY ?? positionX, height - frameHeight * scaleY),
    matrix,
  };
}
