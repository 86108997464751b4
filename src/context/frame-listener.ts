import { CameraFailure } from '../shared/camera-failure.js';
import { pageCamera, type FrameSubscriber, type PageCamera } from '../shared/page-camera.js';
import type { CameraFrameListener, CameraFrameListenerStartOption, CameraFrameListenerStopOption, OnCameraFrameCallback, OnCameraFrameCallbackResult } from '../types.js';
import { callMethod, describe } from './callback-convention.js';

/**
 * The listener `onCameraFrame` returns. `start` waits for the camera, then joins its frames; the
 * listener stops by itself when the camera stops (page hidden, element removed) and must be
 * started again.
 */
export class FrameListener implements CameraFrameListener, FrameSubscriber {
  private camera: PageCamera | null = null;
  private starting = false;

  constructor(private readonly callback: unknown) {}

  start<T extends CameraFrameListenerStartOption = CameraFrameListenerStartOption>(option?: T) {
    return callMethod('start', option, async () => {
      if (typeof this.callback !== 'function') {
        throw new CameraFailure(`callback is not a function (got ${describe(this.callback)})`);
      }
      if (this.camera || this.starting) throw new CameraFailure('listener is already started');
      this.starting = true;
      try {
        const camera = pageCamera();
        await camera.addFrameListener(this);
        this.camera = camera;
      } finally {
        this.starting = false;
      }
      return {};
    });
  }

  stop<T extends CameraFrameListenerStopOption = CameraFrameListenerStopOption>(option?: T) {
    return callMethod('stop', option, () => {
      if (!this.camera) throw new CameraFailure('listener is not started');
      this.camera.removeFrameListener(this);
      this.camera = null;
      return {};
    });
  }

  deliver(frame: OnCameraFrameCallbackResult): void {
    (this.callback as OnCameraFrameCallback)(frame);
  }

  end(): void {
    this.camera = null;
  }
}
