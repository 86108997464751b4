import { expect } from '@open-wc/testing';
import { createCameraContext, type TakePhotoSuccessCallbackResult } from '../../src/index.js';
import { HEIGHT, WIDTH } from '../fixtures/known-picture.mjs';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { imagePixels, mismatches } from '../helpers/pixels.js';

const photo = (option: object = {}) => createCameraContext().takePhoto(option) as Promise<TakePhotoSuccessCallbackResult>;

describe('photos show the known picture', () => {
  it('shows what the preview shows, at the camera resolution, in the right places', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const res = await photo();
    const pixels = await imagePixels(res.tempImagePath);
    const box = camera.getBoundingClientRect();
    expect(pixels.width / pixels.height).to.be.closeTo(box.width / box.height, 0.02);
    expect(Math.max(pixels.width / WIDTH, pixels.height / HEIGHT)).to.be.closeTo(1, 0.01);
    expect(mismatches(pixels)).to.deep.equal([]);
  });

  it('mirrors front photos unless selfieMirror is false', async () => {
    const camera = mountCamera({ 'device-position': 'front' });
    await oneEventWithin(camera, 'initdone');
    expect(mismatches(await imagePixels((await photo()).tempImagePath), { mirror: true })).to.deep.equal([]);
    expect(mismatches(await imagePixels((await photo({ selfieMirror: false })).tempImagePath))).to.deep.equal([]);
  });

  it('does not mirror back photos', async () => {
    const camera = mountCamera({ 'device-position': 'back' });
    await oneEventWithin(camera, 'initdone');
    expect(mismatches(await imagePixels((await photo({ selfieMirror: true })).tempImagePath))).to.deep.equal([]);
  });

  it('shows the centre half at digital zoom 2', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    await createCameraContext().setZoom({ zoom: 2 });
    const pixels = await imagePixels((await photo()).tempImagePath);
    expect(mismatches(pixels, { zoom: 2 })).to.deep.equal([]);
  });

  it('gives the whole picture, uncropped, for quality original', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const res = await photo({ quality: 'original' });
    expect(res.width / res.height).to.be.closeTo(WIDTH / HEIGHT, 0.01);
    expect(res.width).to.be.at.least(WIDTH);
    const pixels = await imagePixels(res.tempImagePath);
    expect([pixels.width, pixels.height]).to.deep.equal([res.width, res.height]);
    expect(mismatches(pixels)).to.deep.equal([]);
  });

  it('makes files no larger at lower quality: high >= normal >= low', async () => {
    const camera = mountCamera();
    await oneEventWithin(camera, 'initdone');
    const sizes: number[] = [];
    for (const quality of ['high', 'normal', 'low']) {
      const { tempImagePath } = await photo({ quality });
      sizes.push((await (await fetch(tempImagePath)).blob()).size);
    }
    expect(sizes[0]).to.be.at.least(sizes[1]!);
    expect(sizes[1]).to.be.at.least(sizes[2]!);
    expect(sizes[0]).to.be.greaterThan(sizes[2]!);
  });
});
