import type { LiveCamera } from '../camera/live-camera.js';
import type {
  CameraContext,
  CameraFrameListener,
  OnCameraFrameCallback,
} from '../types.js';
import { CameraFailure, callMethod, type OptionBag } from './callback-convention.js';
import { pageCamera } from './camera-registry.js';

/**
 * The open page camera, waiting while it opens; fails at once when there is no `<wx-camera>` on
 * the page or it failed.
 */
export function readyCamera(): Promise<LiveCamera> {
  const camera = pageCamera();
  if (!camera) return Promise.reject(new CameraFailure('no <wx-camera> on the page'));
  return camera.whenReady();
}

/** A context method whose capability has not landed yet. */
async function notSupportedYet(): Promise<never> {
  await readyCamera();
  throw new CameraFailure('not supported yet');
}

class PageCameraContext implements CameraContext {
  onCameraFrame(callback: OnCameraFrameCallback): CameraFrameListener {
    void callback;
    const run = (method: string) => (option?: unknown) =>
      callMethod(method, option, (_: OptionBag) => notSupportedYet()) as never;
    return { start: run('start'), stop: run('stop') };
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
