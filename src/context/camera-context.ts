import type {
  CameraContext,
  CameraFrameListener,
  OnCameraFrameCallback,
} from '../types.js';
import { CameraFailure, callMethod } from './callback-convention.js';
import { storeTempFile } from '../capture/temp-file-store.js';
import { FrameListener } from './frame-listener.js';
import { finiteNumber, oneOf, optionalBoolean } from './option-checks.js';
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
    return callMethod('takePhoto', option, async (o) => {
      const quality = oneOf('quality', o.quality, ['high', 'normal', 'low', 'original'], 'normal');
      const selfieMirror = optionalBoolean('selfieMirror', o.selfieMirror, true);
      const { camera } = await readyCamera();
      const { blob, width, height } = await camera.takePhoto(quality, selfieMirror);
      return { tempImagePath: storeTempFile(blob), width, height };
    }) as never;
  }

  setZoom(option?: unknown) {
    return callMethod('setZoom', option, async (o) => {
      const zoom = finiteNumber('zoom', o.zoom);
      const { camera } = await readyCamera();
      return { zoom: await camera.setZoom(zoom) };
    }) as never;
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
