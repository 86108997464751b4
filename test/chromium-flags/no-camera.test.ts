import { expect } from '@open-wc/testing';
import { createCameraContext } from '../../src/index.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';

describe('no camera (Chromium only: its fake device count can be zero; Firefox and WebKit always have one)', () => {
  it('fires error no camera device, and context calls fail with it', async () => {
    const camera = mountCamera();
    const { detail } = await oneEventWithin<{ errMsg: string }>(camera, 'error');
    expect(detail.errMsg).to.equal('insertCamera:fail no camera device');
    const outcome = await new Promise<unknown>((resolve) =>
      createCameraContext().setZoom({ zoom: 1, fail: resolve }),
    );
    expect(outcome).to.deep.equal({ errMsg: 'setZoom:fail no camera device' });
  });
});
