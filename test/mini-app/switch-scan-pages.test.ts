import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/global.js';
import type { ScanCodeDetail } from '../../src/index.js';
import { installCameraSimulator } from '../../src/testing/index.js';
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

  // (g) mode="scanCode" with bindscancode: the camera simulator shows a QR code (the fake cameras
  // show none), the page's handler gets the decoded code with its dataset, once.
  it('runs a scanCode page: bindscancode gets the code the camera shows, once', async () => {
    const simulator = installCameraSimulator({ picture: { code: 'https://example.com/t/42' } });
    try {
      const scans: ScanCodeDetail[] = [];
      const page = mountPage(
        Page({
          data: { ready: false, result: '', type: '', purpose: '', errMsg: '' },
          template: () => html`
            <wx-camera mode="scanCode" data-purpose="ticket" bindscancode="onScanCode" bindinitdone="onInitDone" binderror="onError"></wx-camera>
          `,
          onInitDone() {
            this.setData({ ready: true });
          },
          onScanCode(e: MiniAppEvent<ScanCodeDetail>) {
            scans.push(e.detail);
            this.setData({ result: e.detail.result, type: e.detail.type, purpose: e.currentTarget.dataset.purpose! });
          },
          onError(e: MiniAppEvent<{ errMsg: string }>) {
            this.setData({ errMsg: e.detail.errMsg });
          },
        }),
      );
      await waitUntil(() => page.data.ready || page.data.errMsg !== '', 'initdone', WAIT);
      expect(page.data.errMsg).to.equal('');
      await waitUntil(() => page.data.result !== '', 'the scancode of the QR code in view', { timeout: 15_000 });
      expect(page.data).to.include({ result: 'https://example.com/t/42', type: 'QR_CODE', purpose: 'ticket' });
      await aTimeout(1500); // the code stays in view: it is reported once
      expect(scans).to.have.length(1);
      await finishPage();
    } finally {
      simulator.uninstall();
    }
  });
});
