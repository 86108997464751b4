import { CameraFailure } from '../shared/camera-failure.js';

/**
 * The reason for a camera that cannot be used, from the error `getUserMedia` (or a check before
 * it) gave: the one place where browser error names become the contract's errMsg reasons.
 */
export function cameraFailure(error: unknown): CameraFailure {
  if (error instanceof CameraFailure) return error;
  const name = typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return new CameraFailure('auth deny');
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new CameraFailure('no camera device');
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new CameraFailure('camera is in use');
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new CameraFailure(name && name !== 'Error' ? `${name}: ${message}` : message);
    }
  }
}

/** Fails early where no camera can ever be opened: insecure pages and browsers without the API. */
export function assertCameraApi(): MediaDevices {
  if (typeof window === 'undefined') throw new CameraFailure('no window: the camera needs a browser');
  if (!window.isSecureContext) throw new CameraFailure('insecure context');
  const media = navigator.mediaDevices;
  if (!media || typeof media.getUserMedia !== 'function') {
    throw new CameraFailure('camera API (getUserMedia) is not supported by this browser');
  }
  return media;
}
