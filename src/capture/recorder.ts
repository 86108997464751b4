import type { LiveCamera } from '../camera/live-camera.js';
import { CameraFailure } from '../context/callback-convention.js';
import { watchFrames } from '../frames/frame-clock.js';
import { coverRect } from '../frames/frame-geometry.js';
import type { StartRecordTimeoutCallbackResult } from '../types.js';
import { drawPicture, jpegOf, pictureCanvas } from './draw-picture.js';
import { recordingType, videoBitrate } from './recording-format.js';
import { storeTempFile } from './temp-file-store.js';

/** The shortest recording: enough for a few frames. */
const MIN_RECORDING_MS = 300;

/** How a recording is made. */
export interface RecordingOptions {
  /** Longest recording, in milliseconds. */
  timeoutMs: number;
  /** Flip horizontally (front camera, as the preview shows it). */
  mirror: boolean;
  /** The digital zoom now (read every frame, so zooming while recording shows). */
  zoom: () => number;
  /** The camera zooms in hardware: its own track shows the zoom. */
  hardwareZoom: boolean;
  /** Called with the files when the recording ends by itself. */
  onEndedBySelf: (files: StartRecordTimeoutCallbackResult) => void;
}

/** One MediaRecorder and the chunks it gave. */
interface Encoder {
  recorder: MediaRecorder;
  chunks: Blob[];
  stopped: Promise<void>;
}

/**
 * One recording: the microphone (when allowed), the picture it records (the camera track itself,
 * or a canvas drawing it zoomed and mirrored), two encoders on it (normal and `compressed`
 * bitrate, since `stopRecord` picks one only at the end), and the thumbnail. It releases all of
 * them in `finish`, on every path.
 */
class Recording {
  readonly started: Promise<void>;
  private readonly tracks: MediaStreamTrack[] = [];
  private readonly drawing = new AbortController();
  private encoders: Encoder[] = [];
  private thumbnail: Promise<Blob | null> = Promise.resolve(null);
  private began = 0;
  private finished: Promise<StartRecordTimeoutCallbackResult & { compressed: boolean }> | null = null;
  private timer = 0;

  constructor(
    private readonly live: LiveCamera,
    readonly options: RecordingOptions,
    onTimeout: () => void,
  ) {
    this.started = this.start();
    this.timer = window.setTimeout(onTimeout, options.timeoutMs);
  }

  private async start(): Promise<void> {
    if (typeof MediaRecorder === 'undefined') throw new CameraFailure('recording is not supported by this browser');
    const microphone = await navigator.mediaDevices
      .getUserMedia({ audio: true, video: false })
      .catch(() => null); // no microphone, or not allowed: record video only
    if (this.finished) {
      // The camera closed (switch, page hidden, removal) before recording began.
      microphone?.getTracks().forEach((track) => track.stop());
      throw new CameraFailure('camera closed before recording began');
    }
    const audio = microphone?.getAudioTracks() ?? [];
    this.tracks.push(...audio);
    const video = this.pictureTrack();
    const stream = new MediaStream([video, ...audio]);
    const { width = 1280, height = 720 } = video.getSettings();
    const type = recordingType(audio.length > 0);
    this.encoders = [false, true].map((compressed) => {
      const recorder = new MediaRecorder(stream, {
        ...(type ? { mimeType: type } : {}),
        videoBitsPerSecond: videoBitrate(width, height, compressed),
      });
      const chunks: Blob[] = [];
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      const stopped = new Promise<void>((resolve) => {
        recorder.addEventListener('stop', () => resolve(), { once: true });
        recorder.addEventListener('error', () => resolve(), { once: true });
      });
      // Chunks every second: a recording cut short still has what was recorded.
      recorder.start(1000);
      return { recorder, chunks, stopped };
    });
    this.began = performance.now();
  }

  /**
   * The picture to record, as the preview shows it: the camera track itself where it already
   * does (hardware zoom, not mirrored), otherwise a canvas copy drawn every frame, so that a
   * digital zoom set while recording shows too. Its first frame is the thumbnail.
   */
  private pictureTrack(): MediaStreamTrack {
    const { video, track } = this.live;
    const { videoWidth: width, videoHeight: height } = video;
    const context = pictureCanvas(width, height);
    const draw = () => drawPicture(context, video, coverRect(width, height, width, height, this.options.zoom()), this.options.mirror);
    draw();
    this.thumbnail = jpegOf(context, 0.8);
    const picture = this.options.mirror || !this.options.hardwareZoom ? canvasTrack(context.canvas, draw, video, this.drawing.signal) : track.clone();
    this.tracks.push(picture);
    return picture;
  }

  /** Ends the recording (once) and makes the files. */
  finish(compressed: boolean): Promise<StartRecordTimeoutCallbackResult & { compressed: boolean }> {
    this.finished ??= this.end(compressed);
    return this.finished;
  }

  private async end(compressed: boolean): Promise<StartRecordTimeoutCallbackResult & { compressed: boolean }> {
    clearTimeout(this.timer);
    try {
      await this.started;
      // Stopped at once, an encoder may not have a single frame yet: keep the file playable.
      const early = this.began + MIN_RECORDING_MS - performance.now();
      if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    } finally {
      // Stopping the encoders first, then their sources, keeps the last frames.
      for (const { recorder } of this.encoders) if (recorder.state !== 'inactive') recorder.stop();
      await Promise.all(this.encoders.map((encoder) => encoder.stopped));
      this.drawing.abort();
      for (const track of this.tracks) track.stop();
    }
    const chosen = this.encoders[compressed ? 1 : 0];
    if (!chosen || chosen.chunks.length === 0) throw new CameraFailure('nothing was recorded');
    const type = chosen.recorder.mimeType || chosen.chunks[0]!.type;
    let video = new Blob(chosen.chunks, { type });
    // MediaRecorder's WebM has no duration, so players show none until they reach the end.
    if (type.includes('webm')) {
      const { default: fixWebmDuration } = await import('fix-webm-duration'); // only WebM needs it
      video = await fixWebmDuration(video, performance.now() - this.began, { logger: false });
    }
    const thumbnail = await this.thumbnail;
    return {
      tempVideoPath: storeTempFile(video),
      tempThumbPath: thumbnail ? storeTempFile(thumbnail) : '',
      compressed,
    };
  }
}

function canvasTrack(canvas: HTMLCanvasElement, draw: () => void, video: HTMLVideoElement, signal: AbortSignal): MediaStreamTrack {
  const [track] = canvas.captureStream?.().getVideoTracks() ?? [];
  if (!track) throw new CameraFailure('recording is not supported by this browser');
  // A capture stream gets a frame per drawing: draw now, so even a recording whose camera stops
  // at once has a picture.
  draw();
  watchFrames(video, draw, signal);
  return track;
}

/**
 * The element's one recorder: at most one recording at a time. It ends the recording when asked
 * (`stopRecord`), when the time limit passes, or when the camera goes away (`interrupt`: page
 * hidden, device switch, element removed, track ended); then everything recorded is delivered.
 */
export class CameraRecorder {
  private current: Recording | null = null;

  /** Whether a recording is running. */
  get recording(): boolean {
    return this.current !== null;
  }

  /** Starts recording the open camera; fails when a recording is running. */
  async start(live: LiveCamera, options: RecordingOptions): Promise<void> {
    if (this.current) throw new CameraFailure('is recording');
    const recording = new Recording(live, options, () => this.interrupt());
    this.current = recording;
    try {
      await recording.started;
    } catch (error) {
      if (this.current === recording) this.current = null;
      void recording.finish(false).catch(() => undefined);
      throw error;
    }
  }

  /** Stops the recording and gives its files. */
  async stop(compressed: boolean): Promise<StartRecordTimeoutCallbackResult> {
    const recording = this.current;
    if (!recording) throw new CameraFailure('is not recording');
    this.current = null;
    const { tempThumbPath, tempVideoPath } = await recording.finish(compressed);
    return { tempThumbPath, tempVideoPath };
  }

  /** Ends a running recording that nobody stopped, and hands its files to `timeoutCallback`. */
  interrupt(): void {
    const recording = this.current;
    if (!recording) return;
    this.current = null;
    recording.finish(false).then(
      ({ tempThumbPath, tempVideoPath }) => recording.options.onEndedBySelf({ tempThumbPath, tempVideoPath }),
      () => undefined, // it never began: its startRecord call failed and said why
    );
  }
}
