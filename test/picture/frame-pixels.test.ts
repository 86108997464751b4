import { expect } from '@open-wc/testing';
import { createCameraContext, type OnCameraFrameCallbackResult } from '../../src/index.js';
import { COLORS, HEIGHT, WIDTH, colorAt, distanceToEdge } from '../fixtures/known-picture.mjs';
import { mountCamera, nextEvent, until } from '../helpers/camera-fixture.js';

// Chromium only: it alone can play a file (the known picture) as its camera.

/** Where frame pixel (fx, fy) comes from in the picture: the frame covers it, centred. */
function sourceOf(fx: number, fy: number, width: number, height: number): [number, number] {
  const scale = Math.max(width / WIDTH, height / HEIGHT);
  return [WIDTH / 2 + (fx + 0.5 - width / 2) / scale, HEIGHT / 2 + (fy + 0.5 - height / 2) / scale];
}

/** Frame points whose colour differs from the picture's by more than YUV rounding explains. */
function mismatches({ width, height, data }: { width: number; height: number; data: Uint8Array }): string[] {
  const wrong: string[] = [];
  for (let gy = 0; gy < 24; gy++) {
    for (let gx = 0; gx < 32; gx++) {
      const fx = Math.floor(((gx + 0.5) * width) / 32);
      const fy = Math.floor(((gy + 0.5) * height) / 24);
      const [sx, sy] = sourceOf(fx, fy, width, height);
      if (distanceToEdge(sx, sy) < 10) continue;
      const expected = colorAt(sx, sy);
      const at = (fy * width + fx) * 4;
      const actual = [data[at]!, data[at + 1]!, data[at + 2]!];
      if (actual.some((value, i) => Math.abs(value - expected[i]!) > 40) || data[at + 3] !== 255) {
        wrong.push(`(${fx},${fy}) got ${actual} expected ${expected}`);
      }
    }
  }
  return wrong;
}

async function oneFrame(): Promise<{ width: number; height: number; data: Uint8Array }> {
  let frame: { width: number; height: number; data: Uint8Array } | undefined;
  const listener = createCameraContext().onCameraFrame(({ width, height, data }: OnCameraFrameCallbackResult) => {
    // The buffer is reused after the callback: keep a copy.
    frame ??= { width, height, data: new Uint8Array(data.slice(0)) };
  });
  await listener.start();
  await until(() => frame !== undefined, 'a frame');
  await listener.stop();
  return frame!;
}

/** Makes the pipeline take a given path by hiding what the better paths need. */
function forcePath(path: string): () => void {
  const scope = globalThis as Record<string, unknown>;
  const saved = { Processor: scope.MediaStreamTrackProcessor, Worker: scope.Worker };
  if (path !== 'worker-stream') scope.MediaStreamTrackProcessor = undefined;
  if (path === 'page') {
    scope.Worker = class {
      constructor() {
        throw new DOMException('blocked by the page', 'SecurityError');
      }
    };
  }
  return () => Object.assign(scope, { MediaStreamTrackProcessor: saved.Processor, Worker: saved.Worker });
}

describe('frames show the known picture (Chromium only: the only engine that plays a file as its camera)', () => {
  for (const path of ['worker-stream', 'worker-frames', 'page']) {
    for (const frameSize of ['small', 'medium', 'large'] as const) {
      it(`${frameSize} frames through ${path}: right colours in the right places, unmirrored`, async () => {
        const restore = forcePath(path);
        try {
          const camera = mountCamera({ 'frame-size': frameSize });
          await nextEvent(camera, 'initdone');
          const frame = await oneFrame();
          expect(camera.camera.frames.stats.path).to.equal(path);
          expect(mismatches(frame)).to.deep.equal([]);
        } finally {
          restore();
        }
      });
    }
  }

  it('front camera frames are not mirrored', async () => {
    const camera = mountCamera({ 'frame-size': 'medium', 'device-position': 'front' });
    await nextEvent(camera, 'initdone');
    const frame = await oneFrame();
    const at = ((frame.height * 3) / 8) * frame.width * 4 + ((frame.width * 3) / 8) * 4;
    expect(Array.from(frame.data.slice(at, at + 3)).map((v, i) => Math.abs(v - COLORS.topLeft[i]!) < 40)).to.deep.equal([
      true,
      true,
      true,
    ]);
  });
});
