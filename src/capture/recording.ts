import { CameraFailure } from '../shared/camera-failure.js';
import { watchFrames } from '../shared/frame-clock.js';
import type { LiveCamera } from '../shared/live-camera.js';
import type { RecordedFiles } from '../shared/page-camera.js';
import { compressVideo } from './compress-video.js';
import { type PictureOptions, recordedPicture } from './recorded-picture.js';
import { recordingType, videoBitrate } from './recording-format.js';

/** The shortest recording: enough for a few frames... */
const MIN_RECORDING_MS = 600;
/** ...and at least this many of them, waiting at most this long for them. */
const FIRST_FRAMES = 6;
const MAX_WAIT_FOR_FRAMES_MS = 2000;

/** How a recording is made. */
export interface RecordingOptions extends PictureOptions {
  /** Longest recording, in milliseconds. */
  timeoutMs: number;
  /** Called with the files when the recording ends by itself. */
  onEndedBySelf: (files: RecordedFiles) => void;
}

/**
 * How long an encoder's last data may come after its `stop` event (Firefox sends it after, and
 * for a short recording all its data is the last), when it gave some before and when it gave none.
 */
const LATE_DATA_MS = 500;
const LATE_FIRST_DATA_MS = 3000;
/** How often an encoder that has given nothing yet is asked for its data before it stops. */
const ASK_FOR_DATA_MS = 200;

/** One MediaRecorder and the chunks it gave. */
interface Encoder {
  recorder: MediaRecorder;
  chunks: Blob[];
  /**
   * Resolves once the recorder has given some data, asking for it every so often, or after
   * `maxMs`: Firefox's encoder can take over a second to give its first frame, and a recording
   * stopped before then is empty.
   */
  firstData: (maxMs: number) => Promise<void>;
  /** Stops the recorder; resolves once its last data is in. */
  stop: () => Promise<void>;
}

/**
 * Records `stream` in chunks every second (a recording cut short still has what was recorded).
 * Its `stop` waits for the last data, which Firefox sometimes sends only after the `stop` event
 * (it holds a short recording's data until the stop, so a 1.5 s one had none when `stop` fired).
 */
function startEncoder(stream: MediaStream, options: MediaRecorderOptions): Encoder {
  const recorder = new MediaRecorder(stream, options);
  const chunks: Blob[] = [];
  let stopAsked = false;
  let lastData = () => {};
  const lastDataIn = new Promise<void>((resolve) => (lastData = resolve));
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size === 0) return;
    chunks.push(event.data);
    if (stopAsked) lastData();
  });
  const stopped = new Promise<void>((resolve) => {
    recorder.addEventListener('stop', () => resolve(), { once: true });
    recorder.addEventListener('error', () => resolve(), { once: true });
  });
  recorder.start(1000);
  const dataEvent = () => new Promise((resolve) => recorder.addEventListener('dataavailable', resolve, { once: true }));
  return {
    recorder,
    chunks,
    firstData: async (maxMs) => {
      const deadline = performance.now() + maxMs;
      while (chunks.length === 0 && recorder.state === 'recording' && performance.now() < deadline) {
        const asked = dataEvent();
        recorder.requestData();
        await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, ASK_FOR_DATA_MS))]);
      }
    },
    stop: async () => {
      stopAsked = true;
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      const wait = chunks.length > 0 ? LATE_DATA_MS : LATE_FIRST_DATA_MS;
      await Promise.race([lastDataIn, new Promise((resolve) => setTimeout(resolve, wait))]);
    },
  };
}

/**
 * One recording: the microphone (when allowed), the picture it records (as the preview shows it,
 * see `recordedPicture`), one encoder on it, and the thumbnail. It releases
 * all of them in `finish`, on every path. A `compressed` recording is re-encoded at a lower
 * bitrate once it has ended (`stopRecord` says which only then).
 */
export class Recording {
  readonly started: Promise<void>;
  private readonly tracks: MediaStreamTrack[] = [];
  private readonly drawing = new AbortController();
  private encoder: Encoder | null = null;
  private thumbnail: Promise<Blob | null> = Promise.resolve(null);
  private began = 0;
  /** The recorded picture's size, for the compressed bitrate. */
  private size = { width: 1280, height: 720 };
  private ended = 0;
  /** Resolves once the camera has shown a few frames since recording began. */
  private firstFrames: Promise<void> = Promise.resolve();
  private finished: Promise<RecordedFiles> | null = null;
  private timer = 0;

  constructor(
    private readonly live: LiveCamera,
    readonly options: RecordingOptions,
    private readonly onTimeout: () => void,
  ) {
    this.started = this.start();
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
    this.size = { width, height };
    this.encoder = startEncoder(stream, { ...(type ? { mimeType: type } : {}), videoBitsPerSecond: videoBitrate(width, height, false) });
    this.began = performance.now();
    this.firstFrames = framesShown(this.live.video, FIRST_FRAMES, this.drawing.signal);
    // The time limit counts from the first recorded frame, not from the call (asking for the
    // microphone may take a while).
    this.timer = window.setTimeout(this.onTimeout, this.options.timeoutMs);
  }

  /** The picture to record (see `recordedPicture`); its first frame is the thumbnail. */
  private pictureTrack(): MediaStreamTrack {
    const picture = recordedPicture(this.live, this.options, this.drawing.signal);
    this.thumbnail = picture.thumbnail;
    this.tracks.push(...picture.tracks);
    return picture.track;
  }

  /** Ends the recording (once) and makes the files. */
  finish(compressed: boolean): Promise<RecordedFiles> {
    this.finished ??= this.end(compressed);
    return this.finished;
  }

  private async end(compressed: boolean): Promise<RecordedFiles> {
    clearTimeout(this.timer);
    try {
      await this.started;
      // Stopped at once, an encoder may not have a single frame yet: keep the file playable, with
      // a few camera frames in it (a busy device may take longer than the minimum to show them).
      const early = this.began + MIN_RECORDING_MS - performance.now();
      if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
      await Promise.race([this.firstFrames, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_FOR_FRAMES_MS))]);
      await this.encoder?.firstData(MAX_WAIT_FOR_FRAMES_MS);
    } finally {
      // What was recorded ends now, however long the encoder then takes to finish the file.
      this.ended = performance.now();
      // Stopping the encoder first, then its sources, keeps the last frames.
      await this.encoder?.stop();
      this.drawing.abort();
      for (const track of this.tracks) track.stop();
    }
    const { encoder } = this;
    if (!encoder?.chunks.length) throw new CameraFailure('nothing was recorded');
    const type = encoder.recorder.mimeType || encoder.chunks[0]!.type;
    let video = new Blob(encoder.chunks, { type });
    // MediaRecorder's WebM has no duration, so players show none until they reach the end.
    if (type.includes('webm')) {
      const { default: fixWebmDuration } = await import('fix-webm-duration'); // only WebM needs it
      video = await fixWebmDuration(video, this.ended - this.began, { logger: false });
    }
    if (compressed) video = await compressVideo(video, videoBitrate(this.size.width, this.size.height, true));
    return { video, thumbnail: await this.thumbnail };
  }
}

/** Resolves once `video` has shown `count` new frames, or when `signal` aborts. */
function framesShown(video: HTMLVideoElement, count: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const watching = new AbortController();
    const done = () => {
      watching.abort();
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    let shown = 0;
    watchFrames(video, () => ++shown >= count && done(), watching.signal);
  });
}
