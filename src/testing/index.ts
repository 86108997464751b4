/**
 * `wx-camera/testing`: a camera simulator for tests and demos of camera pages, in every engine and
 * on machines with no camera. Nothing here is part of the main bundle, and a page that does not
 * import it is unaffected.
 */
export { CameraSimulator, installCameraSimulator, type CameraSimulatorOptions, type SimulatedFault } from './camera-simulator.js';
export type { SimulatedCamera, SimulatedCameraOptions } from './simulated-camera.js';
export type { SimulatedPicture } from './simulated-picture.js';
