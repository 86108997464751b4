import { expect, waitUntil } from '@open-wc/testing';
import type { WxCamera } from '../src/index.js';
import { mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveWorkerCount } from './helpers/camera-watch.js';
import { inspectCamera } from '../src/inspect.js';

// The builds (`npm run build`) place the scan worker's wasm where it looks for it: beside the
// module that loads it.
describe('scanCode mode in the builds', () => {
  it('the bundle finds its scan worker and the wasm beside it (dist/scan-worker.js, dist/zxing_reader.wasm)', async () => {
    await import('/dist/wx-camera.bundle.js' as string);
    const camera = mountCamera({ mode: 'scanCode' }) as WxCamera;
    await oneEventWithin(camera, 'initdone');
    const { stats } = inspectCamera(camera).scanner;
    await waitUntil(() => stats.scans >= 2 || stats.unavailable !== '', 'pictures decoded', { timeout: 12_000 });
    expect(stats.unavailable).to.equal('');
    camera.remove();
    expect(liveWorkerCount()).to.equal(0);
  });

  it('the tsc build has the wasm beside its decoder module (dist/scan/zxing_reader.wasm)', async () => {
    const [built, installed] = await Promise.all(
      ['/dist/scan/zxing_reader.wasm', '/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'].map(async (path) => {
        const response = await fetch(path);
        expect(response.ok, `${path}: HTTP ${response.status} (is scripts/copy-scan-wasm.mjs part of the build?)`).to.equal(true);
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
    expect(built!.length).to.equal(installed!.length);
    expect(built!.every((byte, index) => byte === installed![index])).to.equal(true);
  });
});
