/**
 * Test-only hooks: a read-only view of a `<wx-camera>`'s camera (lifecycle status, the open track,
 * frame and scan statistics) for tests, benchmarks and diagnostics. Not part of the element's API:
 * pages drive the camera through `createCameraContext()` and the element's events.
 */
import { INSPECTION, type CameraInspection } from './camera/camera-inspection.js';

export { CameraStatus } from './camera/camera-status.js';
export type { CameraInspection } from './camera/camera-inspection.js';
export type { LiveCamera } from './shared/live-camera.js';

/** The camera of a `<wx-camera>` element, read-only; throws for an element that is not one. */
export function inspectCamera(element: Element): CameraInspection {
  const inspection = (element as unknown as Record<symbol, CameraInspection | undefined>)[INSPECTION];
  if (!inspection) throw new TypeError(`not a <wx-camera>: ${element.localName}`);
  return inspection;
}
