import { expect } from '@open-wc/testing';
import { createCameraContext } from '../src/index.js';
import { mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveVideoTracks } from './helpers/camera-watch.js';

describe('camera faults', () => {
  // No browser flag makes a camera busy, so this one fault is produced by a stub that rejects the
  // way browsers do when another program holds the camera.
  it('reports a busy camera as "camera is in use"', async () => {
    const media = MediaDevices.prototype;
    const real = media.getUserMedia;
    media.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'));
    try {
      const camera = mountCamera();
      const { detail } = await oneEventWithin<{ errMsg: string }>(camera, 'error');
      expect(detail.errMsg).to.equal('insertCamera:fail camera is in use');
      const err = await createCameraContext().takePhoto().catch((e: unknown) => e);
      expect(err).to.deep.equal({ errMsg: 'operateCamera:fail camera is in use' });
      expect(liveVideoTracks()).to.have.length(0);
    } finally {
      media.getUserMedia = real;
    }
  });
});

describe('permission refused, then allowed', () => {
  // No browser flag changes its answer within one page (Chromium's fake prompt answers the same
  // all run long, and without it a grant through DevTools is still refused), so the refusal is a
  // stub rejecting as browsers do when the user says no; the grant is the real camera afterwards.
  it('recovers when the element is added again after the user allows the camera', async () => {
    const media = MediaDevices.prototype;
    const real = media.getUserMedia;
    media.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    const camera = mountCamera();
    try {
      const { detail } = await oneEventWithin<{ errMsg: string }>(camera, 'error');
      expect(detail.errMsg).to.equal('insertCamera:fail auth deny');
      expect(await createCameraContext().setZoom({ zoom: 2 }).catch((e: unknown) => e)).to.deep.equal({ errMsg: 'setZoom:fail auth deny' });
    } finally {
      media.getUserMedia = real;
    }
    camera.remove();
    const opened = oneEventWithin(camera, 'initdone');
    document.body.append(camera);
    await opened;
    expect(liveVideoTracks()).to.have.length(1);
    expect(await createCameraContext().setZoom({ zoom: 2 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 2 });
  });
});
