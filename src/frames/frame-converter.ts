import { coverRect, frameDimensions } from '../shared/frame-geometry.js';
import type { FrameShape } from './frame-protocol.js';
import { YuvScaler } from './yuv-scaler.js';

/**
 * Turns `VideoFrame`s into RGBA bytes of the preset frame size: cover-scaled, centre-cropped,
 * zoomed. Where the crop needs no scaling and the browser really converts to RGBA (checked by
 * result, since Safari ignores `format`), `copyTo` does it; YUV frames are scaled from their own
 * planes ({@link YuvScaler}); other frames an OffscreenCanvas draws.
 */
export class FrameConverter {
  private canvas: OffscreenCanvas | null = null;
  private context: OffscreenCanvasRenderingContext2D | null = null;
  private readonly copiesRgba = copyToConvertsToRgba();
  private readonly scaler = new YuvScaler();

  /** The output size for a frame with this shape. */
  dimensions(frame: VideoFrame, shape: FrameShape): [number, number] {
    return frameDimensions(shape.frameSize, frame.displayWidth, frame.displayHeight);
  }

  /**
   * Writes `frame` into `out` (`width * height * 4` bytes); false when the frame has no picture yet
   * (WebKit draws a camera's first frames as transparent black, which an opaque canvas never is).
   */
  async convert(frame: VideoFrame, shape: FrameShape, width: number, height: number, out: ArrayBuffer): Promise<boolean> {
    const visible = frame.visibleRect!;
    const unscaled = frame.displayWidth === visible.width && frame.displayHeight === visible.height;
    const crop = coverRect(frame.displayWidth, frame.displayHeight, width, height, shape.zoom);
    if (unscaled && crop.width === width && crop.height === height && (await this.copiesRgba)) {
      const rect = { x: visible.x + crop.x, y: visible.y + crop.y, width, height };
      await frame.copyTo(out, { rect, format: 'RGBA', colorSpace: 'srgb' });
      return true;
    }
    if (unscaled) {
      const rect = { x: visible.x + crop.x, y: visible.y + crop.y, width: crop.width, height: crop.height };
      const scaled = await this.scaler.scale(frame, rect, width, height, out);
      if (scaled !== null) return scaled;
    }
    const context = this.drawingContext(width, height);
    // The whole frame, scaled and placed so that the crop fills the canvas (which clips the rest):
    // WebKit ignores the source rectangle when it draws a VideoFrame.
    const [scaleX, scaleY] = [width / crop.width, height / crop.height];
    context.drawImage(frame, -crop.x * scaleX, -crop.y * scaleY, frame.displayWidth * scaleX, frame.displayHeight * scaleY);
    const pixels = context.getImageData(0, 0, width, height).data;
    if (pixels[3] === 0) return false;
    new Uint8Array(out).set(pixels);
    return true;
  }

  private drawingContext(width: number, height: number): OffscreenCanvasRenderingContext2D {
    if (!this.canvas || !this.context) {
      this.canvas = new OffscreenCanvas(width, height);
      this.context = this.canvas.getContext('2d', { willReadFrequently: true, alpha: false })!;
    }
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    return this.context;
  }
}

/** Whether `copyTo({ format: 'RGBA' })` really converts: a 2x2 BGRA frame must come back swapped. */
async function copyToConvertsToRgba(): Promise<boolean> {
  try {
    const bgra = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) bgra.set([10, 20, 30, 255], i);
    const frame = new VideoFrame(bgra, { format: 'BGRA', codedWidth: 2, codedHeight: 2, timestamp: 0 });
    const out = new Uint8Array(16);
    try {
      await frame.copyTo(out, { format: 'RGBA', colorSpace: 'srgb' });
    } finally {
      frame.close();
    }
    return out[0] === 30 && out[1] === 20 && out[2] === 10;
  } catch {
    return false;
  }
}
