import type { LiveCamera } from '../camera/live-camera.js';
import type { Photo } from '../capture/photo.js';
import type { FramePipeline } from '../frames/frame-pipeline.js';
import type { PhotoQuality, StartRecordTimeoutCallbackResult } from '../types.js';

/** What the page's camera offers to `createCameraContext()`. */
export interface RegisteredCamera {
  /**
   * Resolves with the open camera; waits while it is opening; rejects with a `CameraFailure`
   * when it failed, stopped or was removed.
   */
  whenReady(): Promise<LiveCamera>;
  /** Frames for `onCameraFrame` listeners. */
  readonly frames: FramePipeline;
  /** Applies a zoom; resolves with the zoom applied. */
  setZoom(zoom: number): Promise<number>;
  /** Starts recording; `onEndedBySelf` gets the files if the recording ends without stopRecord. */
  startRecord(timeoutMs: number, selfieMirror: boolean, onEndedBySelf: (files: StartRecordTimeoutCallbackResult) => void): Promise<void>;
  /** The recorder, for stopRecord. */
  readonly recorder: { stop(compressed: boolean): Promise<StartRecordTimeoutCallbackResult> };
  /** Takes a photo as the preview shows it. */
  takePhoto(quality: PhotoQuality, selfieMirror: boolean): Promise<Photo>;
  /** Called when this camera becomes the page's camera after the previous one left. */
  activate(): void;
}

// Connected cameras in the order they arrived; the first one is the page's camera and the
// others wait, inert, until it leaves (the Mini App allows one camera per page).
const queue: RegisteredCamera[] = [];

/** Registers a connected camera; true when it is the page's camera. */
export function claimPageCamera(camera: RegisteredCamera): boolean {
  if (!queue.includes(camera)) queue.push(camera);
  return queue[0] === camera;
}

/** Unregisters a camera that left the page, and activates the next one waiting. */
export function releasePageCamera(camera: RegisteredCamera): void {
  const index = queue.indexOf(camera);
  if (index < 0) return;
  queue.splice(index, 1);
  if (index === 0) queue[0]?.activate();
}

/** The page's camera, if a `<wx-camera>` is connected. */
export function pageCamera(): RegisteredCamera | undefined {
  return queue[0];
}
