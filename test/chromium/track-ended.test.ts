import { aTimeout, expect } from '@open-wc/testing';
import { createCameraContext } from '../../src/index.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { liveTracks, liveVideoTracks, requestsSettled } from '../helpers/camera-watch.js';
import { loadVideo } from '../helpers/media.js';
import { CameraStatus, inspectCamera } from '../../src/inspect.js';

describe('camera track ended (Chromium only: Firefox does not deliver a synthetic ended event to a track, and no flag ends a fake camera)', () => {
  it('fires stop, and stays stopped, when the camera track ends', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const stopped = oneEventWithin(camera, 'stop');
    // What the browser fires when the camera is unplugged or taken by the system.
    const track = inspectCamera(camera).live!.track;
    track.dispatchEvent(new Event('ended'));
    expect(track.readyState).to.equal('ended');
    await stopped;
    expect(inspectCamera(camera).status).to.equal(CameraStatus.stopped);
    expect(liveVideoTracks()).to.have.length(0);
  });
});

describe('recording when the camera track ends (Chromium only: Firefox does not deliver a synthetic ended event to a track)', () => {
  it('delivers what was recorded through timeoutCallback', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const delivered = new Promise<{ tempVideoPath: string }>((resolve) =>
      createCameraContext().startRecord({ timeoutCallback: resolve }),
    );
    await aTimeout(1200);
    inspectCamera(camera).live!.track.dispatchEvent(new Event('ended'));
    const { tempVideoPath } = await delivered;
    const video = await loadVideo(tempVideoPath);
    expect(video.duration).to.be.closeTo(1.2, 0.5);
    await requestsSettled();
    expect(liveTracks()).to.have.length(0);
  });
});
