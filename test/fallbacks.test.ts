import { expect } from '@open-wc/testing';
import { createCameraContext, type TakePhotoSuccessCallbackResult } from '../src/index.js';
import { errMsgOf, mountCamera, nextEvent, until } from './helpers/camera-fixture.js';
import { liveTracks } from './helpers/camera-watch.js';

/** Hides a global or prototype member for one test, the way an older browser lacks it. */
function without(target: object, key: string): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value: undefined, configurable: true, writable: true });
  return () => {
    if (descriptor) Object.defineProperty(target, key, descriptor);
    else delete (target as Record<string, unknown>)[key];
  };
}

/** Mounts a camera, listens until `count` frames arrived, and returns the camera and the frame sizes. */
async function framesArrive(frameSize: string, count: number) {
  const camera = mountCamera({ 'frame-size': frameSize });
  await nextEvent(camera, 'initdone');
  const sizes: string[] = [];
  const listener = createCameraContext().onCameraFrame(({ width, height, data }) => sizes.push(`${width}x${height}:${data.byteLength}`));
  await listener.start();
  await until(() => sizes.length >= count, `${count} frames`);
  await listener.stop();
  return { camera, sizes };
}

describe('fallbacks where a browser lacks an API', () => {
  it('opens and delivers frames without requestVideoFrameCallback', async () => {
    const restore = [
      without(HTMLVideoElement.prototype, 'requestVideoFrameCallback'),
      without(globalThis, 'MediaStreamTrackProcessor'),
    ];
    try {
      await framesArrive('small', 5); // paced by animation frames
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('reads frames on the page when workers are blocked', async () => {
    const restore = without(globalThis, 'Worker');
    try {
      const { camera } = await framesArrive('small', 3);
      expect(camera.camera.frames.stats.path).to.equal('page');
    } finally {
      restore();
    }
  });

  it('reads frames on the page when VideoFrame is missing', async () => {
    const restore = without(globalThis, 'VideoFrame');
    try {
      const { camera, sizes } = await framesArrive('medium', 3);
      expect(sizes[0]).to.equal(`640x480:${640 * 480 * 4}`);
      expect(camera.camera.frames.stats.path).to.equal('page');
    } finally {
      restore();
    }
  });

  it('takes original photos from the video frame without ImageCapture', async () => {
    const restore = without(globalThis, 'ImageCapture');
    try {
      const camera = mountCamera();
      await nextEvent(camera, 'initdone');
      const res = (await createCameraContext().takePhoto({ quality: 'original' })) as TakePhotoSuccessCallbackResult;
      const video = camera.shadowRoot!.querySelector('video')!;
      expect(`${res.width}x${res.height}`).to.equal(`${video.videoWidth}x${video.videoHeight}`);
    } finally {
      restore();
    }
  });

  it('fails startRecord with a clear errMsg without MediaRecorder, leaving no extra track', async () => {
    const restore = without(globalThis, 'MediaRecorder');
    try {
      const camera = mountCamera();
      await nextEvent(camera, 'initdone');
      const tracks = liveTracks().length;
      expect(await errMsgOf(createCameraContext().startRecord() as Promise<unknown>)).to.equal(
        'startRecord:fail recording is not supported by this browser',
      );
      expect(liveTracks()).to.have.length(tracks);
      expect(await errMsgOf(createCameraContext().stopRecord() as Promise<unknown>)).to.equal('stopRecord:fail is not recording');
    } finally {
      restore();
    }
  });
});
