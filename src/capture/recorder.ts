import { CameraFailure } from '../shared/camera-failure.js';
import type { CameraSubscriber, LiveCamera } from '../shared/live-camera.js';
import type { RecordedFiles } from '../shared/page-camera.js';
import { Recording, type RecordingOptions } from './recording.js';

/**
 * The element's one recorder: at most one recording at a time, and the one place that knows
 * whether one is starting or running. It ends the recording when asked (`stopRecord`), when the
 * time limit passes, or when the camera closes (page hidden, device switch, element removed, track
 * ended); then everything recorded is delivered.
 */
export class CameraRecorder implements CameraSubscriber {
  private current: Recording | null = null;
  /** A start still waiting for the camera or the microphone. */
  private starting: Promise<void> | null = null;

  opened(): void {}

  closed(): void {
    this.interrupt();
  }

  /**
   * Starts recording the camera `live` resolves with, made as `optionsOf` says; fails when a
   * recording is starting or running. A `stop` called meanwhile stops it once it has started.
   */
  start(live: Promise<LiveCamera>, optionsOf: (live: LiveCamera) => RecordingOptions): Promise<void> {
    if (this.current || this.starting) return Promise.reject(new CameraFailure('is recording'));
    const starting = this.begin(live, optionsOf);
    this.starting = starting;
    const settled = () => {
      if (this.starting === starting) this.starting = null;
    };
    starting.then(settled, settled);
    return starting;
  }

  /** Stops the recording (once a start under way has begun it) and gives its files. */
  async stop(compressed: boolean): Promise<RecordedFiles> {
    await this.starting?.catch(() => undefined);
    const recording = this.current;
    if (!recording) throw new CameraFailure('is not recording');
    this.current = null;
    return recording.finish(compressed);
  }

  /** Ends a running recording that nobody stopped, and hands its files to `onEndedBySelf`. */
  interrupt(): void {
    const recording = this.current;
    if (!recording) return;
    this.current = null;
    recording.finish(false).then(
      (files) => recording.options.onEndedBySelf(files),
      () => undefined, // it never began: its startRecord call failed and said why
    );
  }

  private async begin(live: Promise<LiveCamera>, optionsOf: (live: LiveCamera) => RecordingOptions): Promise<void> {
    const camera = await live;
    const recording = new Recording(camera, optionsOf(camera), () => this.interrupt());
    this.current = recording;
    try {
      await recording.started;
    } catch (error) {
      if (this.current === recording) this.current = null;
      void recording.finish(false).catch(() => undefined);
      throw error;
    }
  }
}
