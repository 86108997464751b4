import { expect } from '@open-wc/testing';
import { createCameraContext } from '../../src/index.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { liveVideoTracks } from '../helpers/camera-watch.js';

describe('permission refused (Chromium only: its flag refuses the camera prompt; Firefox and WebKit have none)', () => {
  it('fires error auth deny, and context calls fail with it', async () => {
    const camera = mountCamera();
    const { detail } = await oneEventWithin<{ errMsg: string }>(camera, 'error');
    expect(detail.errMsg).to.equal('insertCamera:fail auth deny');
    const err = await createCameraContext().takePhoto().catch((e: unknown) => e);
    expect(err).to.deep.equal({ errMsg: 'operateCamera:fail auth deny' });
    expect(liveVideoTracks()).to.have.length(0);
  });
});
