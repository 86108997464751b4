import { aTimeout, expect } from '@open-wc/testing';
import { createCameraContext, type GeneralCallbackResult } from '../../src/index.js';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { liveTracks, requestsSettled } from '../helpers/camera-watch.js';

// WebKitGTK 2.50 on Debian 12 (GStreamer 1.22): MediaRecorder starts, then delivers empty data (its
// GStreamer encoding pipeline does not link; isofmp4mux is missing). The recording tests cannot
// apply there; this checks that the failure is a clear errMsg with nothing left running.
describe('recording where the browser records nothing (WebKitGTK on Debian 12: MediaRecorder delivers empty files)', () => {
  it('fails stopRecord with a clear errMsg and leaves no track live', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    await context.startRecord();
    await aTimeout(1000);
    const errMsg = await context.stopRecord().then(
      () => 'resolved',
      (e: GeneralCallbackResult) => e.errMsg,
    );
    expect(errMsg).to.equal('operateCamera:fail nothing was recorded');
    camera.remove();
    await requestsSettled();
    expect(liveTracks()).to.have.length(0);
  });
});
