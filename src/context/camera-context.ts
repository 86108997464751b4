import type {
  CameraContext,
  CameraFrameListener,
  OnCameraFrameCallback,
} from '../types.js';
import { CameraFailure, callMethod } from './callback-convention.js';
import { FrameListener } from './frame-listener.js';
import { readyCamera } from './ready-camera.js';

/** A context method whose capability has not landed yet. */
async function notSupportedYet(): Promise<never> {
  await readyCamera();
  throw new CameraFailure('not supported yet');
}

class PageCameraContext implements CameraContext {
  onCameraFrame(callback: OnCameraFrameCallback): CameraFrameListener {
    return new FrameListener(callback);
  }

  takePhoto(option?: unknown) {
    return callMethod('takePhoto', option, notSupportedYet) as never;
  }

  setZoom(option?: unknown) {
    return callMethod('setZoom', option, notSupportedYet) as never;
  }

  startRecord(option?: unknown) {
    return callMethod('startRecord', option, notSupportedYet) as never;
  }

  stopRecord(option?: unknown) {
    return callMethod('stopRecord', option, notSupportedYet) as never;
  }
}

/**
 * Creates the context of the page's one `<wx-camera>`. The camera is looked up at each call, so a
 * context created before the element exists works once it does.
 */
export function createCameraContext(): CameraContext {
  return new PageCameraContext();
}
