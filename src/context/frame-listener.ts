import type { FrameSubscriber, FramePipeline } from '../frames/frame-pipeline.js';
import type { CameraFrameListener, OnCameraFrameCallback, OnCameraFrameCallbackResult } from '../types.js';
import { CameraFailure, callMethod, describe } from './callback-convention.js';
import { readyCamera } from './ready-camera.js';

/**
 * The listener `onCameraFrame` returns. `start` waits for the camera, then joins its frame
 * pipeline; the listener stops by itself when the camera stops (page hidden, element removed) and
 * must be started again.
 */
export class FrameListener implements CameraFrameListener, FrameSubscriber {
  private pipeline: FramePipeline | null = null;
  private starting = false;

  constructor(private readonly callback: unknown) {}

  start(option?: unknown) {
    return callMethod('start', option, async () => {
      if (typeof this.callback !== 'function') {
        throw new CameraFailure(`callback is not a function (got ${describe(this.callback)})`);
      }
      if (this.pipeline || this.starting) throw new CameraFailure('listener is already started');
      this.starting = true;
      try {
        const { camera } = await readyCamera();
        camera.frames.add(this);
        this.pipeline = camera.frames;
      } finally {
        this.starting = false;
      }
      return {};
    }) as never;
  }

  stop(option?: unknown) {
    return callMethod('stop', option, () => {
      if (!this.pipeline) throw new CameraFailure('listener is not started');
      this.pipeline.remove(this);
      this.pipeline = null;
      return {};
    }) as never;
  }

  deliver(frame: OnCameraFrameCallbackResult): void {
    (this.callback as OnCameraFrameCallback)(frame);
  }

  end(): void {
    this.pipeline = null;
  }
}
