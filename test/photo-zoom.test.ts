import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { liveWorkerNames } from './helpers/camera-watch.js';
import { createCameraContext, releaseTempFiles, type TakePhotoSuccessCallbackResult, type WxCamera } from '../src/index.js';
import { errMsgOf, mountCamera, oneEventWithin, skipBecause } from './helpers/camera-fixture.js';
import { imagePixels } from './helpers/pixels.js';
import { inspectCamera } from '../src/inspect.js';

describe('takePhoto', () => {
  it('gives a decodable JPEG of what the preview shows, at the element aspect', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const res = (await createCameraContext().takePhoto()) as TakePhotoSuccessCallbackResult;
    expect(res.errMsg).to.equal('operateCamera:ok');
    expect(res.tempImagePath).to.match(/^blob:/);
    const blob = await (await fetch(res.tempImagePath)).blob();
    expect(blob.type).to.equal('image/jpeg');
    const { image } = await imagePixels(res.tempImagePath);
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([res.width, res.height]);
    const box = camera.getBoundingClientRect();
    expect(res.width / res.height).to.be.closeTo(box.width / box.height, 0.02);
    expect(res.width).to.be.at.most(camera.video!.videoWidth);
  });

  it('gives the whole camera picture for quality original', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const res = (await createCameraContext().takePhoto({ quality: 'original' })) as TakePhotoSuccessCallbackResult;
    const video = camera.video!;
    expect(res.width / res.height).to.be.closeTo(video.videoWidth / video.videoHeight, 0.02);
    const { image } = await imagePixels(res.tempImagePath);
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([res.width, res.height]);
  });

  it('waits for a camera that is still opening', async () => {
    const camera = mountCamera();
    const order: string[] = [];
    camera.addEventListener('initdone', () => order.push('initdone'));
    const res = (await createCameraContext().takePhoto()) as TakePhotoSuccessCallbackResult;
    order.push(res.errMsg);
    expect(order).to.deep.equal(['initdone', 'operateCamera:ok']);
  });

  it('still delivers a photo taken as the element leaves the page, then ends its worker', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    // The first photo starts the photo worker; the element leaves while it starts.
    const photo = createCameraContext().takePhoto() as Promise<TakePhotoSuccessCallbackResult>;
    await aTimeout(0);
    camera.remove();
    const res = await photo;
    expect(res.errMsg).to.equal('operateCamera:ok');
    const { image } = await imagePixels(res.tempImagePath);
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([res.width, res.height]);
    await waitUntil(() => liveWorkerNames().length === 0, 'the photo worker to end', { timeout: 5000 }).catch(() => {
      throw new Error(`workers still running: ${liveWorkerNames().join(', ')}`);
    });
  });

  it('rejects bad options with clear errMsgs', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    expect(await errMsgOf(context.takePhoto({ quality: 'best' as never }))).to.equal(
      'operateCamera:fail invalid quality: expected high, normal, low, original, got "best"',
    );
    expect(await errMsgOf(context.takePhoto({ selfieMirror: 'yes' as never }))).to.equal(
      'operateCamera:fail invalid selfieMirror: expected true or false, got "yes"',
    );
  });

  it('fails in scanCode mode', async () => {
    const camera = mountCamera({ mode: 'scanCode' });
    await oneEventWithin(camera, 'initdone');
    expect(await errMsgOf(createCameraContext().takePhoto())).to.equal('operateCamera:fail not available in scanCode mode');
  });

  it('keeps temp paths usable until releaseTempFiles', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const { tempImagePath } = (await createCameraContext().takePhoto()) as TakePhotoSuccessCallbackResult;
    expect((await fetch(tempImagePath)).ok).to.equal(true);
    expect(releaseTempFiles(tempImagePath)).to.equal(1);
    expect(releaseTempFiles(tempImagePath)).to.equal(0);
    const after = await fetch(tempImagePath).then(
      (response) => response.ok,
      () => false,
    );
    expect(after).to.equal(false);
  });
});

describe('setZoom', () => {
  it('reports maxZoom, and rounds, clamps and applies zoom', async () => {
    const camera = mountCamera();
    const { detail } = await oneEventWithin<{ maxZoom: number }>(camera, 'initdone');
    const context = createCameraContext();
    expect(detail.maxZoom).to.be.greaterThan(1);
    expect(await context.setZoom({ zoom: 2.26 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 2.3 });
    expect(await context.setZoom({ zoom: 1000 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: detail.maxZoom });
    expect(await context.setZoom({ zoom: 0.2 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 1 });
    expect(await context.setZoom({ zoom: -3 })).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 1 });
  });

  it('rejects zooms that are not numbers', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const context = createCameraContext();
    for (const [zoom, shown] of [
      ['2', '"2"'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      [undefined, 'undefined'],
      [null, 'null'],
    ] as const) {
      expect(await errMsgOf(context.setZoom({ zoom: zoom as never }))).to.equal(`setZoom:fail invalid zoom: expected a number, got ${shown}`);
    }
  });

  it('zooms the camera where it has zoom (WebKit), otherwise the preview about its centre', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    await createCameraContext().setZoom({ zoom: 2 });
    await camera.updateComplete;
    const { track } = inspectCamera(camera).live!;
    if (inspectCamera(camera).hardwareZoom) {
      const { min } = (track.getCapabilities() as { zoom: { min: number } }).zoom;
      expect((track.getSettings() as { zoom: number }).zoom).to.equal(min * 2);
      expect(getComputedStyle(camera.video!).transform).to.equal('none');
    } else {
      expect(getComputedStyle(camera.video!).transform).to.equal('matrix(2, 0, 0, 2, 0, 0)');
    }
  });

  it('goes back to 1 when the camera switches sides (each camera has its own range)', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    await createCameraContext().setZoom({ zoom: 3 });
    camera.devicePosition = 'front';
    await oneEventWithin(camera, 'initdone');
    expect(inspectCamera(camera).zoom).to.equal(1);
    expect(getComputedStyle(camera.video!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });
});

describe('flash', () => {
  /** Whether the camera's light is on now, as the track reports it. */
  const torchOn = (track: MediaStreamTrack) => (track.getSettings() as { torch?: boolean }).torch === true;

  /**
   * The open camera's track, where it has a torch (WebKit's mock back camera); otherwise the test
   * is skipped, saying so (Chromium's and Firefox's fake cameras have none).
   */
  function torchTrack(test: Mocha.Context, camera: WxCamera): MediaStreamTrack {
    const { track } = inspectCamera(camera).live!;
    if ((track.getCapabilities() as { torch?: boolean }).torch !== true) skipBecause(test, `the camera "${track.label}" has no torch`);
    return track;
  }

  /** Takes a photo, watching the light meanwhile; resolves with whether it was ever on. */
  async function photoLit(track: MediaStreamTrack): Promise<boolean> {
    let lit = torchOn(track);
    const watch = setInterval(() => (lit ||= torchOn(track)), 5);
    try {
      expect(await errMsgOf(createCameraContext().takePhoto())).to.equal('resolved');
    } finally {
      clearInterval(watch);
    }
    return lit || torchOn(track);
  }

  it('keeps the torch on for flash="torch", through photos, and puts it out for "off" and "auto"', async function () {
    const camera = mountCamera({ flash: 'torch' });
    await oneEventWithin(camera, 'initdone');
    const track = torchTrack(this, camera);
    expect(torchOn(track), 'opened with flash="torch"').to.equal(true);
    camera.flash = 'off';
    await waitUntil(() => !torchOn(track), 'the torch to go out for flash="off"', { timeout: 2000 });
    camera.flash = 'torch';
    await waitUntil(() => torchOn(track), 'the torch to light for flash="torch"', { timeout: 2000 });
    await photoLit(track);
    expect(torchOn(track), 'after a photo').to.equal(true);
    camera.flash = 'auto';
    await waitUntil(() => !torchOn(track), 'the torch to go out for flash="auto"', { timeout: 2000 });
  });

  it('lights the torch for the photo with flash="on", and only for the photo', async function () {
    const camera = mountCamera({ flash: 'off' });
    await oneEventWithin(camera, 'initdone');
    const track = torchTrack(this, camera);
    expect(await photoLit(track), 'light during a photo with flash="off"').to.equal(false);
    camera.flash = 'on';
    await camera.updateComplete;
    expect(torchOn(track), 'flash="on" before the photo').to.equal(false);
    expect(await photoLit(track), 'light during a photo with flash="on"').to.equal(true);
    expect(torchOn(track), 'after the photo').to.equal(false);
  });
});
