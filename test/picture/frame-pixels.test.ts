import { expect, waitUntil } from '@open-wc/testing';
import { createCameraContext, type OnCameraFrameCallbackResult } from '../../src/index.js';
import { COLORS } from '../fixtures/known-picture.mjs';
import { mismatches } from '../helpers/pixels.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { inspectCamera } from '../../src/inspect.js';

// Chromium only: it alone can play a file (the known picture) as its camera.

async function oneFrame(): Promise<{ width: number; height: number; data: Uint8Array }> {
  let frame: { width: number; height: number; data: Uint8Array } | undefined;
  const listener = createCameraContext().onCameraFrame(({ width, height, data }: OnCameraFrameCallbackResult) => {
    // The buffer is reused after the callback: keep a copy.
    frame ??= { width, height, data: new Uint8Array(data.slice(0)) };
  });
  await listener.start();
  await waitUntil(() => frame !== undefined, 'a frame', { timeout: 8000 });
  await listener.stop();
  return frame!;
}

/**
 * Makes the pipeline take a given path by hiding what the better paths need: the page's
 * `MediaStreamTrackProcessor`, and a worker's taking a moved track (refused as Firefox refuses it).
 */
function forcePath(path: string): () => void {
  const scope = globalThis as Record<string, unknown>;
  const saved = { Processor: scope.MediaStreamTrackProcessor, Worker: scope.Worker, post: Worker.prototype.postMessage };
  if (path !== 'worker-stream') {
    scope.MediaStreamTrackProcessor = undefined;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
      if (Array.isArray(transfer) && transfer.some((item) => item instanceof MediaStreamTrack)) throw new DOMException('a track cannot be moved', 'DataCloneError');
      return saved.post.call(this, message, transfer as never);
    };
  }
  if (path === 'page') {
    scope.Worker = class {
      constructor() {
        throw new DOMException('blocked by the page', 'SecurityError');
      }
    };
  }
  return () => {
    Object.assign(scope, { MediaStreamTrackProcessor: saved.Processor, Worker: saved.Worker });
    Worker.prototype.postMessage = saved.post;
  };
}

// The known picture is Chromium's camera (a Y4M file: test/picture/ runs in its own group) or the
// simulated camera showing it in every engine (test/simulator/known-picture.test.ts).
describe('frames show the known picture', () => {
  // A worker reads the track itself (MediaStreamTrackProcessor) in Chromium and WebKit (in this
  // suite's MiniBrowser, as in Safari); Firefox cannot move a track to a worker. Every engine can
  // take the other ways.
  const paths = navigator.userAgent.includes('Firefox/') ? ['worker-frames', 'page'] : ['worker-stream', 'worker-frames', 'page'];
  for (const path of paths) {
    for (const frameSize of ['small', 'medium', 'large'] as const) {
      it(`${frameSize} frames through ${path}: right colours in the right places, unmirrored`, async () => {
        const restore = forcePath(path);
        try {
          const camera = mountCamera({ 'frame-size': frameSize });
          await oneEventWithin(camera, 'initdone');
          const frame = await oneFrame();
          expect(inspectCamera(camera).frames.path).to.equal(path);
          expect(mismatches(frame)).to.deep.equal([]);
        } finally {
          restore();
        }
      });
    }
  }

  it('digital zoom 2 frames show the centre half', async () => {
    const camera = mountCamera({ 'frame-size': 'medium' });
    await oneEventWithin(camera, 'initdone');
    expect(await createCameraContext().setZoom({ zoom: 2 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 2 });
    const frame = await oneFrame();
    expect(mismatches(frame, { zoom: 2 })).to.deep.equal([]);
    // Near the corner, the top-left quadrant now shows, not the picture's magenta frame.
    const at = (Math.floor(frame.height / 8) * frame.width + Math.floor(frame.width / 8)) * 4;
    expect(Array.from(frame.data.slice(at, at + 3)).map((v, i) => Math.abs(v - COLORS.topLeft[i]!) < 40)).to.deep.equal([true, true, true]);
  });

  it('front camera frames are not mirrored', async () => {
    const camera = mountCamera({ 'frame-size': 'medium', 'device-position': 'front' });
    await oneEventWithin(camera, 'initdone');
    const frame = await oneFrame();
    const at = ((frame.height * 3) / 8) * frame.width * 4 + ((frame.width * 3) / 8) * 4;
    expect(Array.from(frame.data.slice(at, at + 3)).map((v, i) => Math.abs(v - COLORS.topLeft[i]!) < 40)).to.deep.equal([
      true,
      true,
      true,
    ]);
  });
});
