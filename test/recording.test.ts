import { aTimeout, expect } from '@open-wc/testing';
import {
  createCameraContext,
  type StartRecordTimeoutCallbackResult,
  type StopRecordSuccessCallbackResult,
} from '../src/index.js';
import { videoBitrate } from '../src/capture/recording-format.js';
import { errMsgOf, mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveTracks, requestsSettled } from './helpers/camera-watch.js';
import { audioTrackCount, loadVideo } from './helpers/media.js';
import { setPageVisibility } from './helpers/page-visibility.js';
import { imagePixels } from './helpers/pixels.js';

/** Checks the files a recording gave: the video plays with a finite duration, the thumbnail decodes. */
async function checkFiles(files: StartRecordTimeoutCallbackResult, seconds: number, slack = 0.5) {
  expect(files.tempVideoPath).to.match(/^blob:/);
  const video = await loadVideo(files.tempVideoPath);
  expect(video.duration).to.be.finite;
  expect(video.duration).to.be.closeTo(seconds, slack);
  expect(video.videoWidth).to.be.greaterThan(0);
  const thumb = await imagePixels(files.tempThumbPath);
  expect(thumb.width).to.be.greaterThan(0);
  expect((await (await fetch(files.tempThumbPath)).blob()).type).to.equal('image/jpeg');
  return video;
}

/** A promise of what `timeoutCallback` receives. */
function timeoutFiles(): [Promise<StartRecordTimeoutCallbackResult>, (res: StartRecordTimeoutCallbackResult) => void] {
  let deliver!: (res: StartRecordTimeoutCallbackResult) => void;
  return [new Promise((resolve) => (deliver = resolve)), (res) => deliver(res)];
}

describe('startRecord / stopRecord (Chromium and Firefox: WebKitGTK on Debian 12 records empty files, see test/webkit/)', () => {
  it('records about 2 s into a playable video with a finite duration and a thumbnail', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    expect(await context.startRecord()).to.deep.equal({ errMsg: 'operateCamera:ok' });
    const began = performance.now();
    await aTimeout(2000);
    // The recording covers the time until stopRecord is called, not until the file is finished.
    const seconds = (performance.now() - began) / 1000;
    const res = (await context.stopRecord()) as StopRecordSuccessCallbackResult;
    expect(res.errMsg).to.equal('operateCamera:ok');
    const video = await checkFiles(res, seconds);
    // The fake microphone is allowed: the file has its sound.
    expect(audioTrackCount(video), 'audio tracks in the file').to.equal(1);
    await requestsSettled();
    expect(liveTracks().map((track) => track.kind)).to.deep.equal(['video']);
  });

  it('stops by itself at the timeout and calls timeoutCallback', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const [files, timeoutCallback] = timeoutFiles();
    const context = createCameraContext();
    await context.startRecord({ timeout: 2, timeoutCallback });
    await checkFiles(await files, 2);
    expect(await errMsgOf(context.stopRecord())).to.equal('operateCamera:fail is not recording');
  });

  it('delivers the partial recording through timeoutCallback when the page is hidden', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const [files, timeoutCallback] = timeoutFiles();
    await createCameraContext().startRecord({ timeoutCallback });
    await aTimeout(1500);
    setPageVisibility('hidden');
    await checkFiles(await files, 1.5);
    expect(liveTracks()).to.have.length(0);
  });

  it('delivers the partial recording through timeoutCallback when the element is removed', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const [files, timeoutCallback] = timeoutFiles();
    await createCameraContext().startRecord({ timeoutCallback });
    await aTimeout(1500);
    camera.remove();
    await checkFiles(await files, 1.5);
    await requestsSettled();
    expect(liveTracks()).to.have.length(0);
  });

  it('gives a valid short file for stopRecord right after startRecord', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    const started = context.startRecord();
    const stopped = context.stopRecord() as Promise<StopRecordSuccessCallbackResult>;
    expect(await errMsgOf(started)).to.equal('resolved');
    const res = await stopped;
    const video = await loadVideo(res.tempVideoPath);
    expect(video.duration).to.be.finite;
    expect(video.videoWidth).to.be.greaterThan(0);
  });

  it('fails startRecord while recording and stopRecord while not recording', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    expect(await errMsgOf(context.stopRecord())).to.equal('operateCamera:fail is not recording');
    await context.startRecord();
    expect(await errMsgOf(context.startRecord())).to.equal('operateCamera:fail is recording');
    expect(await errMsgOf(context.stopRecord())).to.equal('resolved');
  });

  it('rejects bad options with clear errMsgs', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    expect(await errMsgOf(context.startRecord({ timeout: 0 }))).to.equal('operateCamera:fail invalid timeout: expected seconds above 0, got 0');
    expect(await errMsgOf(context.startRecord({ timeout: 'long' as never }))).to.equal(
      'operateCamera:fail invalid timeout: expected a number, got "long"',
    );
    expect(await errMsgOf(context.startRecord({ timeoutCallback: 5 as never }))).to.equal(
      'operateCamera:fail invalid timeoutCallback: expected a function, got 5',
    );
    expect(await errMsgOf(context.stopRecord({ compressed: 'yes' as never }))).to.equal(
      'operateCamera:fail invalid compressed: expected true or false, got "yes"',
    );
  });

  // No browser flag takes the microphone away while keeping the camera, so this fault is a stub
  // that refuses every request for audio the way a machine without a microphone does.
  it('records video only when there is no microphone', async () => {
    const media = MediaDevices.prototype;
    const real = media.getUserMedia;
    media.getUserMedia = function (constraints?: MediaStreamConstraints) {
      if (constraints?.audio) return Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
      return real.call(this, constraints);
    };
    try {
      const camera = mountCamera();
      await oneEventWithin(camera, 'initdone');
      const context = createCameraContext();
      expect(await context.startRecord()).to.deep.equal({ errMsg: 'operateCamera:ok' });
      await aTimeout(1500);
      const res = (await context.stopRecord()) as StopRecordSuccessCallbackResult;
      const video = await checkFiles(res, 1.5);
      expect(audioTrackCount(video), 'audio tracks in the file').to.equal(0);
    } finally {
      media.getUserMedia = real;
    }
  });

  it('fails in scanCode mode', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    await oneEventWithin(camera, 'initdone');
    expect(await errMsgOf(createCameraContext().startRecord())).to.equal('operateCamera:fail not available in scanCode mode');
  });

  it('makes a file of a fraction of the bitrate with compressed: true, as long, as large, with its sound', async function () {
    this.timeout(30000);
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    const recorded: { size: number; video: HTMLVideoElement }[] = [];
    for (const compressed of [false, true]) {
      await context.startRecord();
      await aTimeout(3000);
      const res = (await context.stopRecord({ compressed })) as StopRecordSuccessCallbackResult;
      const video = await checkFiles(res, 3, 0.6);
      recorded.push({ size: (await (await fetch(res.tempVideoPath)).blob()).size, video });
    }
    const [normal, compressed] = recorded as [(typeof recorded)[0], (typeof recorded)[0]];
    // An eighth of the normal recording's bitrate (the fake camera's simple picture stays below that
    // one, so the files differ by less); the sound is copied as it was.
    const { videoWidth: width, videoHeight: height } = normal.video;
    const bitsPerSecond = (compressed.size * 8) / compressed.video.duration;
    expect(bitsPerSecond, 'compressed bits per second').to.be.below(videoBitrate(width, height, false) / 4);
    expect(compressed.size, `compressed ${compressed.size} bytes vs ${normal.size}`).to.be.below(normal.size * 0.75);
    expect([compressed.video.videoWidth, compressed.video.videoHeight]).to.deep.equal([normal.video.videoWidth, normal.video.videoHeight]);
    expect(audioTrackCount(compressed.video), 'audio tracks in the compressed file').to.equal(1);
    await requestsSettled();
    expect(liveTracks().map((track) => track.kind)).to.deep.equal(['video']);
  });
});
