import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { html, nothing } from 'lit';
import '../../src/global.js';
import type { CameraContext, PhotoQuality } from '../../src/index.js';
import { skipBecause } from '../helpers/camera-fixture.js';
import { loadVideo, seekVideo } from '../helpers/media.js';
import { imagePixels } from '../helpers/pixels.js';
import { engineRecords, finishPage, type MiniAppEvent, mountPage, Page, pageRoot, PAGE_TEST_MS, WAIT } from './page-host.js';

/** Why the recording pages cannot run on WebKit here. */
const NO_RECORDING = 'WebKitGTK here records empty files (see test/webkit/)';

/** A temp video path plays in a <video>: metadata loads, and the duration is finite (seeking to the end if need be). */
async function playableVideo(path: string): Promise<HTMLVideoElement> {
  expect(path).to.match(/^blob:/);
  const video = await loadVideo(path);
  if (!Number.isFinite(video.duration)) await seekVideo(video, 1e6);
  expect(video.duration, 'finite duration').to.be.finite;
  expect(video.videoWidth, 'a picture').to.be.greaterThan(0);
  return video;
}

/**
 * The camera page of the Mini App's own sample, ported: a <camera>, buttons bound with bindtap,
 * and success callbacks that check `res.errMsg === 'operateCamera:ok'`.
 */
const cameraDemoPage = () =>
  Page({
    data: { ready: false, src: '', width: 0, height: 0, recording: false, videoSrc: '', thumbSrc: '', errMsg: '' },
    template: (data) => html`
      <wx-camera device-position="back" flash="off" binderror="error" bindinitdone="initdone" style="width: 100%; height: 300px"></wx-camera>
      <button type="primary" id="take-photo" bindtap="takePhoto" data-quality="high">拍照</button>
      <button type="primary" id="start-record" bindtap="startRecord">开始录像</button>
      <button type="primary" id="stop-record" bindtap="stopRecord">结束录像</button>
      <view>预览</view>
      ${data.src ? html`<img id="photo" mode="widthFix" src=${data.src} />` : nothing}
      ${data.videoSrc ? html`<video id="video" src=${data.videoSrc} poster=${data.thumbSrc} muted></video>` : nothing}
    `,
    ctx: null as unknown as CameraContext,
    startedAt: 0,
    stoppedAt: 0,
    onLoad() {
      this.ctx = wx.createCameraContext();
    },
    initdone() {
      this.setData({ ready: true });
    },
    takePhoto(e: MiniAppEvent) {
      this.ctx.takePhoto({
        quality: e.currentTarget.dataset.quality as PhotoQuality,
        success: (res) => {
          if (res.errMsg === 'operateCamera:ok') this.setData({ src: res.tempImagePath, width: res.width, height: res.height });
          else this.setData({ errMsg: `takePhoto success with ${res.errMsg}` });
        },
        fail: (err) => this.setData({ errMsg: err.errMsg }),
      });
    },
    startRecord() {
      this.ctx.startRecord({
        success: (res) => {
          this.startedAt = performance.now();
          if (res.errMsg === 'operateCamera:ok') this.setData({ recording: true });
          else this.setData({ errMsg: `startRecord success with ${res.errMsg}` });
        },
        fail: (err) => this.setData({ errMsg: err.errMsg }),
      });
    },
    stopRecord() {
      this.ctx.stopRecord({
        success: (res) => {
          this.stoppedAt = performance.now();
          if (res.errMsg === 'operateCamera:ok') {
            this.setData({ recording: false, videoSrc: res.tempVideoPath, thumbSrc: res.tempThumbPath });
          } else {
            this.setData({ errMsg: `stopRecord success with ${res.errMsg}` });
          }
        },
        fail: (err) => this.setData({ errMsg: err.errMsg }),
      });
    },
    error(e: MiniAppEvent<{ errMsg: string }>) {
      this.setData({ errMsg: e.detail.errMsg });
    },
  });

const tap = (id: string) => (pageRoot().querySelector(`#${id}`) as HTMLElement).click();

describe('Mini App pages: photos and recordings', function () {
  this.timeout(PAGE_TEST_MS);

  // (f) takePhoto on a button tap: operateCamera:ok, and a photo the page shows.
  it('takes a photo on bindtap: errMsg operateCamera:ok, a blob: image of the reported size', async () => {
    const page = mountPage(cameraDemoPage());
    await waitUntil(() => page.data.ready || page.data.errMsg !== '', 'initdone', WAIT);
    tap('take-photo');
    await waitUntil(() => page.data.src !== '' || page.data.errMsg !== '', 'the photo', WAIT);
    expect(page.data.errMsg).to.equal('');
    expect(page.data.src).to.match(/^blob:/);
    const photo = await imagePixels(page.data.src);
    expect([photo.width, photo.height], 'decoded size = reported size').to.deep.equal([page.data.width, page.data.height]);
    const shown = pageRoot().querySelector<HTMLImageElement>('#photo')!;
    await shown.decode();
    expect(shown.naturalWidth).to.equal(page.data.width);
    await finishPage();
  });

  // (f) startRecord / stopRecord on taps, success callbacks checking operateCamera:ok.
  it('records on bindtap: startRecord and stopRecord answer operateCamera:ok, and the video plays', async function () {
    if (!engineRecords) skipBecause(this, NO_RECORDING);
    const page = mountPage(cameraDemoPage());
    await waitUntil(() => page.data.ready || page.data.errMsg !== '', 'initdone', WAIT);
    tap('start-record');
    await waitUntil(() => page.data.recording || page.data.errMsg !== '', 'startRecord success', WAIT);
    expect(page.data.errMsg).to.equal('');
    await aTimeout(1500);
    tap('stop-record');
    await waitUntil(() => page.data.videoSrc !== '' || page.data.errMsg !== '', 'stopRecord success', WAIT);
    expect(page.data.errMsg).to.equal('');
    expect(page.data.recording).to.equal(false);
    const video = await playableVideo(page.data.videoSrc);
    // About what was recorded: from startRecord's success to stopRecord's (the encoder's last
    // frames may come in while it stops).
    const recorded = (page.stoppedAt - page.startedAt) / 1000;
    expect(video.duration, `duration of a ${recorded.toFixed(2)} s recording`).to.be.within(1.0, recorded + 0.5);
    const thumb = await imagePixels(page.data.thumbSrc);
    expect(thumb.width).to.be.greaterThan(0);
    await finishPage();
  });

  // (h) startRecord with timeout and timeoutCallback: the page gets its files at the timeout.
  it('calls timeoutCallback with the files about `timeout` seconds after recording began', async function () {
    if (!engineRecords) skipBecause(this, NO_RECORDING);
    const page = mountPage(
      Page({
        data: { ready: false, recording: false, videoSrc: '', thumbSrc: '', errMsg: '' },
        template: () => html`
          <wx-camera bindinitdone="onReady2" binderror="onError"></wx-camera>
          <button id="record" bindtap="record">录像 2 秒</button>
        `,
        tappedAt: 0,
        startedAt: 0,
        endedAt: 0,
        onReady2() {
          this.setData({ ready: true });
        },
        record() {
          this.tappedAt = performance.now();
          wx.createCameraContext().startRecord({
            timeout: 2,
            timeoutCallback: (res) => {
              this.endedAt = performance.now();
              this.setData({ recording: false, videoSrc: res.tempVideoPath, thumbSrc: res.tempThumbPath });
            },
            success: (res) => {
              this.startedAt = performance.now();
              if (res.errMsg === 'operateCamera:ok') this.setData({ recording: true });
            },
            fail: (err) => this.setData({ errMsg: err.errMsg }),
          });
        },
        onError(e: MiniAppEvent<{ errMsg: string }>) {
          this.setData({ errMsg: e.detail.errMsg });
        },
      }),
    );
    await waitUntil(() => page.data.ready || page.data.errMsg !== '', 'initdone', WAIT);
    tap('record');
    await waitUntil(() => page.data.videoSrc !== '' || page.data.errMsg !== '', 'timeoutCallback', WAIT);
    expect(page.data.errMsg).to.equal('');
    const fromStart = (page.endedAt - page.startedAt) / 1000;
    const fromTap = (page.endedAt - page.tappedAt) / 1000;
    expect(fromStart, `seconds from startRecord success to timeoutCallback (${fromTap.toFixed(2)} s from the tap)`).to.be.within(1.8, 5);
    expect(fromTap).to.be.at.least(1.95);
    const video = await playableVideo(page.data.videoSrc);
    expect(video.duration, `duration of a recording timed out after ${fromStart.toFixed(2)} s`).to.be.within(1.5, fromStart + 0.5);
    expect((await (await fetch(page.data.thumbSrc)).blob()).type).to.equal('image/jpeg');
    let stopErrMsg = '';
    wx.createCameraContext().stopRecord({ fail: (err) => (stopErrMsg = err.errMsg) });
    await waitUntil(() => stopErrMsg !== '', 'stopRecord after the timeout', WAIT);
    expect(stopErrMsg).to.equal('operateCamera:fail is not recording');
    await finishPage();
  });
});
