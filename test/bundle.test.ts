import { expect } from '@open-wc/testing';
import { mountCamera, nextEvent, until } from './helpers/camera-fixture.js';
import { inspectCamera } from '../src/inspect.js';

// The built bundle (`npm run build`) as a plain <script type="module"> page would load it.
const bundlePath = '/dist/wx-camera.bundle.js';

describe('dist/wx-camera.bundle.js', () => {
  it('defines <wx-camera> and installs wx.createCameraContext; a second registration is a no-op', async () => {
    const bundle = await import(bundlePath);
    expect(customElements.get('wx-camera')).to.be.a('function');
    const { wx } = globalThis as unknown as { wx: { createCameraContext: unknown } };
    expect(wx.createCameraContext).to.equal(bundle.createCameraContext);
    const camera = mountCamera();
    const { detail } = await nextEvent<{ maxZoom: number }>(camera, 'initdone');
    expect(detail.maxZoom).to.be.at.least(1);
  });

  it('finds its frame worker beside it', async () => {
    const bundle = await import(bundlePath);
    const camera = mountCamera({ 'frame-size': 'small' });
    await nextEvent(camera, 'initdone');
    let frames = 0;
    const listener = bundle.createCameraContext().onCameraFrame(() => frames++);
    await listener.start();
    await until(() => frames >= 3, 'three frames');
    await listener.stop();
    expect(inspectCamera(camera).frames.path).to.match(/^worker-/);
  });
});
