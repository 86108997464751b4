import { coverRect, frameDimensions } from '../shared/frame-geometry.js';
import type { FrameShape } from './frame-protocol.js';

/**
 * The main-thread way to read frames, for browsers (or pages) where the frame worker cannot run:
 * draws the preview to a canvas, cover-cropped, and reads the pixels back. Each frame gets a new
 * buffer from `getImageData`.
 */
export class PageFrameReader {
  private readonly canvas = document.createElement('canvas');
  private readonly context = this.canvas.getContext('2d', { willReadFrequently: true, alpha: false })!;

  /** Reads the video's current frame; null while it has no picture yet. */
  read(video: HTMLVideoElement, shape: FrameShape): { width: number; height: number; data: ArrayBuffer } | null {
    const { videoWidth, videoHeight } = video;
    if (!videoWidth || !videoHeight) return null;
    const [width, height] = frameDimensions(shape.frameSize, videoWidth, videoHeight);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const crop = coverRect(videoWidth, videoHeight, width, height, shape.zoom);
    this.context.drawImage(video, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height);
    const { data } = this.context.getImageData(0, 0, width, height);
    // An opaque canvas reads transparent black only where the video had no picture to draw yet.
    return data[3] === 0 ? null : { width, height, data: data.buffer };
  }
}
