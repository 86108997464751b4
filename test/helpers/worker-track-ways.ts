import { expect, waitUntil } from '@open-wc/testing';
import { createCameraContext } from '../../src/index.js';
import { inspectCamera } from '../../src/inspect.js';
import { installCameraSimulator, type CameraSimulator } from '../../src/testing/index.js';
import { mountCamera, oneEventWithin } from './camera-fixture.js';

/**
 * WebKit moves a track clone to the package's workers (it has no MediaStreamTrackProcessor on the
 * page). `way`: what the workers then do with it: read it (`stream`, Safari 18 and later) or, where
 * workers cannot read tracks, say so and take the preview's frames from the page (`frames`).
 */
export function describeWorkerTrackWays(way: 'stream' | 'frames'): void {
  describe(`a track moved to the workers: ${way === 'stream' ? 'read there' : 'unreadable there, frames from the page'}`, () => {
    let simulator: CameraSimulator | undefined;
    afterEach(() => simulator?.uninstall());

    it(`frame listeners get the camera's frames the ${way} way`, async function () {
      this.timeout(60_000);
      const camera = mountCamera({ 'frame-size': 'small' });
      await oneEventWithin(camera, 'initdone');
      let bright = 0;
      const listener = createCameraContext().onCameraFrame(({ width, height, data }) => {
        const bytes = new Uint8Array(data);
        if (width === 352 && height === 288 && bytes.some((value, index) => index % 4 !== 3 && value > 5)) bright++;
      });
      await listener.start();
      await waitUntil(() => bright >= 3, 'three frames with a picture', { timeout: 30_000 });
      expect(inspectCamera(camera).frames.path).to.equal(`worker-${way}`);
      await listener.stop();
    });

    it(`the page's own worker gets frames through wx-camera/worker the ${way} way`, async function () {
      this.timeout(60_000);
      const camera = mountCamera({ 'frame-size': 'small' });
      await oneEventWithin(camera, 'initdone');
      const worker = new Worker(new URL('../fixtures/worker-frames-probe.ts', import.meta.url), { type: 'module' });
      const reports: { width: number; brightness: number }[] = [];
      const others: unknown[] = [];
      worker.onmessage = ({ data }) => (data.ready ? undefined : 'width' in data ? reports.push(data) : others.push(data));
      const listener = createCameraContext().onCameraFrame(() => undefined);
      await listener.start({ worker });
      await waitUntil(() => reports.filter((report) => report.brightness > 5).length >= 3, 'three frames with a picture in the worker', { timeout: 30_000 });
      expect(reports[0]!.width).to.equal(352);
      // The package's own answer (`unreadable`) is marked as the package's.
      expect(others).to.deep.equal(way === 'frames' ? [{ wxCamera: { type: 'unreadable' } }] : []);
      await listener.stop();
      worker.terminate();
    });

    it(`scanCode mode reads a code the ${way} way`, async function () {
      this.timeout(60_000);
      simulator = installCameraSimulator({ picture: { code: 'wx-camera', format: 'qrcode' } });
      const camera = mountCamera({ mode: 'scanCode' });
      const codes: string[] = [];
      camera.addEventListener('scancode', (event) => codes.push(event.detail.result));
      await oneEventWithin(camera, 'initdone', 20_000);
      await waitUntil(() => codes.length > 0, 'the code to be read', { timeout: 30_000 });
      expect(codes).to.deep.equal(['wx-camera']);
      expect(inspectCamera(camera).scanner.stats.way).to.equal(way);
    });
  });
}
