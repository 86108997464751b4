import type { OnCameraFrameCallbackResult, PhotoQuality } from '../types.js';
import { CameraFailure } from './camera-failure.js';

/** A started frame listener, as the frame pipeline sees it. */
export interface FrameSubscriber {
  /** The page's worker that gets the frames instead of `deliver` (`start({ worker })`). */
  readonly worker?: Worker;
  /** Hands over one frame. */
  deliver(frame: OnCameraFrameCallbackResult): void;
  /** The camera stopped (page hidden, removed, track ended): the listener is stopped. */
  end(): void;
}

/** A taken photo. */
export interface Photo {
  blob: Blob;
  width: number;
  height: number;
}

/** What a recording made. */
export interface RecordedFiles {
  video: Blob;
  /** A JPEG of the first recorded frame, where the browser could encode one. */
  thumbnail: Blob | null;
}

/** How `startRecord` asks for a recording. */
export interface RecordRequest {
  /** Longest recording, in milliseconds. */
  timeoutMs: number;
  /** Mirror a front-camera recording as the preview shows it. */
  selfieMirror: boolean;
  /** Gets the files when the recording ends without `stopRecord` (timeout, page hidden, camera lost). */
  onEndedBySelf(files: RecordedFiles): void;
}

/**
 * The page's camera, as `createCameraContext()` drives it: verbs only. Each waits while the camera
 * is opening and fails with a {@link CameraFailure} when it cannot be used.
 */
export interface PageCamera {
  /** Takes a photo as the preview shows it. */
  takePhoto(quality: PhotoQuality, selfieMirror: boolean): Promise<Photo>;
  /** Applies a zoom; resolves with the zoom applied (rounded, clamped). */
  setZoom(zoom: number): Promise<number>;
  /** Starts recording; resolves once the recording runs. */
  startRecord(request: RecordRequest): Promise<void>;
  /** Stops the recording and gives its files. */
  stopRecord(compressed: boolean): Promise<RecordedFiles>;
  /** Delivers frames to `listener` while the camera is open or opening; otherwise does nothing. */
  addFrameListener(listener: FrameSubscriber): void;
  /** Stops delivering frames to `listener`. */
  removeFrameListener(listener: FrameSubscriber): void;
}

interface Slot {
  camera: PageCamera;
  activate(): void;
}

interface PageCameras {
  /**
   * Connected cameras in the order they arrived; the first one is the page's camera and the
   * others wait, inert, until it leaves (the Mini App allows one camera per page).
   */
  queue: Slot[];
  /** The page's started frame listeners (see {@link startFrameListener}). */
  frameListeners: Set<FrameSubscriber>;
}

// One page, one camera, even with two copies of the package on it (a bundle from a CDN and an
// app's own import): every copy keeps its slot under the same registered symbol, so a context
// from either copy finds the camera of the other.
const PAGE_CAMERAS = Symbol.for('wx-camera.page-cameras');
const { queue, frameListeners } = ((globalThis as { [PAGE_CAMERAS]?: PageCameras })[PAGE_CAMERAS] ??= {
  queue: [],
  frameListeners: new Set(),
});

/**
 * Registers a connected camera; true when it is the page's camera. Otherwise `activate` is called
 * when it becomes the page's camera, after the ones before it left.
 */
export function claimPageCamera(camera: PageCamera, activate: () => void): boolean {
  if (!queue.some((slot) => slot.camera === camera)) queue.push({ camera, activate });
  return queue[0]?.camera === camera;
}

/** Unregisters a camera that left the page, and activates the next one waiting. */
export function releasePageCamera(camera: PageCamera): void {
  const index = queue.findIndex((slot) => slot.camera === camera);
  if (index < 0) return;
  queue.splice(index, 1);
  if (index === 0) queue[0]?.activate();
}

/** The page's camera; fails when there is no `<wx-camera>` on the page. */
export function pageCamera(): PageCamera {
  const slot = queue[0];
  if (!slot) throw new CameraFailure('no <wx-camera> on the page');
  return slot.camera;
}

// A listener may start before any camera opens (pages start theirs in onLoad, before the <camera>
// renders): the page's camera adopts every started listener when it opens, and ends those it fed
// when it stops (they do not restart by themselves).

/** Starts a frame listener: frames from the page's camera now, or from the next one to open. */
export function startFrameListener(listener: FrameSubscriber): void {
  frameListeners.add(listener);
  queue[0]?.camera.addFrameListener(listener);
}

/** Stops a frame listener, whether it gets frames now or still waits for a camera. */
export function stopFrameListener(listener: FrameSubscriber): void {
  frameListeners.delete(listener);
  queue[0]?.camera.removeFrameListener(listener);
}

/** Forgets a listener that the camera ended (it stopped): it waits for no camera. */
export function forgetFrameListener(listener: FrameSubscriber): void {
  frameListeners.delete(listener);
}

/** The started frame listeners, for a camera that just opened. */
export function startedFrameListeners(): Iterable<FrameSubscriber> {
  return frameListeners;
}
