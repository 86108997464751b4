import type { LiveCamera } from '../camera/live-camera.js';
import { CameraFailure } from './callback-convention.js';
import { pageCamera, type RegisteredCamera } from './camera-registry.js';

/**
 * The page's camera once it is open, waiting while it opens; fails at once when there is no
 * `<wx-camera>` on the page or it failed or stopped.
 */
export async function readyCamera(): Promise<{ camera: RegisteredCamera; live: LiveCamera }> {
  const camera = connectedCamera();
  return { camera, live: await camera.whenReady() };
}

/** The page's camera whatever its state; fails at once when there is no `<wx-camera>` on the page. */
export function connectedCamera(): RegisteredCamera {
  const camera = pageCamera();
  if (!camera) throw new CameraFailure('no <wx-camera> on the page');
  return camera;
}
