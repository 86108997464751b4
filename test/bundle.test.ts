import { expect, waitUntil } from '@open-wc/testing';
import { mountCamera, oneEventWithin, skipBecause } from './helpers/camera-fixture.js';
import { inspectCamera } from '../src/inspect.js';
import { loadVideo, recordsEmptyFiles } from './helpers/media.js';

// The built bundle (`npm run build`) as a plain <script type="module"> page would load it.
const bundlePath = '/dist/wx-camera.bundle.js';

describe('dist/wx-camera.bundle.js', () => {
  it('defines <wx-camera> and installs wx.createCameraContext; a second registration is a no-op', async () => {
    const bundle = await import(bundlePath);
    const defined = customElements.get('wx-camera');
    expect(defined).to.equal(bundle.WxCamera);
    const { wx } = globalThis as unknown as { wx: { createCameraContext: unknown } };
    expect(wx.createCameraContext).to.equal(bundle.createCameraContext);
    // Registering again, and loading a second copy of the bundle (another URL: its own module,
    // which registers as it loads), leaves the first registration in place and throws nothing.
    expect(() => bundle.defineWxCamera()).not.to.throw();
    const copy = await import(`${bundlePath}?second-copy`);
    expect(copy.WxCamera, 'a second copy of the bundle').not.to.equal(bundle.WxCamera);
    expect(() => copy.defineWxCamera()).not.to.throw();
    expect(customElements.get('wx-camera')).to.equal(defined);
    const camera = mountCamera();
    expect(camera).to.be.instanceOf(bundle.WxCamera);
    const { detail } = await oneEventWithin<{ maxZoom: number }>(camera, 'initdone');
    expect(detail.maxZoom).to.be.at.least(1);
    // Both copies drive the page's one camera: the second copy's context (and the global wx it
    // installed last) reaches the camera the first copy registered.
    const zoom = await copy.createCameraContext().setZoom({ zoom: 1 });
    expect(zoom).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 1 });
    expect(await (globalThis as { wx?: { createCameraContext(): { setZoom(o: object): Promise<unknown> } } }).wx!.createCameraContext().setZoom({ zoom: 1 })).to.deep.equal({
      errMsg: 'setZoom:ok',
      zoom: 1,
    });
  });

  it('finds its frame worker beside it', async () => {
    const bundle = await import(bundlePath);
    const camera = mountCamera({ 'frame-size': 'small' });
    await oneEventWithin(camera, 'initdone');
    let frames = 0;
    const listener = bundle.createCameraContext().onCameraFrame(() => frames++);
    await listener.start();
    await waitUntil(() => frames >= 3, 'three frames', { timeout: 8000 });
    await listener.stop();
    expect(inspectCamera(camera).frames.path).to.match(/^worker-/);
  });

  it('finds its on-demand chunks beside it: a compressed recording is re-encoded and plays', async function () {
    if (recordsEmptyFiles) skipBecause(this, 'WebKitGTK here records empty files (see test/webkit/)');
    this.timeout(30000);
    const bundle = await import(bundlePath);
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = bundle.createCameraContext();
    await context.startRecord();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { tempVideoPath } = await context.stopRecord({ compressed: true });
    const video = await loadVideo(tempVideoPath);
    expect(video.duration).to.be.closeTo(2, 0.6);
    // The re-encoder (a chunk of its own) ran: the file is at a compressed recording's rate (about
    // 320 kbit/s here with the sound; a normal recording of the fake camera is nearer 600).
    const bitsPerSecond = ((await (await fetch(tempVideoPath)).blob()).size * 8) / video.duration;
    expect(bitsPerSecond).to.be.below(450_000);
  });
});
