import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createCameraContext, type ScanCodeDetail, type WxCamera } from 'wx-camera';
import { installCameraSimulator, type CameraSimulator } from 'wx-camera/testing';

describe('a scanning page on the simulated camera (web-test-runner)', () => {
  let simulator: CameraSimulator;
  afterEach(() => simulator.uninstall());

  it('reports each code shown, and stops when the camera is unplugged', async function () {
    this.timeout(60_000); // the scanner's first decode loads its wasm: slow browsers take seconds
    // Installed before <wx-camera> opens its camera; the first picture is a QR code.
    simulator = installCameraSimulator({ picture: { code: 'https://example.com/first' } });
    const scanned: ScanCodeDetail[] = [];
    const camera = await fixture<WxCamera>(html`
      <wx-camera mode="scanCode" @scancode=${(event: CustomEvent<ScanCodeDetail>) => scanned.push(event.detail)}></wx-camera>
    `);

    await waitUntil(() => scanned.length === 1, 'the first code is scanned', { timeout: 30_000 });
    expect(scanned[0]).to.include({ type: 'QR_CODE', result: 'https://example.com/first' });

    await simulator.show({ code: 'second code' });
    await waitUntil(() => scanned.length === 2, 'the second code is scanned', { timeout: 30_000 });
    expect(scanned[1]).to.include({ type: 'QR_CODE', result: 'second code' });

    const stopped = oneEvent(camera, 'stop');
    simulator.unplug(); // the camera in use: its track ends
    await stopped;
    const { errMsg } = await createCameraContext().takePhoto().catch((failure: { errMsg: string }) => failure);
    expect(errMsg).to.equal('operateCamera:fail camera stopped: the camera track ended');
  });
});
