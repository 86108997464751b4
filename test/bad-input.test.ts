import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createCameraContext, type GeneralCallbackResult } from '../src/index.js';
import { mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveTracks, liveWorkerCount, requestsSettled } from './helpers/camera-watch.js';
import { inspectCamera } from '../src/inspect.js';

type Call = (context: ReturnType<typeof createCameraContext>) => unknown;

/** The errMsg a call ends with (Promise style), and whether it threw instead. */
async function outcome(call: Call): Promise<string> {
  let result: unknown;
  try {
    result = call(createCameraContext());
  } catch (error) {
    return `threw ${String(error)}`;
  }
  return Promise.resolve(result).then(
    (res) => (res as GeneralCallbackResult).errMsg,
    (e: GeneralCallbackResult) => e.errMsg,
  );
}

// Every method and option with wrong types, out-of-range numbers and NaN: a clear errMsg, never a
// throw, a hang, or a camera left on.
const table: [string, Call, string][] = [
  ['takePhoto(42)', (c) => (c.takePhoto as (o: unknown) => unknown)(42), 'operateCamera:fail invalid option: expected an object, got 42'],
  ['takePhoto("high")', (c) => (c.takePhoto as (o: unknown) => unknown)('high'), 'operateCamera:fail invalid option: expected an object, got "high"'],
  ['takePhoto([])', (c) => (c.takePhoto as (o: unknown) => unknown)([]), 'operateCamera:fail invalid option: expected an object, got an array'],
  ['takePhoto quality 1', (c) => c.takePhoto({ quality: 1 as never }), 'operateCamera:fail invalid quality: expected high, normal, low, original, got 1'],
  ['takePhoto selfieMirror 0', (c) => c.takePhoto({ selfieMirror: 0 as never }), 'operateCamera:fail invalid selfieMirror: expected true or false, got 0'],
  ['takePhoto null option', (c) => c.takePhoto(null as never), 'operateCamera:ok'],
  ['setZoom()', (c) => (c.setZoom as () => unknown)(), 'setZoom:fail invalid zoom: expected a number, got undefined'],
  ['setZoom NaN', (c) => c.setZoom({ zoom: NaN }), 'setZoom:fail invalid zoom: expected a number, got NaN'],
  ['setZoom -Infinity', (c) => c.setZoom({ zoom: -Infinity }), 'setZoom:fail invalid zoom: expected a number, got -Infinity'],
  ['setZoom {}', (c) => c.setZoom({ zoom: {} as never }), 'setZoom:fail invalid zoom: expected a number, got an object'],
  ['setZoom 1e9', (c) => c.setZoom({ zoom: 1e9 }), 'setZoom:ok'],
  ['startRecord timeout NaN', (c) => c.startRecord({ timeout: NaN }), 'operateCamera:fail invalid timeout: expected a number, got NaN'],
  ['startRecord timeout -1', (c) => c.startRecord({ timeout: -1 }), 'operateCamera:fail invalid timeout: expected seconds above 0, got -1'],
  ['startRecord selfieMirror "no"', (c) => c.startRecord({ selfieMirror: 'no' as never }), 'operateCamera:fail invalid selfieMirror: expected true or false, got "no"'],
  ['stopRecord not recording', (c) => c.stopRecord(), 'operateCamera:fail is not recording'],
  ['stopRecord compressed 1', (c) => c.stopRecord({ compressed: 1 as never }), 'operateCamera:fail invalid compressed: expected true or false, got 1'],
  ['onCameraFrame(undefined).start', (c) => c.onCameraFrame(undefined as never).start(), 'start:fail callback is not a function (got undefined)'],
  ['onCameraFrame(null).start', (c) => c.onCameraFrame(null as never).start(), 'start:fail callback is not a function (got null)'],
  ['listener.stop not started', (c) => c.onCameraFrame(() => {}).stop(), 'stop:ok'],
  ['listener.start(7)', (c) => (c.onCameraFrame(() => {}).start as (o: unknown) => unknown)(7), 'start:fail invalid option: expected an object, got 7'],
];

describe('bad input', () => {
  it('gives every bad call a clear errMsg, and never throws', async () => {
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    for (const [name, call, errMsg] of table) {
      expect(await outcome(call), name).to.equal(errMsg);
    }
    expect(liveTracks().filter((track) => track.kind === 'audio')).to.have.length(0);
  });

  it('calls complete after a success callback that throws, and reports the error', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const reported: unknown[] = [];
    const reportError = window.reportError;
    window.reportError = (error: unknown) => reported.push(error);
    try {
      const completed = await new Promise<unknown>((resolve) =>
        createCameraContext().setZoom({
          zoom: 2,
          success: () => {
            throw new Error('user success failed');
          },
          complete: resolve,
        }),
      );
      expect(completed).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 2 });
      expect(reported).to.have.length(1);
      expect(inspectCamera(camera).status).to.equal('ready');
    } finally {
      window.reportError = reportError;
    }
  });

  it('treats unknown attribute values as the Mini App does', async () => {
    const camera = mountCamera({ 'device-position': 'sideways', flash: 'strobe', resolution: 'giant', 'frame-size': 'huge' });
    await oneEventWithin(camera, 'initdone');
    expect(inspectCamera(camera).live?.devicePosition).to.equal('back');
    const frames: number[] = [];
    const listener = createCameraContext().onCameraFrame(({ width }) => frames.push(width));
    await listener.start();
    await waitUntil(() => frames.length > 0, 'a frame', { timeout: 8000 });
    await listener.stop();
    expect(frames[0]).to.equal(640); // medium
  });

  it('fails every call made after the element was removed, and leaves nothing running', async () => {
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    const listener = context.onCameraFrame(() => {});
    await listener.start();
    camera.remove();
    for (const call of [() => context.takePhoto(), () => context.setZoom({ zoom: 2 }), () => context.startRecord()]) {
      expect(await outcome(() => call())).to.match(/:fail no <wx-camera> on the page$/);
    }
    // The removal stopped the listener; stopping it again succeeds (pages stop it from onHide and
    // bindstop both), and starting it again waits for the next camera.
    expect(await outcome(() => listener.stop())).to.equal('stop:ok');
    expect(await outcome(() => listener.start())).to.equal('start:ok');
    expect(await outcome(() => listener.stop())).to.equal('stop:ok');
    await requestsSettled();
    await aTimeout(100);
    expect(liveTracks()).to.have.length(0);
    expect(liveWorkerCount()).to.equal(0);
  });
});
