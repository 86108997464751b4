import { expect, waitUntil } from '@open-wc/testing';
import { createCameraContext, type TakePhotoSuccessCallbackResult } from '../src/index.js';
import { errMsgOf, mountCamera, oneEventWithin } from './helpers/camera-fixture.js';
import { liveTracks } from './helpers/camera-watch.js';
import { inspectCamera } from '../src/inspect.js';

/**
 * Runs `body` with members of globals or prototypes hidden, the way an older browser lacks them,
 * and puts them back after it.
 */
async function without(hidden: [target: object, key: string][], body: () => Promise<void>): Promise<void> {
  const descriptors = hidden.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
  for (const [target, key] of hidden) Object.defineProperty(target, key, { value: undefined, configurable: true, writable: true });
  try {
    await body();
  } finally {
    hidden.forEach(([target, key], i) => {
      const descriptor = descriptors[i];
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete (target as Record<string, unknown>)[key];
    });
  }
}

/** Mounts a camera, listens until `count` frames arrived, and returns the camera and the frame sizes. */
async function framesArrive(frameSize: string, count: number) {
  const camera = mountCamera({ 'frame-size': frameSize });
  await oneEventWithin(camera, 'initdone');
  const sizes: string[] = [];
  const listener = createCameraContext().onCameraFrame(({ width, height, data }) => sizes.push(`${width}x${height}:${data.byteLength}`));
  await listener.start();
  await waitUntil(() => sizes.length >= count, `${count} frames`, { timeout: 8000 });
  await listener.stop();
  return { camera, sizes };
}

describe('fallbacks where a browser lacks an API', () => {
  it('opens and delivers frames without requestVideoFrameCallback', () =>
    without(
      [
        [HTMLVideoElement.prototype, 'requestVideoFrameCallback'],
        [globalThis, 'MediaStreamTrackProcessor'],
      ],
      async () => {
        await framesArrive('small', 5); // paced by animation frames
      },
    ));

  it('reads frames on the page when workers are blocked', () =>
    without([[globalThis, 'Worker']], async () => {
      const { camera } = await framesArrive('small', 3);
      expect(inspectCamera(camera).frames.path).to.equal('page');
    }));

  it('reads frames on the page when VideoFrame is missing', () =>
    without([[globalThis, 'VideoFrame']], async () => {
      const { camera, sizes } = await framesArrive('medium', 3);
      expect(sizes[0]).to.equal(`640x480:${640 * 480 * 4}`);
      expect(inspectCamera(camera).frames.path).to.equal('page');
    }));

  it('takes original photos from the video frame without ImageCapture', () =>
    without([[globalThis, 'ImageCapture']], async () => {
      const camera = mountCamera();
      await oneEventWithin(camera, 'initdone');
      const res = (await createCameraContext().takePhoto({ quality: 'original' })) as TakePhotoSuccessCallbackResult;
      const video = camera.shadowRoot!.querySelector('video')!;
      expect(`${res.width}x${res.height}`).to.equal(`${video.videoWidth}x${video.videoHeight}`);
    }));

  it('fails startRecord with a clear errMsg without MediaRecorder, leaving no extra track', () =>
    without([[globalThis, 'MediaRecorder']], async () => {
      const camera = mountCamera();
      await oneEventWithin(camera, 'initdone');
      const tracks = liveTracks().length;
      expect(await errMsgOf(createCameraContext().startRecord() as Promise<unknown>)).to.equal(
        'operateCamera:fail recording is not supported by this browser',
      );
      expect(liveTracks()).to.have.length(tracks);
      expect(await errMsgOf(createCameraContext().stopRecord() as Promise<unknown>)).to.equal('operateCamera:fail is not recording');
    }));
});
