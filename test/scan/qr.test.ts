import { aTimeout, expect } from '@open-wc/testing';
import type { ScanCodeDetail } from '../../src/index.js';
import { CODE_PICTURES } from '../fixtures/code-pictures.mjs';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { liveWorkerCount } from '../helpers/camera-watch.js';
import { setPageVisibility } from '../helpers/page-visibility.js';
import { describeCodeScan, recordScans } from './code-scan-checks.js';
import { inspectCamera } from '../../src/inspect.js';

// The QR code's text is not ASCII ('扫码 café ✓'): its UTF-8 bytes come back as rawData.
describeCodeScan('qr');

describe('scanCode mode around a QR code in view (Chromium only: only it can play a file as its camera)', () => {
  const { text } = CODE_PICTURES.qr;

  it('fires no scancode in normal mode', async () => {
    const camera = mountCamera();
    const scans = recordScans(camera);
    await oneEventWithin(camera, 'initdone');
    await aTimeout(2000);
    expect(scans).to.have.length(0);
    expect(inspectCamera(camera).scanner.scanning).to.equal(false);
    expect(liveWorkerCount()).to.equal(0);
  });

  it('leaves no worker once the element is removed', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    await oneEventWithin(camera, 'scancode', 12_000);
    expect(liveWorkerCount()).to.equal(1);
    camera.remove();
    expect(liveWorkerCount()).to.equal(0);
    expect(inspectCamera(camera).scanner.scanning).to.equal(false);
  });

  it('reads the code again when the camera reopens (page hidden, then shown)', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    await oneEventWithin(camera, 'scancode', 12_000);
    const stopped = oneEventWithin(camera, 'stop');
    setPageVisibility('hidden');
    await stopped;
    expect(liveWorkerCount()).to.equal(0);
    const again = oneEventWithin<ScanCodeDetail>(camera, 'scancode', 12_000);
    setPageVisibility('visible');
    expect((await again).detail.result).to.equal(text);
    expect(liveWorkerCount()).to.equal(1);
  });
});
