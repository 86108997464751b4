import type { TrackSource } from '../shared/track-streams.js';

/**
 * Messages between the frame pipeline (page) and its worker. `at` is a frame's capture time in ms
 * since the epoch (`performance.timeOrigin + performance.now()`): page and worker clocks have
 * different origins.
 */

/** What the frames should look like: the `frame-size` preset and the digital zoom. */
export interface FrameShape {
  frameSize: string;
  zoom: number;
}

export type ToWorker =
  /** Read the camera's frames from this readable or track (transferred). */
  | { type: 'source'; source: TrackSource }
  /** One frame grabbed from the preview on the page (transferred). */
  | { type: 'frame'; frame: VideoFrame; at: number }
  | { type: 'shape'; shape: FrameShape }
  /** A buffer the page is done with, for reuse. */
  | { type: 'buffer'; buffer: ArrayBuffer }
  /** Stop reading and drop what is held; the worker stays for a later source. */
  | { type: 'stop' };

export type FromWorker =
  /** A converted frame; `buffer` (transferred) goes back with a `buffer` message. */
  | { type: 'frame'; width: number; height: number; buffer: ArrayBuffer; at: number }
  /** The worker cannot read the track it was sent (and stopped it): the page sends it frames instead. */
  | { type: 'unreadable' }
  /** The worker cannot convert frames here; the page falls back to its own path. */
  | { type: 'unsupported'; reason: string };
