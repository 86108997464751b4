import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CameraFailure } from '../context/callback-convention.js';
import { claimPageCamera, releasePageCamera, type RegisteredCamera } from '../context/camera-registry.js';
import type { CameraErrorDetail, CameraMode, DevicePosition, FlashMode, InitDoneDetail, PhotoQuality, Resolution, ScanCodeDetail } from '../types.js';
import { FramePipeline } from '../frames/frame-pipeline.js';
import { CodeScanner } from '../scan/code-scanner.js';
import { cameraFailure } from './camera-errors.js';
import { CameraStream } from './camera-stream.js';
import { takePhoto, type Photo } from '../capture/photo.js';
import { CameraRecorder, type RecordingOptions } from '../capture/recorder.js';
import { applyFlash, withFillLight } from './light.js';
import type { LiveCamera } from './live-camera.js';
import { clearPreview, showPreview } from './preview.js';
import { clampZoom, zoomRangeOf, type ZoomRange } from './zoom.js';

/** What the camera's lifecycle is doing. */
export const CameraStatus = {
  /** Not connected, or not yet started. */
  idle: 'idle',
  /** Connected but refused: another `<wx-camera>` is the page's camera. */
  inert: 'inert',
  opening: 'opening',
  ready: 'ready',
  /** Could not be opened; `failure` says why. */
  failed: 'failed',
  /** Ended without being asked (page hidden, track ended). */
  stopped: 'stopped',
} as const;
export type CameraStatus = (typeof CameraStatus)[keyof typeof CameraStatus];

/** The element as the controller needs it. */
export interface CameraControllerHost extends ReactiveControllerHost, HTMLElement {
  readonly devicePosition: DevicePosition;
  readonly resolution: Resolution;
  readonly flash: FlashMode;
  readonly frameSize?: string | null;
  readonly mode: CameraMode;
  /** The preview video, once rendered. */
  readonly video: HTMLVideoElement | null;
}

interface Waiter {
  resolve(camera: LiveCamera): void;
  reject(failure: CameraFailure): void;
}

/**
 * The camera's lifecycle for one element: claims the page's one camera slot, opens the stream
 * (one {@link CameraStream}), shows it, reopens it on a device switch or when the page is shown
 * again, and releases everything on removal, page hide or track end. Every open has its own
 * AbortController, so a superseded open (fast switching, removal while opening) is dropped.
 */
export class CameraController implements ReactiveController, RegisteredCamera {
  status: CameraStatus = CameraStatus.idle;
  /** Why the camera failed or stopped. */
  failure: CameraFailure | null = null;
  /** The open camera while `status` is `ready`. */
  live: LiveCamera | null = null;
  /** Frames for `onCameraFrame` listeners, from whichever camera is open. */
  readonly frames: FramePipeline;
  /** `scanCode` mode's decoding, while a camera opened in that mode is open. */
  readonly scanner: CodeScanner;
  /** The zoom applied to the open camera; back to 1 whenever the camera (re)opens. */
  zoom = 1;
  /** How the open camera zooms. */
  zoomRange: ZoomRange | null = null;
  /** The recording, if one runs. */
  readonly recorder = new CameraRecorder();

  private readonly stream = new CameraStream();
  private attempt: AbortController | null = null;
  private connection: AbortController | null = null;
  private waiters: Waiter[] = [];
  private stoppedByPage = false;

  constructor(private readonly host: CameraControllerHost) {
    host.addController(this);
    this.frames = new FramePipeline(() => (host.frameSize ? { frameSize: host.frameSize, zoom: this.digitalZoom } : null));
    this.scanner = new CodeScanner((detail) => host.dispatchEvent(new CustomEvent<ScanCodeDetail>('scancode', { detail })));
  }

  hostConnected(): void {
    this.connection = new AbortController();
    const { signal } = this.connection;
    document.addEventListener('visibilitychange', () => this.onVisibilityChange(), { signal });
    if (claimPageCamera(this)) {
      this.open();
    } else {
      this.status = CameraStatus.inert;
      this.failure = new CameraFailure('can insert only one camera');
      // After the current task, so listeners added right after insertion hear it.
      const failure = this.failure;
      queueMicrotask(() => this.dispatchError(failure));
    }
  }

  hostDisconnected(): void {
    this.connection?.abort();
    this.connection = null;
    this.close(new CameraFailure('camera was removed from the page'));
    this.status = CameraStatus.idle;
    releasePageCamera(this);
  }

  /** The page's camera left and this one, waiting, takes over. */
  activate(): void {
    if (this.host.isConnected && this.status === CameraStatus.inert) this.open();
  }

  /** Reopens the camera with the host's current settings (device switch), if it is in use. */
  reopen(): void {
    if (this.status === CameraStatus.opening || this.status === CameraStatus.ready) this.open();
  }

  /** Applies `flash` to the open camera. */
  updateFlash(): void {
    if (this.live) void applyFlash(this.live.track, this.host.flash);
  }

  /** The side asked for; unknown values count as `back`. */
  private get position(): DevicePosition {
    return this.host.devicePosition === 'front' ? 'front' : 'back';
  }

  /** The zoom done by cropping (preview, photos, frames, recordings); 1 when the camera zooms itself. */
  get digitalZoom(): number {
    return this.zoomRange?.hardware ? 1 : this.zoom;
  }

  /** Applies a zoom to the open camera; resolves with the zoom applied (rounded, clamped). */
  async setZoom(requested: number): Promise<number> {
    const range = this.zoomRange;
    if (!this.live || !range) throw this.failure ?? new CameraFailure('camera is not running');
    const zoom = clampZoom(requested, range.max);
    await range.apply(zoom);
    this.zoom = zoom;
    this.frames.reshape();
    this.host.requestUpdate();
    return zoom;
  }

  /** Takes a photo of the open camera as the preview shows it. */
  async takePhoto(quality: PhotoQuality, selfieMirror: boolean): Promise<Photo> {
    const live = this.live;
    if (!live) throw this.failure ?? new CameraFailure('camera is not running');
    if (this.host.mode === 'scanCode') throw new CameraFailure('not available in scanCode mode');
    const box = this.host.getBoundingClientRect();
    return withFillLight(live.track, this.host.flash, () =>
      takePhoto({
        video: live.video,
        track: live.track,
        quality,
        mirror: live.devicePosition === 'front' && selfieMirror,
        zoom: this.digitalZoom,
        aspect: box.width / box.height,
      }),
    );
  }

  /** Starts recording the open camera as the preview shows it. */
  async startRecord(timeoutMs: number, selfieMirror: boolean, onEndedBySelf: RecordingOptions['onEndedBySelf']): Promise<void> {
    const live = this.live;
    if (!live || !this.zoomRange) throw this.failure ?? new CameraFailure('camera is not running');
    if (this.host.mode === 'scanCode') throw new CameraFailure('not available in scanCode mode');
    await this.recorder.start(live, {
      timeoutMs,
      mirror: live.devicePosition === 'front' && selfieMirror,
      zoom: () => this.digitalZoom,
      hardwareZoom: this.zoomRange.hardware,
      onEndedBySelf,
    });
  }

  whenReady(): Promise<LiveCamera> {
    switch (this.status) {
      case CameraStatus.ready:
        return Promise.resolve(this.live!);
      case CameraStatus.opening:
        return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
      default:
        return Promise.reject(this.failure ?? new CameraFailure('camera is not running'));
    }
  }

  private async open(): Promise<void> {
    this.attempt?.abort();
    const attempt = new AbortController();
    this.attempt = attempt;
    const { signal } = attempt;
    this.status = CameraStatus.opening;
    this.failure = null;
    this.recorder.interrupt();
    this.live = null;
    this.zoomRange = null;
    this.frames.detach(false);
    this.scanner.detach();
    try {
      const stream = await this.stream.open(
        { devicePosition: this.position, resolution: this.host.resolution },
        signal,
      );
      if (!stream || signal.aborted) return;
      await this.host.updateComplete;
      const video = this.host.video;
      if (!video) throw new CameraFailure('preview is not rendered');
      const [track] = stream.getVideoTracks();
      if (!track) throw new CameraFailure('no camera device');
      await showPreview(video, stream, signal);
      track.addEventListener('ended', () => this.onTrackEnded(track), { signal });
      await applyFlash(track, this.host.flash);
      if (signal.aborted) return;
      const live: LiveCamera = { stream, track, video, devicePosition: this.position };
      this.live = live;
      this.zoomRange = zoomRangeOf(track);
      this.zoom = 1;
      this.host.requestUpdate();
      this.status = CameraStatus.ready;
      this.frames.attach(live);
      if (this.host.mode === 'scanCode') this.scanner.attach(live);
      this.settleWaiters((waiter) => waiter.resolve(live));
      this.host.dispatchEvent(new CustomEvent<InitDoneDetail>('initdone', { detail: { maxZoom: this.zoomRange.max } }));
    } catch (error) {
      if (signal.aborted) return;
      const failure = cameraFailure(error);
      this.close(failure);
      this.status = CameraStatus.failed;
      this.dispatchError(failure);
    }
  }

  /**
   * Releases the camera for good: aborts an open in progress, stops the frame listeners and the
   * stream, fails waiting calls.
   */
  private close(failure: CameraFailure): void {
    this.attempt?.abort();
    this.attempt = null;
    this.recorder.interrupt();
    this.frames.detach(true);
    this.scanner.detach();
    this.stream.stop();
    clearPreview(this.host.video);
    this.live = null;
    this.zoomRange = null;
    this.failure = failure;
    this.settleWaiters((waiter) => waiter.reject(failure));
  }

  private stop(failure: CameraFailure): void {
    this.close(failure);
    this.status = CameraStatus.stopped;
    this.host.dispatchEvent(new CustomEvent('stop', { detail: {} }));
  }

  private onTrackEnded(track: MediaStreamTrack): void {
    if (this.live?.track === track) this.stop(new CameraFailure('camera stopped: the camera track ended'));
  }

  private onVisibilityChange(): void {
    if (document.visibilityState === 'hidden') {
      if (this.status !== CameraStatus.opening && this.status !== CameraStatus.ready) return;
      this.stoppedByPage = true;
      this.stop(new CameraFailure('camera stopped: the page is hidden'));
    } else if (this.stoppedByPage) {
      this.stoppedByPage = false;
      if (this.status === CameraStatus.stopped) this.open();
    }
  }

  private settleWaiters(settle: (waiter: Waiter) => void): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(settle);
  }

  private dispatchError(failure: CameraFailure): void {
    this.host.dispatchEvent(
      new CustomEvent<CameraErrorDetail>('error', { detail: { errMsg: `insertCamera:fail ${failure.reason}` } }),
    );
  }
}
