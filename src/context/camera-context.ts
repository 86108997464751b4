import { CameraFailure, reportCallbackError } from '../shared/camera-failure.js';
import { pageCamera, type RecordedFiles } from '../shared/page-camera.js';
import type {
  CameraContext,
  CameraContextSetZoomOption,
  CameraContextStartRecordOption,
  CameraContextStopRecordOption,
  CameraFrameListener,
  OnCameraFrameCallback,
  StartRecordTimeoutCallbackResult,
  TakePhotoOption,
} from '../types.js';
import { callMethod, describe } from './callback-convention.js';
import { FrameListener } from './frame-listener.js';
import { finiteNumber, oneOf, optionalBoolean } from './option-checks.js';
import { storeTempFile } from './temp-file-store.js';

/**
 * The errMsg name of `takePhoto`, `startRecord` and `stopRecord` on phones (`operateCamera:ok`);
 * shipped pages test it, though the developer tools say `takePhoto:ok`.
 */
const OPERATE_CAMERA = 'operateCamera';

/** The longest recording, in seconds (the Mini App's limit). */
const MAX_RECORD_SECONDS = 300;

/** A recording's files as temp paths: the one place recordings become temp files. */
function recordingPaths({ video, thumbnail }: RecordedFiles): StartRecordTimeoutCallbackResult {
  return { tempVideoPath: storeTempFile(video), tempThumbPath: thumbnail ? storeTempFile(thumbnail) : '' };
}

class PageCameraContext implements CameraContext {
  onCameraFrame(callback: OnCameraFrameCallback): CameraFrameListener {
    return new FrameListener(callback);
  }

  takePhoto<T extends TakePhotoOption = TakePhotoOption>(option?: T) {
    return callMethod(OPERATE_CAMERA, option, async (o) => {
      const quality = oneOf('quality', o.quality, ['high', 'normal', 'low', 'original'], 'normal');
      const selfieMirror = optionalBoolean('selfieMirror', o.selfieMirror, true);
      const { blob, width, height } = await pageCamera().takePhoto(quality, selfieMirror);
      return { tempImagePath: storeTempFile(blob), width, height, metadata: {} };
    });
  }

  setZoom<T extends CameraContextSetZoomOption = CameraContextSetZoomOption>(option: T) {
    return callMethod('setZoom', option, async (o) => {
      const zoom = finiteNumber('zoom', o.zoom);
      return { zoom: await pageCamera().setZoom(zoom) };
    });
  }

  startRecord<T extends CameraContextStartRecordOption = CameraContextStartRecordOption>(option?: T) {
    return callMethod(OPERATE_CAMERA, option, async (o) => {
      const timeout = finiteNumber('timeout', o.timeout, 30);
      if (timeout <= 0) throw new CameraFailure(`invalid timeout: expected seconds above 0, got ${timeout}`);
      const selfieMirror = optionalBoolean('selfieMirror', o.selfieMirror, true);
      const { timeoutCallback } = o;
      if (timeoutCallback !== undefined && typeof timeoutCallback !== 'function') {
        throw new CameraFailure(`invalid timeoutCallback: expected a function, got ${describe(timeoutCallback)}`);
      }
      await pageCamera().startRecord({
        timeoutMs: Math.min(timeout, MAX_RECORD_SECONDS) * 1000,
        selfieMirror,
        onEndedBySelf: (files) => {
          const paths = recordingPaths(files);
          try {
            (timeoutCallback as ((res: StartRecordTimeoutCallbackResult) => void) | undefined)?.(paths);
          } catch (error) {
            reportCallbackError(error);
          }
        },
      });
      return {};
    });
  }

  stopRecord<T extends CameraContextStopRecordOption = CameraContextStopRecordOption>(option?: T) {
    return callMethod(OPERATE_CAMERA, option, async (o) => {
      const compressed = optionalBoolean('compressed', o.compressed, false);
      return recordingPaths(await pageCamera().stopRecord(compressed));
    });
  }
}

/**
 * Creates the context of the page's one `<wx-camera>`. The camera is looked up at each call, so a
 * context created before the element exists works once it does.
 */
export function createCameraContext(): CameraContext {
  return new PageCameraContext();
}
