import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createCameraContext } from '../src/index.js';
import { errMsgOf, mountCamera, oneEventWithin } from './helpers/camera-fixture.js';

interface Report {
  width: number;
  height: number;
  byteLength: number;
  timestamp: number;
  brightness: number;
  latestIsThis: boolean;
}

describe('listener.start({ worker }): frames in the page\'s own worker', () => {
  it('delivers frames to wx-camera/worker in the worker, not to the page callback', async function () {
    this.timeout(60_000);
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    const worker = new Worker(new URL('./fixtures/worker-frames-probe.ts', import.meta.url), { type: 'module' });
    const reports: Report[] = [];
    let hello: { ready: boolean; before: boolean } | undefined;
    worker.onmessage = ({ data }) => (data.ready ? (hello = data) : reports.push(data));
    await waitUntil(() => hello !== undefined, 'the worker to load', { timeout: 8000 });
    expect(hello!.before, 'getCameraFrameData() before the first frame').to.equal(true);
    let onPage = 0;
    const listener = createCameraContext().onCameraFrame(() => onPage++);
    expect(await errMsgOf(listener.start({ worker }))).to.equal('resolved');
    await waitUntil(() => reports.length >= 3, 'three frames in the worker', { timeout: 8000 });
    const [first, , third] = reports as [Report, Report, Report];
    expect([first.width, first.height]).to.deep.equal([352, 288]);
    expect(first.byteLength).to.equal(352 * 288 * 4);
    expect(first.latestIsThis).to.equal(true);
    expect(third.timestamp).to.be.above(first.timestamp);
    expect(third.timestamp).to.be.within(performance.now() - 5000, performance.now() + 1);
    // A real picture (WebKit's mock camera shows black for its first few frames).
    await waitUntil(() => reports.some((report) => report.brightness > 5), 'a frame with a picture in the worker', { timeout: 30_000 });
    expect(onPage, 'page callback calls').to.equal(0);

    // The frame size follows the element, as on the page.
    camera.frameSize = 'medium';
    const count = reports.length;
    await waitUntil(() => reports.length > count + 2 && reports.at(-1)!.width === 640, 'medium frames in the worker', { timeout: 30_000 });

    expect(await errMsgOf(listener.stop())).to.equal('resolved');
    // Frames the page posted before it stopped may still be converted (a slow worker has a backlog:
    // WebKit's under load); then the worker falls quiet for good.
    let seen = -1;
    await waitUntil(
      async () => {
        const before = reports.length;
        await aTimeout(700);
        return before === reports.length && (seen = before) >= 0;
      },
      'the worker to fall quiet after stop',
      { timeout: 20_000 },
    );
    const after = seen;
    await aTimeout(700);
    expect(reports.length).to.equal(after);
    worker.terminate();
  });

  it('fails with a clear errMsg when worker is not a Worker', async () => {
    const listener = createCameraContext().onCameraFrame(() => {});
    expect(await errMsgOf(listener.start({ worker: {} as Worker }))).to.equal('start:fail invalid worker: expected a Worker, got an object');
  });
});
