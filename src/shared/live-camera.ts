import type { CameraMode, DevicePosition } from '../types.js';

/** An open camera, as the features built on it (frames, photos, zoom, recording, scanning) see it. */
export interface LiveCamera {
  /** The camera stream, owned by the camera controller: features must not stop its tracks. */
  readonly stream: MediaStream;
  /** The stream's video track. */
  readonly track: MediaStreamTrack;
  /** The preview video showing the stream. */
  readonly video: HTMLVideoElement;
  /** The side the camera is on. */
  readonly devicePosition: DevicePosition;
  /** The mode the camera was opened in. */
  readonly mode: CameraMode;
}

/**
 * A feature that works on the open camera: the camera controller announces each camera it opens
 * and closes, and the feature takes or releases its own resources (worker, recorder, scanner).
 */
export interface CameraSubscriber {
  /** A camera opened: the first open, a device switch, the page shown again. */
  opened(live: LiveCamera): void;
  /**
   * The camera closed. `final`: it will not come back by itself (page hidden, track ended,
   * failed, removed); otherwise it is reopening (device switch).
   */
  closed(final: boolean): void;
}
