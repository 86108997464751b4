import type { LiveCamera } from '../camera/live-camera.js';
import { CameraFailure } from './callback-convention.js';
import { pageCamera, type RegisteredCamera } from './camera-registry.js';

/**
 * The page's camera once it is open, waiting while it opens; fails at once when there is no
 * `<wx-camera>` on the page or it failed or stopped.
 */
export async function readyCamera(): Promise<{ camera: RegisteredCamera; live: LiveCamera }> {
  const camera = pageCamera();
  if (!camera) throw new CameraFailure('no <wx-camera> on the page');
  return { camera, live: await camera.whenReady() };
}
