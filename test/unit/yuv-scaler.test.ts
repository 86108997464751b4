import { expect } from '@open-wc/testing';
import { YuvScaler } from '../../src/frames/yuv-scaler.js';

// YUV (BT.601, limited range) of the colours the test frames are made of.
const RED = [81, 90, 240] as const;
const BLUE = [41, 240, 110] as const;

/** A `width` x `height` frame, left half red and right half blue, in `format`. */
function twoColourFrame(
  format: 'I420' | 'NV12',
  width: number,
  height: number,
  colour: (x: number) => readonly number[] = (x) => (x < width / 2 ? RED : BLUE),
): VideoFrame {
  const data = new Uint8Array(width * height * 1.5);
  const chroma = width * height;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = colour(x)[0];
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < width / 2; x++) {
      const [, u, v] = colour(x * 2);
      if (format === 'I420') {
        data[chroma + y * (width / 2) + x] = u;
        data[chroma + (width / 2) * (height / 2) + y * (width / 2) + x] = v;
      } else {
        data[chroma + y * width + x * 2] = u;
        data[chroma + y * width + x * 2 + 1] = v;
      }
    }
  }
  return new VideoFrame(data, {
    format,
    codedWidth: width,
    codedHeight: height,
    timestamp: 0,
    colorSpace: { matrix: 'smpte170m', primaries: 'smpte170m', transfer: 'smpte170m', fullRange: false },
  });
}

/** Scales `rect` of `frame` to `width` x `height` with a new scaler, and closes the frame. */
async function scaleOnce(frame: VideoFrame, rect: { x: number; y: number; width: number; height: number }, width: number, height: number) {
  const out = new ArrayBuffer(width * height * 4);
  try {
    return { result: await new YuvScaler().scale(frame, rect, width, height, out), rgba: new Uint8Array(out) };
  } finally {
    frame.close();
  }
}

const pixel = (rgba: Uint8Array, width: number, x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]!) <= 3);

describe('YuvScaler', () => {
  for (const format of ['I420', 'NV12'] as const) {
    it(`scales part of a ${format} frame down to RGBA, colours kept`, async () => {
      // The whole frame at a quarter of its size: red on the left, blue on the right.
      const { result, rgba } = await scaleOnce(twoColourFrame(format, 64, 32), { x: 0, y: 0, width: 64, height: 32 }, 16, 8);
      expect(result).to.equal(true);
      expect(near(pixel(rgba, 16, 2, 4), [255, 0, 0, 255]), `left ${pixel(rgba, 16, 2, 4)}`).to.equal(true);
      expect(near(pixel(rgba, 16, 13, 4), [0, 0, 255, 255]), `right ${pixel(rgba, 16, 13, 4)}`).to.equal(true);
    });
  }

  it('reads only the rectangle asked for', async () => {
    // The right half only: all blue.
    const { result, rgba } = await scaleOnce(twoColourFrame('I420', 64, 32), { x: 32, y: 0, width: 32, height: 32 }, 8, 8);
    expect(result).to.equal(true);
    for (const x of [0, 7]) expect(near(pixel(rgba, 8, x, 3), [0, 0, 255, 255]), `x ${x}: ${pixel(rgba, 8, x, 3)}`).to.equal(true);
  });

  it('keeps a frame that is zero but for a small part away from its middle', async () => {
    // Chromium's fake camera draws a few shapes on zero luma and chroma: not the blank first
    // frames of WebKit's camera, though most of it (its whole middle column here) is zero.
    const whole = { x: 0, y: 0, width: 32, height: 16 };
    const shape = (x: number) => (x < 4 ? [200, 100, 150] : [0, 0, 0]);
    expect((await scaleOnce(twoColourFrame('I420', 32, 16, shape), whole, 16, 8)).result).to.equal(true);
  });

  it('finds no picture in an all-zero frame, and leaves other formats to the canvas', async () => {
    const whole = { x: 0, y: 0, width: 32, height: 16 };
    expect((await scaleOnce(twoColourFrame('I420', 32, 16, () => [0, 0, 0]), whole, 16, 8)).result).to.equal(false);
    const rgba = new VideoFrame(new Uint8Array(32 * 16 * 4), { format: 'RGBA', codedWidth: 32, codedHeight: 16, timestamp: 0 });
    expect((await scaleOnce(rgba, whole, 16, 8)).result).to.equal(null);
  });
});
