import { expect } from '@open-wc/testing';
import { createCameraContext } from '../src/index.js';
import { mountCamera, nextEvent } from './helpers/camera-fixture.js';
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
      const { detail } = await nextEvent<{ errMsg: string }>(camera, 'error');
      expect(detail.errMsg).to.equal('insertCamera:fail camera is in use');
      const err = await createCameraContext().takePhoto().catch((e: unknown) => e);
      expect(err).to.deep.equal({ errMsg: 'takePhoto:fail camera is in use' });
      expect(liveVideoTracks()).to.have.length(0);
    } finally {
      media.getUserMedia = real;
    }
  });
});
