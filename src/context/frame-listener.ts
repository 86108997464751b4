import { CameraFailure } from '../shared/camera-failure.js';
import { forgetFrameListener, startFrameListener, stopFrameListener, type FrameSubscriber } from '../shared/page-camera.js';
import type { CameraFrameListener, CameraFrameListenerStartOption, CameraFrameListenerStopOption, OnCameraFrameCallback, OnCameraFrameCallbackResult } from '../types.js';
import { callMethod, describe } from './callback-convention.js';

/**
 * The listener `onCameraFrame` returns. `start` succeeds at once, with or without a camera on the
 * page: frames come from the page's camera while it is open, or from the next one to open; with
 * `{ worker }` they go into that worker instead (see `wx-camera/worker`). The
 * listener stops by itself when that camera stops (page hidden, element removed, track ended) and
 * must be started again; `stop` succeeds whether it is started or not.
 */
export class FrameListener implements CameraFrameListener, FrameSubscriber {
  private started = false;
  /** The page's worker that gets the frames, when started with `{ worker }`. */
  worker?: Worker;

  constructor(private readonly callback: unknown) {}

  start<T extends CameraFrameListenerStartOption = CameraFrameListenerStartOption>(option?: T) {
    return callMethod('start', option, (o) => {
      const { worker } = o;
      if (worker !== undefined && !isWorker(worker)) {
        throw new CameraFailure(`invalid worker: expected a Worker, got ${describe(worker)}`);
      }
      // With a worker, frames go to the worker's onCameraFrame (wx-camera/worker), not the callback.
      if (!worker && typeof this.callback !== 'function') {
        throw new CameraFailure(`callback is not a function (got ${describe(this.callback)})`);
      }
      if (this.started) throw new CameraFailure('listener is already started');
      this.started = true;
      this.worker = worker;
      startFrameListener(this);
      return {};
    });
  }

  stop<T extends CameraFrameListenerStopOption = CameraFrameListenerStopOption>(option?: T) {
    return callMethod('stop', option, () => {
      this.started = false;
      stopFrameListener(this);
      return {};
    });
  }

  deliver(frame: OnCameraFrameCallbackResult): void {
    (this.callback as OnCameraFrameCallback)(frame);
  }

  end(): void {
    this.started = false;
    forgetFrameListener(this);
  }
}

function isWorker(value: unknown): value is Worker {
  return typeof Worker !== 'undefined' && value instanceof Worker;
}
