import type { FrameSize } from '../types.js';

/** A rectangle in source pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Landscape frame sizes per `frame-size` (the Mini App's presets); portrait sources swap them. */
const FRAME_SIZES: Record<FrameSize, readonly [number, number]> = {
  small: [352, 288],
  medium: [640, 480],
  large: [1280, 720],
};

/** Whether `value` is one of the `frame-size` values. */
export function isFrameSize(value: unknown): value is FrameSize {
  return typeof value === 'string' && Object.hasOwn(FRAME_SIZES, value);
}

/**
 * The frame size for `frame-size` and a source of `sourceWidth` x `sourceHeight`, oriented like
 * the source. Unknown values count as `medium`, as in the Mini App.
 */
export function frameDimensions(frameSize: string, sourceWidth: number, sourceHeight: number): [number, number] {
  const [long, short] = FRAME_SIZES[isFrameSize(frameSize) ? frameSize : 'medium'];
  return sourceHeight > sourceWidth ? [short, long] : [long, short];
}

/**
 * The part of a `sourceWidth` x `sourceHeight` image that, scaled, covers a `width` x `height`
 * box with its centre kept, narrowed further by `zoom` (a digital zoom of 2 keeps the centre half).
 * Coordinates are whole, even numbers so that subsampled (4:2:0) frames can be cut there.
 */
export function coverRect(sourceWidth: number, sourceHeight: number, width: number, height: number, zoom = 1): Rect {
  const scale = Math.max(width / sourceWidth, height / sourceHeight) * Math.max(1, zoom);
  const cropWidth = Math.min(sourceWidth, evenRound(width / scale));
  const cropHeight = Math.min(sourceHeight, evenRound(height / scale));
  return {
    x: evenFloor((sourceWidth - cropWidth) / 2),
    y: evenFloor((sourceHeight - cropHeight) / 2),
    width: cropWidth,
    height: cropHeight,
  };
}

const evenRound = (value: number) => Math.max(2, Math.round(value / 2) * 2);
const evenFloor = (value: number) => Math.max(0, Math.floor(value / 2) * 2);
