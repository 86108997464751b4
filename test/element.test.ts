import { expect, waitUntil } from '@open-wc/testing';
import { WxCamera, type InitDoneDetail } from '../src/index.js';
import { mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveVideoTracks, requestsSettled } from './helpers/camera-watch.js';
import { CameraStatus, inspectCamera } from '../src/inspect.js';

describe('<wx-camera>', () => {
  it('is defined, and defining it again is a no-op', async () => {
    const { defineWxCamera } = await import('../src/index.js');
    expect(customElements.get('wx-camera')).to.equal(WxCamera);
    expect(() => defineWxCamera()).not.to.throw();
    expect(customElements.get('wx-camera')).to.equal(WxCamera);
  });

  it('fires initdone with maxZoom once the preview shows the camera', async () => {
    const camera = mountCamera();
    const { detail } = await oneEventWithin<InitDoneDetail>(camera, 'initdone');
    expect(detail.maxZoom).to.be.a('number');
    expect(detail.maxZoom).to.be.at.least(1);
    expect(inspectCamera(camera).status).to.equal(CameraStatus.ready);
    expect(liveVideoTracks()).to.have.length(1);
  });

  it('plays the preview muted and inline, filling its box', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const video = camera.shadowRoot!.querySelector('video')!;
    expect(video.srcObject).to.be.instanceOf(MediaStream);
    expect(video.muted).to.equal(true);
    expect(video.playsInline).to.equal(true);
    expect(video.videoWidth).to.be.greaterThan(0);
    expect(getComputedStyle(video).objectFit).to.equal('cover');
    expect(camera.getBoundingClientRect().height).to.equal(300);
    const start = video.currentTime;
    await waitUntil(() => video.currentTime > start, 'the preview time to advance', { timeout: 8000 });
  });

  it('reflects its attributes to properties and back, with Mini App defaults', async () => {
    const camera = mountCamera({ 'frame-size': 'small', resolution: 'low' });
    await camera.updateComplete;
    expect(camera.devicePosition).to.equal('back');
    expect(camera.flash).to.equal('auto');
    expect(camera.frameSize).to.equal('small');
    expect(camera.resolution).to.equal('low');
    expect(camera.mode).to.equal('normal');
    camera.flash = 'torch';
    camera.mode = 'scanCode';
    await camera.updateComplete;
    expect(camera.getAttribute('flash')).to.equal('torch');
    expect(camera.getAttribute('mode')).to.equal('scanCode');
    expect(camera.getAttribute('device-position')).to.equal('back');
  });

  it('mirrors the front preview only', async () => {
    const camera = mountCamera({ 'device-position': 'front' });
    await oneEventWithin(camera, 'initdone');
    const video = camera.shadowRoot!.querySelector('video')!;
    expect(getComputedStyle(video).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    camera.devicePosition = 'back';
    await oneEventWithin(camera, 'initdone');
    expect(getComputedStyle(video).transform).to.equal('none');
  });

  it('accepts flash="torch" without a torch (no error, no effect)', async () => {
    const camera = mountCamera({ flash: 'torch' });
    const errors: Event[] = [];
    camera.addEventListener('error', (event) => errors.push(event));
    await oneEventWithin(camera, 'initdone');
    camera.flash = 'off';
    await camera.updateComplete;
    expect(errors).to.have.length(0);
  });

  it('refuses a second camera on the page until the first one leaves', async () => {
    const first = mountCamera();
    await oneEventWithin(first, 'initdone');
    const second = mountCamera();
    const { detail } = await oneEventWithin<{ errMsg: string }>(second, 'error');
    expect(detail.errMsg).to.equal('insertCamera:fail can insert only one camera');
    expect(inspectCamera(second).status).to.equal(CameraStatus.inert);
    expect(liveVideoTracks()).to.have.length(1);

    const secondReady = oneEventWithin(second, 'initdone');
    first.remove();
    await secondReady;
    await requestsSettled();
    expect(liveVideoTracks()).to.have.length(1);
    expect(inspectCamera(second).live?.track).to.equal(liveVideoTracks()[0]);
  });

  it('does not bubble its events out of the element', async () => {
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(event.type);
    for (const type of ['initdone', 'error']) window.addEventListener(type, listener);
    try {
      const first = mountCamera();
      await oneEventWithin(first, 'initdone');
      await oneEventWithin(mountCamera(), 'error');
    } finally {
      for (const type of ['initdone', 'error']) window.removeEventListener(type, listener);
    }
    expect(heard).to.deep.equal([]);
  });

  it('lays its children over the preview, styled through its parts and custom property', async () => {
    const style = document.createElement('style');
    style.textContent = `
      wx-camera.styled { --wx-camera-background: rgb(1, 2, 3); }
      wx-camera.styled::part(overlay) { display: flex; align-items: flex-end; justify-content: center; }
      wx-camera.styled::part(video) { opacity: 0.5; }
    `;
    document.head.append(style);
    try {
      const camera = mountCamera({ class: 'styled' });
      const button = document.createElement('button');
      button.textContent = 'Shoot';
      camera.append(button);
      await oneEventWithin(camera, 'initdone');
      expect(getComputedStyle(camera).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(camera.shadowRoot!.querySelector('video')!).opacity).to.equal('0.5');
      const box = camera.getBoundingClientRect();
      const place = button.getBoundingClientRect();
      expect(place.bottom).to.be.closeTo(box.bottom, 1);
      expect(place.left + place.width / 2).to.be.closeTo(box.left + box.width / 2, 1);
      // Above the preview, and reachable by the pointer.
      expect(document.elementFromPoint(place.left + place.width / 2, place.top + place.height / 2)).to.equal(button);
    } finally {
      style.remove();
    }
  });
});
