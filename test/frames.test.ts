import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createCameraContext, type OnCameraFrameCallbackResult } from '../src/index.js';
import { errMsgOf, mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveTracks, liveVideoTracks, liveWorkerCount, requestsSettled } from './helpers/camera-watch.js';
import { setPageVisibility } from './helpers/page-visibility.js';

/** Collects frames (sizes, and a copy of the first bytes) from a started listener. */
function collector() {
  const frames: { width: number; height: number; byteLength: number }[] = [];
  const callback = ({ width, height, data }: OnCameraFrameCallbackResult) => {
    frames.push({ width, height, byteLength: data.byteLength });
  };
  return { frames, callback };
}

describe('onCameraFrame', () => {
  for (const [frameSize, width, height] of [
    ['small', 352, 288],
    ['medium', 640, 480],
    ['large', 1280, 720],
  ] as const) {
    it(`delivers ${width}x${height} RGBA frames for frame-size="${frameSize}" from a landscape camera`, async () => {
      const camera = mountCamera({ 'frame-size': frameSize });
      await oneEventWithin(camera, 'initdone');
      const { frames, callback } = collector();
      const listener = createCameraContext().onCameraFrame(callback);
      expect(await listener.start()).to.deep.equal({ errMsg: 'start:ok' });
      await waitUntil(() => frames.length >= 5, 'five frames', { timeout: 8000 });
      await listener.stop();
      for (const frame of frames) expect(frame).to.deep.equal({ width, height, byteLength: width * height * 4 });
    });
  }

  it('treats an unknown frame-size as medium', async () => {
    const camera = mountCamera({ 'frame-size': 'huge' });
    await oneEventWithin(camera, 'initdone');
    const { frames, callback } = collector();
    const listener = createCameraContext().onCameraFrame(callback);
    await listener.start();
    await waitUntil(() => frames.length >= 1, 'a frame', { timeout: 8000 });
    await listener.stop();
    expect(frames[0]).to.include({ width: 640, height: 480 });
  });

  it('follows a frame-size change while listening', async () => {
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    const { frames, callback } = collector();
    const listener = createCameraContext().onCameraFrame(callback);
    await listener.start();
    await waitUntil(() => frames.length >= 1, 'a small frame', { timeout: 8000 });
    camera.frameSize = 'large';
    await waitUntil(() => frames.at(-1)?.width === 1280, 'a large frame', { timeout: 8000 });
    await listener.stop();
  });

  it('delivers medium frames without frame-size (the documented default), with a timestamp', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const frames: OnCameraFrameCallbackResult[] = [];
    const listener = createCameraContext().onCameraFrame((frame) => frames.push(frame));
    await listener.start();
    await waitUntil(() => frames.length >= 3, 'three frames', { timeout: 8000 });
    await listener.stop();
    const { width, height, data, timestamp } = frames[0]!;
    expect([width, height]).to.deep.equal(width > height ? [640, 480] : [480, 640]);
    expect(data.byteLength).to.equal(width * height * 4);
    const times = frames.map((frame) => frame.timestamp);
    expect(times[1]! > times[0]! && times[2]! > times[1]!, `increasing: ${times}`).to.equal(true);
    expect(timestamp).to.be.within(performance.now() - 5000, performance.now());
  });

  it('never changes a frame\'s bytes while the callback that received it runs, though frames keep coming', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const sum = (data: ArrayBuffer) => new Uint8Array(data).reduce((total, byte, index) => (total + byte * ((index % 251) + 1)) % 1_000_000_007, 0);
    const checks: [number, number][] = [];
    const listener = createCameraContext().onCameraFrame(({ data }) => {
      if (checks.length >= 3) return;
      const before = sum(data);
      // Busy for several camera frames (the fake camera's picture moves every frame).
      const until = performance.now() + 120;
      while (performance.now() < until);
      checks.push([before, sum(data)]);
    });
    await listener.start();
    await waitUntil(() => checks.length >= 3, 'three busy callbacks', { timeout: 10000 });
    await listener.stop();
    for (const [before, after] of checks) expect(after).to.equal(before);
  });

  it('fails start with a non-function callback and when started twice; stop always succeeds', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    expect(await errMsgOf(context.onCameraFrame('nope' as never).start())).to.equal(
      'start:fail callback is not a function (got "nope")',
    );
    const listener = context.onCameraFrame(() => {});
    const [first, second] = await Promise.all([errMsgOf(listener.start()), errMsgOf(listener.start())]);
    expect([first, second]).to.deep.equal(['resolved', 'start:fail listener is already started']);
    expect(await errMsgOf(listener.stop())).to.equal('resolved');
    expect(await errMsgOf(listener.stop())).to.equal('resolved');
  });

  it('delivers no frame after stop, and releases its worker and track', async () => {
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    const { frames, callback } = collector();
    const listener = createCameraContext().onCameraFrame(callback);
    await listener.start();
    await waitUntil(() => frames.length >= 3, 'three frames', { timeout: 8000 });
    await listener.stop();
    const count = frames.length;
    await aTimeout(300);
    expect(frames.length).to.equal(count);
    expect(liveWorkerCount()).to.equal(0);
    expect(liveTracks()).to.have.length(1);
  });

  it('keeps delivering across a device switch', async () => {
    const camera = mountCamera({ 'frame-size': 'medium' });
    await oneEventWithin(camera, 'initdone');
    const { frames, callback } = collector();
    const listener = createCameraContext().onCameraFrame(callback);
    await listener.start();
    await waitUntil(() => frames.length >= 2, 'frames before the switch', { timeout: 8000 });
    camera.devicePosition = 'front';
    await oneEventWithin(camera, 'initdone');
    const count = frames.length;
    await waitUntil(() => frames.length >= count + 3, 'frames after the switch', { timeout: 8000 });
    await listener.stop();
    await requestsSettled();
    expect(liveVideoTracks()).to.have.length(1);
    expect(liveTracks()).to.have.length(1);
  });

  it('stops listening, for good, when the page is hidden', async () => {
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    const { frames, callback } = collector();
    const listener = createCameraContext().onCameraFrame(callback);
    await listener.start();
    await waitUntil(() => frames.length >= 1, 'a frame', { timeout: 8000 });
    setPageVisibility('hidden');
    const count = frames.length;
    const reopened = oneEventWithin(camera, 'initdone');
    setPageVisibility('visible');
    await reopened;
    await aTimeout(300);
    expect(frames.length).to.be.at.most(count + 1);
    expect(await errMsgOf(listener.stop())).to.equal('resolved');
    expect(await errMsgOf(listener.start())).to.equal('resolved');
    await waitUntil(() => frames.length > count + 1, 'frames after starting again', { timeout: 8000 });
    await listener.stop();
  });

  it('leaves no worker and no track when the element is removed while listening', async () => {
    const camera = mountCamera({ 'frame-size': 'large' });
    await oneEventWithin(camera, 'initdone');
    const { frames, callback } = collector();
    await createCameraContext().onCameraFrame(callback).start();
    await waitUntil(() => frames.length >= 2, 'frames', { timeout: 8000 });
    camera.remove();
    await requestsSettled();
    expect(liveWorkerCount()).to.equal(0);
    expect(liveTracks()).to.have.length(0);
  });

  it('does not queue frames behind a slow callback', async () => {
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    let calls = 0;
    const listener = createCameraContext().onCameraFrame(() => {
      calls++;
      const end = performance.now() + 120; // a callback far slower than the camera
      while (performance.now() < end);
    });
    await listener.start();
    // The window starts at the first frame with a picture (WebKit's mock camera shows none at first).
    await waitUntil(() => calls > 0, 'a first frame', { timeout: 15_000 });
    const first = calls;
    const startedAt = performance.now();
    await aTimeout(1200);
    // A loaded machine may run fewer: wait for three more calls.
    await waitUntil(() => calls - first >= 3, 'three more calls', { timeout: 10_000 });
    await listener.stop();
    const after = calls;
    const elapsed = performance.now() - startedAt;
    await aTimeout(300);
    // At most one call per 120 ms fits in the window (about 10 in 1.2 s); queued frames would
    // come back to back after it, and keep coming after stop.
    expect(calls).to.equal(after);
    expect(calls - first).to.be.at.most(Math.ceil(elapsed / 120) + 2);
  });

  it('reports a throwing callback and keeps delivering', async () => {
    const reported: unknown[] = [];
    const reportError = window.reportError;
    window.reportError = (error: unknown) => reported.push(error);
    try {
      const camera = mountCamera({ 'frame-size': 'small' });
      await oneEventWithin(camera, 'initdone');
      let calls = 0;
      const listener = createCameraContext().onCameraFrame(() => {
        calls++;
        throw new Error('listener failed');
      });
      await listener.start();
      await waitUntil(() => calls >= 3, 'three calls', { timeout: 8000 });
      await listener.stop();
      expect(reported.length).to.be.at.least(3);
    } finally {
      window.reportError = reportError;
    }
  });
});
