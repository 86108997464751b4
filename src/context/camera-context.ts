import { storeTempFile } from '../capture/temp-file-store.js';
import type { CameraContext, CameraFrameListener, OnCameraFrameCallback, StartRecordTimeoutCallbackResult } from '../types.js';
import { CameraFailure, callMethod, describe, reportCallbackError } from './callback-convention.js';
import { FrameListener } from './frame-listener.js';
import { finiteNumber, oneOf, optionalBoolean } from './option-checks.js';
import { connectedCamera, readyCamera } from './ready-camera.js';

/** The longest recording, in seconds (the Mini App's limit). */
const MAX_RECORD_SECONDS = 300;

/** startRecord calls still waiting for the camera or the microphone. */
const startsUnderWay = new Set<Promise<void>>();

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
      return { tempImagePath: storeTempFile(blob), width, height, metadata: {} };
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
    return callMethod('startRecord', option, async (o) => {
      const timeout = finiteNumber('timeout', o.timeout, 30);
      if (timeout <= 0) throw new CameraFailure(`invalid timeout: expected seconds above 0, got ${timeout}`);
      const selfieMirror = optionalBoolean('selfieMirror', o.selfieMirror, true);
      const { timeoutCallback } = o;
      if (timeoutCallback !== undefined && typeof timeoutCallback !== 'function') {
        throw new CameraFailure(`invalid timeoutCallback: expected a function, got ${describe(timeoutCallback)}`);
      }
      const starting = (async () => {
        const { camera } = await readyCamera();
        await camera.startRecord(Math.min(timeout, MAX_RECORD_SECONDS) * 1000, selfieMirror, (files) => {
          try {
            (timeoutCallback as ((res: StartRecordTimeoutCallbackResult) => void) | undefined)?.(files);
          } catch (error) {
            reportCallbackError(error);
          }
        });
      })();
      startsUnderWay.add(starting);
      try {
        await starting;
      } finally {
        startsUnderWay.delete(starting);
      }
      return {};
    }) as never;
  }

  stopRecord(option?: unknown) {
    return callMethod('stopRecord', option, async (o) => {
      const compressed = optionalBoolean('compressed', o.compressed, false);
      // A stopRecord called right after startRecord stops that recording once it has started.
      await Promise.allSettled(startsUnderWay);
      return connectedCamera().recorder.stop(compressed);
    }) as never;
  }
}

/**
 * Creates the context of the page's one `<wx-camera>`. The camera is looked up at each call, so a
 * context created before the element exists works once it does.
 */
export function createCameraContext(): CameraContext {
  return new PageCameraContext();
}
