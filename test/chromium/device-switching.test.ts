import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { liveVideoTracks, mostLiveTracksAtOnce, requestsSettled } from '../helpers/camera-watch.js';
import { inspectCamera } from '../../src/inspect.js';

describe('device switching between two cameras (Chromium only: Firefox and WebKit have no two-camera fake device flag)', () => {
  it('opens another video input for front, and one live track at a time', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const backId = inspectCamera(camera).live!.track.getSettings().deviceId;

    camera.devicePosition = 'front';
    await oneEventWithin(camera, 'initdone');
    await requestsSettled();
    const frontId = inspectCamera(camera).live!.track.getSettings().deviceId;
    expect(frontId).to.be.a('string').and.not.equal(backId);
    expect(liveVideoTracks()).to.have.length(1);

    camera.devicePosition = 'back';
    await oneEventWithin(camera, 'initdone');
    await requestsSettled();
    expect(inspectCamera(camera).live!.track.getSettings().deviceId).to.equal(backId);
    expect(liveVideoTracks()).to.have.length(1);
    expect(mostLiveTracksAtOnce()).to.be.at.most(1);
  });

  it('opens the second camera when it starts on the front', async () => {
    const back = mountCamera();
    await oneEventWithin(back, 'initdone');
    const backId = inspectCamera(back).live!.track.getSettings().deviceId;
    back.remove();
    const front = mountCamera({ 'device-position': 'front' });
    await oneEventWithin(front, 'initdone');
    expect(inspectCamera(front).live!.track.getSettings().deviceId).not.to.equal(backId);
  });
});
