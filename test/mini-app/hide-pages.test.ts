import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/global.js';
import type { CameraContext, CameraFrameListener, StartRecordTimeoutCallbackResult } from '../../src/index.js';
import { liveVideoTracks } from '../helpers/camera-watch.js';
import { Component, engineRecords, finishPage, hidePage, type MiniAppEvent, mountPage, Page, showPage, PAGE_TEST_MS, WAIT } from './page-host.js';

if (!engineRecords) {
  console.warn('skipped: recording while the page is hidden (WebKitGTK records empty files here, see test/webkit/); the bare calls run');
}

describe('Mini App pages: page hide and the camera stopping', function () {
  this.timeout(PAGE_TEST_MS);

  // (d) Bare calls, no callbacks, from onHide and from bindstop: whatever they answer, nothing
  // reaches window as an unhandledrejection or an uncaught error.
  it('takes bare ctx.stopRecord() and listener.stop() in onHide and bindstop quietly, and runs again after show', async () => {
    const page = mountPage(
      Page({
        data: { readyCount: 0, stopCount: 0, recording: false },
        template: () => html`<wx-camera bindinitdone="onInitDone" bindstop="onCameraStop" binderror="onError"></wx-camera>`,
        ctx: null as unknown as CameraContext,
        listener: null as unknown as CameraFrameListener,
        frames: 0,
        errors: [] as string[],
        saved: [] as StartRecordTimeoutCallbackResult[],
        onLoad() {
          this.ctx = wx.createCameraContext();
          this.listener = this.ctx.onCameraFrame(() => {
            this.frames++;
          });
        },
        onShow() {
          this.listener.start();
        },
        onInitDone() {
          this.setData({ readyCount: this.data.readyCount + 1 });
          // Where the engine records, the page records while it is open; hiding ends the
          // recording, and its files come through timeoutCallback.
          if (engineRecords && this.data.readyCount === 1) {
            this.ctx.startRecord({
              timeoutCallback: (res) => this.saved.push(res),
              success: () => this.setData({ recording: true }),
              fail: (err) => this.errors.push(err.errMsg),
            });
          }
        },
        onHide() {
          this.ctx.stopRecord();
          this.listener.stop();
        },
        onCameraStop() {
          this.setData({ stopCount: this.data.stopCount + 1 });
          this.ctx.stopRecord();
          this.listener.stop();
        },
        onError(e: MiniAppEvent<{ errMsg: string }>) {
          this.errors.push(e.detail.errMsg);
        },
        onUnload() {
          this.ctx.stopRecord();
          this.listener.stop();
        },
      }),
    );
    await waitUntil(() => page.data.readyCount === 1 && page.frames >= 3, 'the camera open and frames coming', WAIT);
    if (engineRecords) {
      await waitUntil(() => page.data.recording || page.errors.length > 0, 'startRecord success', WAIT);
      expect(page.errors).to.deep.equal([]);
      await aTimeout(1000);
    }

    hidePage();
    await waitUntil(() => page.data.stopCount === 1, 'bindstop', WAIT);
    expect(liveVideoTracks(), 'the camera is off while hidden').to.have.length(0);
    if (engineRecords) {
      await waitUntil(() => page.saved.length === 1, 'the recording through timeoutCallback when the page was hidden', WAIT);
      expect(page.saved[0]!.tempVideoPath).to.match(/^blob:/);
    }
    await aTimeout(300);

    showPage();
    await waitUntil(() => page.data.readyCount === 2, 'initdone again after show', WAIT);
    const before = page.frames;
    await waitUntil(() => page.frames >= before + 3, 'frames again: onShow restarted the listener', WAIT);
    expect(page.errors).to.deep.equal([]);
    await finishPage();
  });

  // (e) The camera already stopped the listener (page hidden); the page stops it again from
  // bindstop and from onHide, with callbacks: stop:ok both times. It does not restart by itself.
  it('answers stop:ok to listener.stop() from both bindstop and onHide after the camera stopped it', async () => {
    const page = mountPage(
      Page({
        data: { readyCount: 0 },
        template: () => html`<wx-camera frame-size="small" bindinitdone="onInitDone" bindstop="onCameraStop"></wx-camera>`,
        listener: null as unknown as CameraFrameListener,
        frames: 0,
        stopResults: [] as string[],
        onLoad() {
          this.listener = wx.createCameraContext().onCameraFrame(() => {
            this.frames++;
          });
          this.listener.start({ fail: (err) => this.stopResults.push(`start: ${err.errMsg}`) });
        },
        onInitDone() {
          this.setData({ readyCount: this.data.readyCount + 1 });
        },
        onHide() {
          this.listener.stop({
            success: (res) => this.stopResults.push(`onHide ${res.errMsg}`),
            fail: (err) => this.stopResults.push(`onHide ${err.errMsg}`),
          });
        },
        onCameraStop() {
          this.listener.stop({ complete: (res) => this.stopResults.push(`bindstop ${res.errMsg}`) });
        },
      }),
    );
    await waitUntil(() => page.frames >= 3, 'frames', WAIT);
    hidePage();
    await waitUntil(() => page.stopResults.length >= 2, 'both stop callbacks', WAIT);
    await aTimeout(100);
    expect([...page.stopResults].sort()).to.deep.equal(['bindstop stop:ok', 'onHide stop:ok']);

    showPage();
    await waitUntil(() => page.data.readyCount === 2, 'initdone again after show', WAIT);
    const stoppedAt = page.frames;
    await aTimeout(600);
    expect(page.frames, 'the stopped listener stays stopped after show').to.equal(stoppedAt);
    await finishPage();
  });

  // The same habits inside a custom component: the <camera> lives in the component, which starts
  // its listener in `attached`, stops it in `pageLifetimes.hide` and `bindstop`, restarts it in
  // `pageLifetimes.show`, and tells the page through triggerEvent.
  it('runs a camera component: attached/detached, pageLifetimes hide/show, properties and triggerEvent', async () => {
    const log: string[] = [];
    let frames = 0; // what the component's frame listener got
    const CameraPanel = Component({
      properties: { position: { type: String, value: 'back' } },
      data: { frames: 0 },
      template: (data) => html`
        <wx-camera device-position=${data.position} frame-size="small" bindinitdone="onInitDone" bindstop="onStop"></wx-camera>
        <text>${data.frames}</text>
      `,
      lifetimes: {
        attached() {
          this.ctx = wx.createCameraContext();
          this.listener = (this.ctx as CameraContext).onCameraFrame(() => {
            frames++;
          });
          this.listener.start({ success: (res: { errMsg: string }) => log.push(`attached ${res.errMsg}`) });
        },
        detached() {
          this.ctx.stopRecord();
          this.listener.stop({ success: (res: { errMsg: string }) => log.push(`detached ${res.errMsg}`) });
        },
      },
      pageLifetimes: {
        hide() {
          this.ctx.stopRecord();
          this.listener.stop({ success: (res: { errMsg: string }) => log.push(`hide ${res.errMsg}`) });
        },
        show() {
          this.listener.start({ success: (res: { errMsg: string }) => log.push(`show ${res.errMsg}`) });
        },
      },
      methods: {
        onInitDone(e: MiniAppEvent<{ maxZoom: number }>) {
          this.triggerEvent('cameraready', { maxZoom: e.detail.maxZoom, position: this.data.position });
        },
        onStop() {
          this.listener.stop({ success: (res: { errMsg: string }) => log.push(`bindstop ${res.errMsg}`) });
          this.triggerEvent('camerastop', {});
        },
      },
    });
    const page = mountPage(
      Page({
        data: { position: 'back', ready: [] as string[], stops: 0 },
        template: (data) => html`<camera-panel
          position=${data.position}
          data-panel="main"
          bindcameraready="onPanelReady"
          bindcamerastop="onPanelStop"
        ></camera-panel>`,
        onPanelReady(e: MiniAppEvent<{ maxZoom: number; position: string }>) {
          expect(e.currentTarget.dataset.panel).to.equal('main');
          expect(e.detail.maxZoom).to.be.a('number');
          this.setData({ ready: [...this.data.ready, e.detail.position] });
        },
        onPanelStop() {
          this.setData({ stops: this.data.stops + 1 });
        },
        switchCamera() {
          this.setData({ position: this.data.position === 'back' ? 'front' : 'back' });
        },
      }),
      { usingComponents: { 'camera-panel': CameraPanel } },
    );
    const camera = () => document.querySelector('camera-panel')!.shadowRoot!.querySelector('wx-camera')!;
    await waitUntil(() => page.data.ready.length === 1, 'the component told the page its camera is ready', WAIT);
    expect(log).to.deep.equal(['attached start:ok']);
    await waitUntil(() => frames >= 3, 'frames in the component', WAIT);

    hidePage();
    await waitUntil(() => page.data.stops === 1 && log.length === 3, 'the component stopped its listener twice', WAIT);
    expect(log.slice(1).sort()).to.deep.equal(['bindstop stop:ok', 'hide stop:ok']);

    showPage();
    await waitUntil(() => page.data.ready.length === 2, 'ready again after show', WAIT);
    expect(log.at(-1)).to.equal('show start:ok');
    const before = frames;
    await waitUntil(() => frames >= before + 3, 'frames again after show', WAIT);

    page.switchCamera();
    expect(camera().getAttribute('device-position'), 'the property reached the component').to.equal('front');
    await waitUntil(() => page.data.ready.length === 3, 'ready again after the switch', WAIT);
    expect(page.data.ready).to.deep.equal(['back', 'back', 'front']);

    await finishPage();
    expect(log.at(-1)).to.equal('detached stop:ok');
  });
});
