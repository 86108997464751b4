import { openCamera, stopTracks, type CameraRequest } from './open-camera.js';

/**
 * The one owner of the camera's `MediaStream`. Opens are serialized: a new open waits until the
 * previous `getUserMedia` has settled, so two cameras are never open at once, and a stream that
 * arrives after its open was aborted is stopped at once instead of being shown.
 */
export class CameraStream {
  /** The open stream, or null. */
  stream: MediaStream | null = null;
  private settling: Promise<void> = Promise.resolve();

  /** Replaces the current stream with a new one; resolves null when `signal` aborted meanwhile. */
  async open(request: CameraRequest, signal: AbortSignal): Promise<MediaStream | null> {
    this.stop();
    const previous = this.settling;
    let settled!: () => void;
    this.settling = new Promise<void>((resolve) => (settled = resolve));
    try {
      await previous;
      if (signal.aborted) return null;
      const stream = await openCamera(request, signal);
      if (!stream || signal.aborted) {
        if (stream) stopTracks(stream);
        return null;
      }
      this.stream = stream;
      return stream;
    } finally {
      settled();
    }
  }

  /** Stops the current stream's tracks (the camera light goes off). */
  stop(): void {
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
  }
}
