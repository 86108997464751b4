import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/global.js';
import type { CameraContext, CameraFrameListener, OnCameraFrameCallbackResult } from '../../src/index.js';
import { finishPage, type MiniAppEvent, mountPage, Page, PAGE_TEST_MS, WAIT } from './page-host.js';

/** What a page's detector saw: the frame it was handed, read 500 ms after it arrived. */
interface Detection {
  width: number;
  height: number;
  byteLength: number;
  brightness: number;
  /** Mean alpha: 255 for camera pixels. */
  alpha: number;
  /** When the detector read it, in ms after initdone. */
  afterInitDone: number;
}

/** Mean brightness and alpha of RGBA pixels (every 16th pixel), as a page's light detector computes them. */
function meanBrightness(pixels: Uint8Array): { brightness: number; alpha: number } {
  let sum = 0;
  let alpha = 0;
  let count = 0;
  for (let i = 0; i < pixels.length; i += 64) {
    sum += 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
    alpha += pixels[i + 3]!;
    count++;
  }
  return { brightness: sum / count, alpha: alpha / count };
}

describe('Mini App pages: camera frames', function () {
  this.timeout(PAGE_TEST_MS);

  // (a) The page keeps the newest frame in a field and hands it to a detector 500 ms later.
  it('keeps the last frame and reads it 500 ms later: a full RGBA buffer of real pixels every time', async () => {
    const page = mountPage(
      Page({
        data: { status: 'waiting', brightness: 0 },
        template: (data) => html`
          <wx-camera device-position="back" flash="off" frame-size="small" bindinitdone="onInitDone" binderror="onError" style="width: 100%; height: 300px"></wx-camera>
          <view class="status">${data.status}: ${data.brightness}</view>
        `,
        ctx: null as unknown as CameraContext,
        listener: null as unknown as CameraFrameListener,
        lastFrame: null as OnCameraFrameCallbackResult | null,
        lastSent: 0,
        timers: [] as number[],
        timestamps: [] as number[],
        detections: [] as Detection[],
        readyAt: 0,
        onLoad() {
          this.ctx = wx.createCameraContext();
          this.listener = this.ctx.onCameraFrame((frame) => {
            this.timestamps.push(frame.timestamp);
            this.lastFrame = frame; // the newest frame, read later by the detector
            const now = Date.now();
            if (now - this.lastSent < 300) return; // throttle: one detection every 300 ms
            this.lastSent = now;
            this.timers.push(window.setTimeout(() => this.detect(), 500));
          });
          this.listener.start({ fail: (err) => this.setData({ status: err.errMsg }) });
        },
        detect() {
          const frame = this.lastFrame!;
          const pixels = new Uint8Array(frame.data);
          const { brightness, alpha } = meanBrightness(pixels);
          const afterInitDone = Math.round(performance.now() - this.readyAt);
          this.detections.push({ width: frame.width, height: frame.height, byteLength: pixels.byteLength, brightness, alpha, afterInitDone });
          this.setData({ status: 'detected', brightness: Math.round(brightness) });
        },
        onInitDone() {
          this.readyAt = performance.now();
        },
        onError(e: MiniAppEvent<{ errMsg: string }>) {
          this.setData({ status: e.detail.errMsg });
        },
        onUnload() {
          this.listener.stop();
          this.timers.forEach((timer) => clearTimeout(timer));
        },
      }),
    );
    await waitUntil(() => page.detections.length >= 5, `five detections (status: ${page.data.status})`, WAIT);
    for (const [i, detection] of page.detections.entries()) {
      const which = `detection ${i + 1} of ${page.detections.length}: ${JSON.stringify(detection)}`;
      expect(detection.byteLength, `width*height*4 bytes, ${which}`).to.equal(detection.width * detection.height * 4);
      expect(`${detection.width}x${detection.height}`).to.be.oneOf(['352x288', '288x352']);
      expect(detection.brightness, `real pixels, not all zero, ${which}`).to.be.greaterThan(0);
      expect(detection.alpha, `opaque, ${which}`).to.equal(255);
    }
    const times = page.timestamps;
    expect(times.every((time) => typeof time === 'number' && Number.isFinite(time)), 'numeric timestamps').to.equal(true);
    const notIncreasing = times.filter((time, i) => i > 0 && !(time > times[i - 1]!));
    expect(notIncreasing, `timestamps increase frame to frame: ${times.slice(0, 20).join(', ')}`).to.deep.equal([]);
    await finishPage();
  });

  // (b) No frame-size in the markup, as shipped pages write it: medium frames all the same.
  it('delivers medium frames (640x480 or 480x640) to a page whose <camera> has no frame-size', async () => {
    const page = mountPage(
      Page({
        data: { ready: false, errMsg: '' },
        template: () => html`<wx-camera bindinitdone="onInitDone" binderror="onError"></wx-camera>`,
        listener: null as unknown as CameraFrameListener,
        frames: [] as { width: number; height: number; byteLength: number }[],
        onInitDone() {
          this.setData({ ready: true });
          this.listener = wx.createCameraContext().onCameraFrame((frame) => {
            this.frames.push({ width: frame.width, height: frame.height, byteLength: frame.data.byteLength });
          });
          this.listener.start({
            success: (res) => {
              if (res.errMsg !== 'start:ok') this.setData({ errMsg: res.errMsg });
            },
            fail: (err) => this.setData({ errMsg: err.errMsg }),
          });
        },
        onError(e: MiniAppEvent<{ errMsg: string }>) {
          this.setData({ errMsg: e.detail.errMsg });
        },
        onUnload() {
          this.listener?.stop();
        },
      }),
    );
    await waitUntil(() => page.frames.length >= 5 || page.data.errMsg !== '', 'five frames', WAIT);
    expect(page.data.errMsg).to.equal('');
    for (const { width, height, byteLength } of page.frames) {
      expect([width, height]).to.deep.equal(width > height ? [640, 480] : [480, 640]);
      expect(byteLength).to.equal(width * height * 4);
    }
    await finishPage();
  });

  // (c) The listener starts in onLoad, before the page's <camera> is rendered.
  it('answers start:ok to a listener started in onLoad before <wx-camera> exists, then gets frames once it opens', async () => {
    const page = mountPage(
      Page({
        data: { frameSize: 'medium', cameraReady: false },
        template: (data) => html`<wx-camera frame-size=${data.frameSize} bindinitdone="onInitDone"></wx-camera>`,
        listener: null as unknown as CameraFrameListener,
        cameraAtStart: true,
        startResults: [] as string[],
        frames: [] as { width: number; height: number; at: number }[],
        readyAt: 0,
        onLoad(query: Record<string, string>) {
          this.setData({ frameSize: query.frameSize ?? 'medium' });
          this.cameraAtStart = document.querySelector('wx-camera') !== null;
          this.listener = wx.createCameraContext().onCameraFrame((frame) => {
            this.frames.push({ width: frame.width, height: frame.height, at: performance.now() });
          });
          this.listener.start({
            success: (res) => this.startResults.push(res.errMsg),
            fail: (err) => this.startResults.push(err.errMsg),
          });
        },
        onInitDone() {
          this.readyAt = performance.now();
          this.setData({ cameraReady: true });
        },
        onUnload() {
          this.listener.stop();
        },
      }),
      { query: { frameSize: 'small' } },
    );
    expect(page.cameraAtStart, '<wx-camera> existed when onLoad started the listener').to.equal(false);
    await waitUntil(() => page.startResults.length > 0, 'the start callback', WAIT);
    expect(page.startResults).to.deep.equal(['start:ok']);
    await waitUntil(() => page.frames.length >= 3, 'frames after the camera opened', WAIT);
    expect(page.data.cameraReady).to.equal(true);
    expect(`${page.frames[0]!.width}x${page.frames[0]!.height}`, 'small, from the query').to.be.oneOf(['352x288', '288x352']);
    await finishPage();
  });

  // (g) A frame listener feeding a canvas with putImageData.
  it('draws frames on a canvas with putImageData', async () => {
    const page = mountPage(
      Page({
        data: {},
        template: () => html`
          <wx-camera frame-size="small" style="width: 100%; height: 240px"></wx-camera>
          <canvas id="frame-canvas" type="2d" style="width: 288px; height: 352px"></canvas>
        `,
        listener: null as unknown as CameraFrameListener,
        drawn: 0,
        onReady() {
          const canvas = document.getElementById('frame-canvas') as HTMLCanvasElement;
          const context = canvas.getContext('2d')!;
          this.listener = wx.createCameraContext().onCameraFrame((frame) => {
            if (canvas.width !== frame.width || canvas.height !== frame.height) {
              canvas.width = frame.width;
              canvas.height = frame.height;
            }
            context.putImageData(new ImageData(new Uint8ClampedArray(frame.data), frame.width, frame.height), 0, 0);
            this.drawn++;
          });
          this.listener.start();
        },
        onUnload() {
          this.listener.stop();
        },
      }),
    );
    await waitUntil(() => page.drawn >= 3, 'three frames drawn', WAIT);
    const canvas = document.getElementById('frame-canvas') as HTMLCanvasElement;
    expect(`${canvas.width}x${canvas.height}`).to.be.oneOf(['352x288', '288x352']);
    // Most of the canvas shows the camera. (Whether every frame has a picture is the detector
    // page's check above; here, what the page shows once frames flow.)
    const colouredShare = () => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! > 0) coloured++;
      return coloured / (data.length / 4);
    };
    await waitUntil(() => colouredShare() > 0.5, `the canvas shows the camera (${page.drawn} frames drawn)`, WAIT);
    await finishPage();
  });
});
