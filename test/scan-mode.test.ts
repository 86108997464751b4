import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { type ScanCodeDetail } from '../src/index.js';
import { mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveWorkerCount } from './helpers/camera-watch.js';
import { setPageVisibility } from './helpers/page-visibility.js';
import { CameraStatus, inspectCamera } from '../src/inspect.js';

// Every engine: scanCode mode's worker and decoder start and stop with the camera. The fake
// cameras show no code, so nothing is read here (test/scan/ reads real codes, in Chromium).
describe('scanCode mode', () => {
  const recordScans = (target: EventTarget) => {
    const details: ScanCodeDetail[] = [];
    target.addEventListener('scancode', (event) => details.push((event as CustomEvent<ScanCodeDetail>).detail));
    return details;
  };

  it('starts a scan worker when the camera opens, decodes pictures, reads nothing on the fake camera and stops on removal', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    const scans = recordScans(camera);
    await oneEventWithin(camera, 'initdone');
    const { scanner } = inspectCamera(camera);
    await waitUntil(() => scanner.stats.scans >= 3, `three pictures decoded (decoder: '${scanner.stats.decoder}', ${scanner.stats.unavailable})`, { timeout: 12_000 });
    expect(scanner.stats.decoder).to.match(/zxing-wasm|BarcodeDetector/);
    expect(scanner.stats.unavailable).to.equal('');
    expect(liveWorkerCount()).to.equal(1);
    expect(scans).to.deep.equal([]);
    camera.remove();
    expect(scanner.scanning).to.equal(false);
    expect(liveWorkerCount()).to.equal(0);
  });

  it('starts no worker in normal mode', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    await aTimeout(300);
    expect(inspectCamera(camera).scanner.scanning).to.equal(false);
    expect(liveWorkerCount()).to.equal(0);
  });

  it('takes the mode when the camera opens', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    camera.mode = 'scanCode';
    await camera.updateComplete;
    expect(inspectCamera(camera).scanner.scanning).to.equal(false);
    const reopened = oneEventWithin(camera, 'initdone');
    camera.devicePosition = 'front';
    await reopened;
    expect(inspectCamera(camera).scanner.scanning).to.equal(true);
  });

  it('restarts scanning when the camera reopens on the other side, with one worker', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    await oneEventWithin(camera, 'initdone');
    const { scanner } = inspectCamera(camera);
    await waitUntil(() => scanner.stats.scans >= 1, 'a picture decoded', { timeout: 12_000 });
    const reopened = oneEventWithin(camera, 'initdone');
    camera.devicePosition = 'front';
    await reopened;
    await waitUntil(() => scanner.stats.scans >= 2, 'pictures decoded after the switch', { timeout: 12_000 });
    expect(liveWorkerCount()).to.equal(1);
  });

  it('stops scanning when the page is hidden and scans again when it is shown', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    await oneEventWithin(camera, 'initdone');
    const { scanner } = inspectCamera(camera);
    const stopped = oneEventWithin(camera, 'stop');
    setPageVisibility('hidden');
    await stopped;
    expect(scanner.scanning).to.equal(false);
    expect(liveWorkerCount()).to.equal(0);
    const reopened = oneEventWithin(camera, 'initdone');
    setPageVisibility('visible');
    await reopened;
    expect(inspectCamera(camera).status).to.equal(CameraStatus.ready);
    await waitUntil(() => scanner.stats.scans >= 2, 'pictures decoded after the page is shown', { timeout: 12_000 });
    expect(liveWorkerCount()).to.equal(1);
  });
});
