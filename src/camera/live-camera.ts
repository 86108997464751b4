import type { DevicePosition } from '../types.js';

/** An open camera, as the features built on it (frames, photos, zoom, recording) see it. */
export interface LiveCamera {
  /** The camera stream, owned by the element: features must not stop its tracks. */
  readonly stream: MediaStream;
  /** The stream's video track. */
  readonly track: MediaStreamTrack;
  /** The preview video showing the stream. */
  readonly video: HTMLVideoElement;
  /** The side the camera is on. */
  readonly devicePosition: DevicePosition;
}
