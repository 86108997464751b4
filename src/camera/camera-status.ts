/** What a camera's lifecycle is doing. */
export const CameraStatus = {
  /** Not connected, or not yet started. */
  idle: 'idle',
  /** Connected but refused: another `<wx-camera>` is the page's camera. */
  inert: 'inert',
  opening: 'opening',
  ready: 'ready',
  /** Could not be opened; the `error` event said why. */
  failed: 'failed',
  /** Ended without being asked (page hidden, track ended). */
  stopped: 'stopped',
} as const;
export type CameraStatus = (typeof CameraStatus)[keyof typeof CameraStatus];
