import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createCameraContext } from '../src/index.js';
import { mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveVideoTracks, mostLiveTracksAtOnce, requestCount, requestsSettled } from './helpers/camera-watch.js';
import { setPageVisibility } from './helpers/page-visibility.js';
import { CameraStatus, inspectCamera } from '../src/inspect.js';

describe('camera ownership', () => {
  it('releases the camera when the element is removed while getUserMedia is pending', async () => {
    const before = requestCount();
    const camera = mountCamera();
    await waitUntil(() => requestCount() > before, 'getUserMedia to be called', { timeout: 8000 });
    camera.remove();
    await requestsSettled();
    expect(liveVideoTracks()).to.have.length(0);
    expect(inspectCamera(camera).status).to.equal(CameraStatus.idle);
  });

  it('releases an open camera at once on removal, and reopens when re-added', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    camera.remove();
    expect(liveVideoTracks()).to.have.length(0);
    const again = oneEventWithin(camera, 'initdone');
    document.body.append(camera);
    await again;
    expect(liveVideoTracks()).to.have.length(1);
  });

  it('survives removing and re-adding many times while opening', async () => {
    const camera = mountCamera();
    for (let i = 0; i < 6; i++) {
      camera.remove();
      document.body.append(camera);
      await aTimeout(i * 7);
    }
    await oneEventWithin(camera, 'initdone');
    await requestsSettled();
    expect(liveVideoTracks()).to.have.length(1);
    expect(mostLiveTracksAtOnce()).to.be.at.most(1);
  });

  it('keeps exactly one camera open through fast device switching', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    for (let i = 0; i < 10; i++) {
      camera.devicePosition = i % 2 === 0 ? 'front' : 'back';
      await camera.updateComplete;
      await aTimeout(i * 5);
    }
    await waitUntil(() => inspectCamera(camera).status === CameraStatus.ready, 'the last switch to finish', { timeout: 8000 });
    await requestsSettled();
    expect(inspectCamera(camera).live?.devicePosition).to.equal('back');
    expect(liveVideoTracks()).to.have.length(1);
    expect(mostLiveTracksAtOnce()).to.be.at.most(1);
  });

  it('stops when the page is hidden and reopens when it is shown', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const stopped = oneEventWithin(camera, 'stop');
    setPageVisibility('hidden');
    expect((await stopped).detail).to.deep.equal({});
    expect(liveVideoTracks()).to.have.length(0);
    const err = await createCameraContext().takePhoto().catch((e: unknown) => e);
    expect(err).to.deep.equal({ errMsg: 'operateCamera:fail camera stopped: the page is hidden' });

    const reopened = oneEventWithin(camera, 'initdone');
    setPageVisibility('visible');
    await reopened;
    expect(liveVideoTracks()).to.have.length(1);
  });

  it('stops a camera that is still opening when the page is hidden', async () => {
    const before = requestCount();
    const camera = mountCamera();
    await waitUntil(() => requestCount() > before, 'getUserMedia to be called', { timeout: 8000 });
    const stopped = oneEventWithin(camera, 'stop');
    setPageVisibility('hidden');
    await stopped;
    await requestsSettled();
    expect(liveVideoTracks()).to.have.length(0);
    const reopened = oneEventWithin(camera, 'initdone');
    setPageVisibility('visible');
    await reopened;
  });
});
