import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createCameraContext, type OnCameraFrameCallbackResult } from '../../src/index.js';
import { installCameraSimulator, type CameraSimulator } from '../../src/testing/index.js';
import { errMsgOf, mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';

let simulator: CameraSimulator;
afterEach(() => {
  document.querySelectorAll('wx-camera').forEach((element) => element.remove());
  const live = simulator.liveTracks();
  simulator.uninstall();
  expect(live, 'camera tracks left live').to.have.length(0);
});

/** The RGB at the centre of the third frame from now (a new picture takes a frame to show). */
async function centreOfFrame(): Promise<number[]> {
  let centre: number[] | undefined;
  let count = 0;
  const listener = createCameraContext().onCameraFrame(({ width, height, data }: OnCameraFrameCallbackResult) => {
    const at = (Math.floor(height / 2) * width + Math.floor(width / 2)) * 4;
    if (++count === 3) centre = Array.from(new Uint8Array(data, at, 3));
  });
  await listener.start();
  // Polled as often as before (20 ms), so the listener stops soon after the third frame.
  await waitUntil(() => centre !== undefined, 'three frames', { timeout: 8000, interval: 20 });
  await listener.stop();
  return centre!;
}

const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]!) < 24);

describe('wx-camera/testing: the camera simulator', () => {
  it('feeds the element real tracks that show the chosen picture, and swaps it live', async () => {
    simulator = installCameraSimulator({ picture: { color: 'rgb(200, 30, 30)' } });
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    const red = await centreOfFrame();
    expect(near(red, [200, 30, 30]), `red: ${red}`).to.equal(true);
    await simulator.show({ color: 'rgb(30, 30, 200)' });
    await aTimeout(200);
    expect(near(await centreOfFrame(), [30, 30, 200]), 'blue').to.equal(true);
    expect(simulator.framesProduced).to.be.above(3);
  });

  it('presents front and back cameras with labels, and switches between them', async () => {
    simulator = installCameraSimulator();
    const labels = (await navigator.mediaDevices.enumerateDevices()).map((device) => device.label);
    expect(labels).to.deep.equal(['Back Camera', 'Front Camera']);
    const camera = mountCamera({ 'device-position': 'back' });
    await oneEventWithin(camera, 'initdone');
    expect(simulator.devices[0]!.liveTracks()).to.have.length(1);
    const reopened = oneEventWithin(camera, 'initdone');
    camera.devicePosition = 'front';
    await reopened;
    await waitUntil(() => simulator.devices[0]!.liveTracks().length === 0, 'the back camera to be released', { timeout: 8000 });
    expect(simulator.devices[1]!.liveTracks()).to.have.length(1);
  });

  it('offers hardware zoom and torch that the element uses', async () => {
    simulator = installCameraSimulator({ devices: [{ label: 'Back Camera', facingMode: 'environment', zoom: { min: 1, max: 5 }, torch: true }] });
    const camera = mountCamera({ flash: 'torch' });
    const { detail } = await oneEventWithin<{ maxZoom: number }>(camera, 'initdone');
    expect(detail.maxZoom).to.equal(5);
    expect(await createCameraContext().setZoom({ zoom: 2.5 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 2.5 });
    expect(simulator.devices[0]!.zoom).to.equal(2.5);
    await waitUntil(() => simulator.devices[0]!.torch, 'the torch to light', { timeout: 8000 });
    camera.flash = 'off';
    await waitUntil(() => !simulator.devices[0]!.torch, 'the torch to go off', { timeout: 8000 });
  });

  it('refuses, finds no camera, or finds it busy, with the errMsg a page would get', async () => {
    simulator = installCameraSimulator();
    for (const [fault, reason] of [['permission-denied', 'auth deny'], ['busy', 'camera is in use']] as const) {
      simulator.fail(fault);
      const camera = mountCamera();
      expect((await oneEventWithin<{ errMsg: string }>(camera, 'error')).detail.errMsg).to.equal(`insertCamera:fail ${reason}`);
      camera.remove();
    }
    simulator.fail(null);
    simulator.unplug(simulator.devices[1]);
    simulator.unplug(simulator.devices[0]);
    const camera = mountCamera();
    expect((await oneEventWithin<{ errMsg: string }>(camera, 'error')).detail.errMsg).to.equal('insertCamera:fail no camera device');
  });

  it('unplugging the camera in use stops the element; the page hidden and shown reopens it', async () => {
    simulator = installCameraSimulator();
    let changes = 0;
    navigator.mediaDevices.addEventListener('devicechange', () => changes++);
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const stopped = oneEventWithin(camera, 'stop');
    simulator.setPageVisibility('hidden');
    await stopped;
    const reopened = oneEventWithin(camera, 'initdone');
    simulator.setPageVisibility('visible');
    await reopened;
    const unplugged = oneEventWithin(camera, 'stop');
    simulator.unplug(simulator.devices[0]);
    await unplugged.catch(() => Promise.reject(new Error('no stop after unplugging')));
    expect(changes).to.equal(1);
    expect(await errMsgOf(createCameraContext().takePhoto())).to.equal('operateCamera:fail camera stopped: the camera track ended');
  });
});
