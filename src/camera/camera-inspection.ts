import type { FrameStats } from '../frames/frame-stats.js';
import type { ScanStats } from '../scan/code-scanner.js';
import type { LiveCamera } from '../shared/live-camera.js';
import type { CameraController } from './camera-controller.js';
import type { CameraStatus } from './camera-status.js';
import type { OnCameraFrameCallbackResult } from '../types.js';

/** A read-only view of one element's camera, for tests, benchmarks and diagnostics. */
export interface CameraInspection {
  /** What the camera's lifecycle is doing. */
  readonly status: CameraStatus;
  /** The open camera while `status` is `ready`. */
  readonly live: LiveCamera | null;
  /** The zoom applied to the open camera. */
  readonly zoom: number;
  /** Whether the open camera zooms in hardware. */
  readonly hardwareZoom: boolean;
  /** Frames delivered, their main-thread cost and the way they are made. */
  readonly frames: FrameStats;
  /** `scanCode` mode: whether a scan worker runs, and what it did. */
  readonly scanner: { readonly scanning: boolean; readonly stats: ScanStats };
  /**
   * Starts frames to `onFrame` through this element's own copy of the package (a page that bundles
   * it has its own `createCameraContext`), once the camera is open; returns what stops them.
   */
  listenToFrames(onFrame: (frame: OnCameraFrameCallbackResult) => void): () => void;
}

/**
 * Where an element keeps its inspection: a symbol of the global registry, so the bundle and the
 * module build (and several copies of the package) find each other's.
 */
export const INSPECTION = Symbol.for('wx-camera.inspection');

/** Exposes `controller`'s inspection on its element (not enumerable, not a public field). */
export function exposeInspection(element: HTMLElement, controller: CameraController): void {
  const { operations } = controller;
  const inspection: CameraInspection = {
    get status() {
      return controller.status;
    },
    get live() {
      return controller.live;
    },
    get zoom() {
      return operations.appliedZoom;
    },
    get hardwareZoom() {
      return operations.hardwareZoom;
    },
    frames: operations.frames.stats,
    scanner: {
      get scanning() {
        return operations.scanner.scanning;
      },
      stats: operations.scanner.stats,
    },
    listenToFrames(onFrame) {
      const listener = { deliver: onFrame, end: () => undefined };
      void operations.addFrameListener(listener);
      return () => operations.removeFrameListener(listener);
    },
  };
  Object.defineProperty(element, INSPECTION, { value: inspection });
}
