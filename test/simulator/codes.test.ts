import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ScanCodeDetail } from '../../src/index.js';
import { installCameraSimulator, type CameraSimulator } from '../../src/testing/index.js';
import { CODE_PICTURES } from '../fixtures/code-pictures.mjs';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';

let simulator: CameraSimulator;
afterEach(() => simulator.uninstall());

// The codes the Chromium-only scan groups play from Y4M files, shown by the simulated camera in every engine.
describe('scanCode reads the test codes on the simulated camera', () => {
  for (const [name, { bcid, type, text }] of Object.entries(CODE_PICTURES)) {
    it(`reads the ${name} code once: ${type} "${text}"`, async function () {
      this.timeout(60_000);
      simulator = installCameraSimulator({ picture: { code: text, format: bcid } });
      const camera = mountCamera({ mode: 'scanCode' });
      const codes: ScanCodeDetail[] = [];
      camera.addEventListener('scancode', (event) => codes.push(event.detail));
      await oneEventWithin(camera, 'initdone', 20_000);
      await waitUntil(() => codes.length > 0, `the ${name} code to be read`, { timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(codes.map(({ type: read, result }) => ({ type: read, result }))).to.deep.equal([{ type, result: text }]);
    });
  }
});
