import { expect } from '@open-wc/testing';
import { createCameraContext } from '../src/index.js';
import { mountCamera, nextEvent, until } from './helpers/camera-fixture.js';

/** Hides a global or prototype member for one test, the way an older browser lacks it. */
function without(target: object, key: string): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value: undefined, configurable: true, writable: true });
  return () => {
    if (descriptor) Object.defineProperty(target, key, descriptor);
    else delete (target as Record<string, unknown>)[key];
  };
}

describe('fallbacks where a browser lacks an API', () => {
  it('opens and delivers frames without requestVideoFrameCallback', async () => {
    const restore = [
      without(HTMLVideoElement.prototype, 'requestVideoFrameCallback'),
      without(globalThis, 'MediaStreamTrackProcessor'),
    ];
    try {
      const camera = mountCamera({ 'frame-size': 'small' });
      await nextEvent(camera, 'initdone');
      let frames = 0;
      const listener = createCameraContext().onCameraFrame(() => frames++);
      await listener.start();
      await until(() => frames >= 5, 'five frames paced by animation frames');
      await listener.stop();
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('reads frames on the page when workers are blocked', async () => {
    const restore = without(globalThis, 'Worker');
    try {
      const camera = mountCamera({ 'frame-size': 'small' });
      await nextEvent(camera, 'initdone');
      let frames = 0;
      const listener = createCameraContext().onCameraFrame(() => frames++);
      await listener.start();
      await until(() => frames >= 3, 'three frames');
      await listener.stop();
      expect(camera.camera.frames.stats.path).to.equal('page');
    } finally {
      restore();
    }
  });

  it('reads frames on the page when VideoFrame is missing', async () => {
    const restore = without(globalThis, 'VideoFrame');
    try {
      const camera = mountCamera({ 'frame-size': 'medium' });
      await nextEvent(camera, 'initdone');
      const sizes: string[] = [];
      const listener = createCameraContext().onCameraFrame(({ width, height, data }) => sizes.push(`${width}x${height}:${data.byteLength}`));
      await listener.start();
      await until(() => sizes.length >= 3, 'three frames');
      await listener.stop();
      expect(sizes[0]).to.equal(`640x480:${640 * 480 * 4}`);
      expect(camera.camera.frames.stats.path).to.equal('page');
    } finally {
      restore();
    }
  });
});
