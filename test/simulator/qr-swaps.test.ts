import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ScanCodeDetail } from '../../src/index.js';
import { installCameraSimulator, type CameraSimulator } from '../../src/testing/index.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';

let simulator: CameraSimulator;
afterEach(() => {
  document.querySelectorAll('wx-camera').forEach((element) => element.remove());
  simulator.uninstall();
});

describe('scanning simulated codes', () => {
  it('five different QR codes shown one after another give exactly five scancode events', async function () {
    this.timeout(60_000);
    const texts = ['first code', 'second 二', 'https://example.com/3', 'fourth: 4444', 'fifth ✓'];
    simulator = installCameraSimulator({ picture: { code: texts[0]! } });
    const camera = mountCamera({ mode: 'scanCode' });
    const codes: ScanCodeDetail[] = [];
    camera.addEventListener('scancode', (event) => codes.push(event.detail));
    await oneEventWithin(camera, 'initdone');
    for (const [index, text] of texts.entries()) {
      if (index > 0) await simulator.show({ code: text });
      await waitUntil(() => codes.length === index + 1, `the scancode of code ${index + 1} (${text})`, { timeout: 15_000 });
    }
    // The last code stays in view: no event repeats it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(codes.map(({ type, result }) => `${type} ${result}`)).to.deep.equal(texts.map((text) => `QR_CODE ${text}`));
  });
});
