import { expect } from '@open-wc/testing';
import { CameraStatus } from '../../src/index.js';
import { mountCamera, nextEvent } from '../helpers/camera-fixture.js';
import { liveVideoTracks } from '../helpers/camera-watch.js';

describe('camera track ended (Chromium only: Firefox does not deliver a synthetic ended event to a track, and no flag ends a fake camera)', () => {
  it('fires stop, and stays stopped, when the camera track ends', async () => {
    const camera = mountCamera();
    await nextEvent(camera, 'initdone');
    const stopped = nextEvent(camera, 'stop');
    // What the browser fires when the camera is unplugged or taken by the system.
    const track = camera.camera.live!.track;
    track.dispatchEvent(new Event('ended'));
    expect(track.readyState).to.equal('ended');
    await stopped;
    expect(camera.camera.status).to.equal(CameraStatus.stopped);
    expect(liveVideoTracks()).to.have.length(0);
  });
});
