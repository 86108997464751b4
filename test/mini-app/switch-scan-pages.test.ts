import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/global.js';
import type { ScanCodeDetail } from '../../src/index.js';
import { liveVideoTracks, mostLiveTracksAtOnce } from '../helpers/camera-watch.js';
import { finishPage, type MiniAppEvent, mountPage, Page, pageRoot, PAGE_TEST_MS, WAIT } from './page-host.js';

describe('Mini App pages: switching cameras and scanning codes', function () {
  this.timeout(PAGE_TEST_MS);

  // (g) The switch button of every camera page: setData flips devicePosition.
  it('switches front/back with setData: device-position follows and initdone fires again', async () => {
    const page = mountPage(
      Page({
        data: { devicePosition: 'back', inits: [] as number[], errMsg: '' },
        template: (data) => html`
          <wx-camera device-position=${data.devicePosition} bindinitdone="onInitDone" binderror="onError"></wx-camera>
          <button id="switch" bindtap="switchCamera">翻转</button>
        `,
        onInitDone(e: MiniAppEvent<{ maxZoom: number }>) {
          this.setData({ inits: [...this.data.inits, e.detail.maxZoom] });
        },
        switchCamera() {
          this.setData({ devicePosition: this.data.devicePosition === 'back' ? 'front' : 'back' });
        },
        onError(e: MiniAppEvent<{ errMsg: string }>) {
          this.setData({ errMsg: e.detail.errMsg });
        },
      }),
    );
    const camera = pageRoot().querySelector('wx-camera')!;
    const tapSwitch = () => pageRoot().querySelector<HTMLElement>('#switch')!.click();
    await waitUntil(() => page.data.inits.length === 1, 'initdone', WAIT);

    tapSwitch();
    expect(camera.getAttribute('device-position')).to.equal('front');
    await camera.updateComplete;
    expect(camera.devicePosition).to.equal('front');
    await waitUntil(() => page.data.inits.length === 2, 'initdone after switching to front', WAIT);

    tapSwitch();
    expect(camera.getAttribute('device-position')).to.equal('back');
    await waitUntil(() => page.data.inits.length === 3, 'initdone after switching back', WAIT);
    expect(page.data.inits.every((maxZoom) => typeof maxZoom === 'number' && maxZoom >= 1)).to.equal(true);
    expect(page.data.errMsg).to.equal('');
    expect(liveVideoTracks()).to.have.length(1);
    expect(mostLiveTracksAtOnce()).to.be.at.most(1);
    await finishPage();
  });

  // (g) mode="scanCode" with bindscancode. The fake cameras here show no code, so this checks that
  // the page runs without an error and that its binding is wired (with a dispatched scancode
  // event); decoding real codes is test/scan/, where Chromium plays a picture of a code.
  it('runs a scanCode page without error; its bindscancode handler is wired (no code in the fake camera)', async () => {
    const page = mountPage(
      Page({
        data: { ready: false, result: '', type: '', purpose: '', errMsg: '' },
        template: () => html`
          <wx-camera mode="scanCode" data-purpose="ticket" bindscancode="onScanCode" bindinitdone="onInitDone" binderror="onError"></wx-camera>
        `,
        scanned: false,
        onInitDone() {
          this.setData({ ready: true });
        },
        onScanCode(e: MiniAppEvent<ScanCodeDetail>) {
          if (this.scanned) return;
          this.scanned = true;
          this.setData({ result: e.detail.result, type: e.detail.type, purpose: e.currentTarget.dataset.purpose! });
        },
        onError(e: MiniAppEvent<{ errMsg: string }>) {
          this.setData({ errMsg: e.detail.errMsg });
        },
      }),
    );
    await waitUntil(() => page.data.ready || page.data.errMsg !== '', 'initdone', WAIT);
    await aTimeout(1500); // the scanner runs over the fake camera's picture
    expect(page.data.errMsg).to.equal('');
    expect(page.data.result, 'no code in the fake camera').to.equal('');

    const detail: ScanCodeDetail = { type: 'QR_CODE', result: 'https://example.com/t/42', rawData: '', charSet: 'utf-8' };
    pageRoot().querySelector('wx-camera')!.dispatchEvent(new CustomEvent('scancode', { detail }));
    expect(page.data).to.include({ result: 'https://example.com/t/42', type: 'QR_CODE', purpose: 'ticket' });
    await finishPage();
  });
});
