import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../shared/camera-events.js';
import { CameraFailure } from '../shared/camera-failure.js';
import type { CameraSubscriber, LiveCamera } from '../shared/live-camera.js';
import { claimPageCamera, releasePageCamera } from '../shared/page-camera.js';
import type { CameraMode, DevicePosition, FlashMode, Resolution } from '../types.js';
import { cameraFailure } from './camera-errors.js';
import { CameraOperations } from './camera-operations.js';
import { CameraStream } from './camera-stream.js';
import { CameraStatus } from './camera-status.js';
import { applyFlash } from './light.js';
import { clearPreview, showPreview } from './preview.js';

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
 * again, releases it on removal, page hide or track end, and dispatches `initdone`, `error` and
 * `stop`. Each open and close is announced to the features ({@link CameraSubscriber}), which own
 * their resources. Every open has its own AbortController, so a superseded open (fast switching,
 * removal while opening) is dropped.
 */
export class CameraController implements ReactiveController {
  /** What the lifecycle is doing. */
  status: CameraStatus = CameraStatus.idle;
  /** Why the camera failed or stopped. */
  failure: CameraFailure | null = null;
  /** The open camera while `status` is `ready`. */
  live: LiveCamera | null = null;
  /** The verbs `createCameraContext()` calls, and the features behind them. */
  readonly operations: CameraOperations;

  private readonly stream = new CameraStream();
  private readonly subscribers: CameraSubscriber[] = [];
  private attempt: AbortController | null = null;
  private connection: AbortController | null = null;
  private waiters: Waiter[] = [];
  private stoppedByPage = false;

  constructor(private readonly host: CameraControllerHost) {
    host.addController(this);
    this.operations = new CameraOperations(
      host,
      () => this.whenReady(),
      () => this.status === CameraStatus.opening || this.status === CameraStatus.ready,
      (subscriber) => this.subscribers.push(subscriber),
    );
  }

  hostConnected(): void {
    this.connection = new AbortController();
    const { signal } = this.connection;
    document.addEventListener('visibilitychange', () => this.onVisibilityChange(), { signal });
    if (claimPageCamera(this.operations, () => this.activate())) {
      void this.open();
    } else {
      this.status = CameraStatus.inert;
      const failure = (this.failure = new CameraFailure('can insert only one camera'));
      // After the current task, so listeners added right after insertion hear it.
      queueMicrotask(() => this.dispatchError(failure));
    }
  }

  hostDisconnected(): void {
    this.connection?.abort();
    this.connection = null;
    this.close(new CameraFailure('camera was removed from the page'));
    this.status = CameraStatus.idle;
    releasePageCamera(this.operations);
  }

  /** Reopens the camera with the host's current settings (device switch), if it is in use. */
  reopen(): void {
    if (this.status === CameraStatus.opening || this.status === CameraStatus.ready) void this.open();
  }

  /** Applies `flash` to the open camera. */
  updateFlash(): void {
    if (this.live) void applyFlash(this.live.track, this.host.flash);
  }

  /** The host's `frame-size` changed: frames from now on have the new size. */
  reshapeFrames(): void {
    this.operations.frames.reshape();
  }

  /** The zoom the preview shows by scaling (digital zoom); 1 when the camera zooms itself. */
  get previewZoom(): number {
    return this.operations.digitalZoom;
  }

  /** Resolves with the open camera; waits while it opens; rejects when it cannot be used. */
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

  /** The page's camera left and this one, waiting, takes over. */
  private activate(): void {
    if (this.host.isConnected && this.status === CameraStatus.inert) void this.open();
  }

  /** The side asked for; unknown values count as `back`. */
  private get position(): DevicePosition {
    return this.host.devicePosition === 'front' ? 'front' : 'back';
  }

  private async open(): Promise<void> {
    this.attempt?.abort();
    const attempt = new AbortController();
    this.attempt = attempt;
    const { signal } = attempt;
    this.status = CameraStatus.opening;
    this.failure = null;
    this.announceClosed(false);
    try {
      const stream = await this.stream.open({ devicePosition: this.position, resolution: this.host.resolution }, signal);
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
      const mode = this.host.mode === 'scanCode' ? 'scanCode' : 'normal';
      const live: LiveCamera = { stream, track, video, devicePosition: this.position, mode };
      this.live = live;
      this.status = CameraStatus.ready;
      for (const subscriber of this.subscribers) subscriber.opened(live);
      this.settleWaiters((waiter) => waiter.resolve(live));
      emit(this.host, 'initdone', { maxZoom: this.operations.maxZoom });
    } catch (error) {
      if (signal.aborted) return;
      const failure = cameraFailure(error);
      this.close(failure);
      this.status = CameraStatus.failed;
      this.dispatchError(failure);
    }
  }

  /** Releases the camera for good: aborts an open in progress, tells the features, stops the stream, fails waiting calls. */
  private close(failure: CameraFailure): void {
    this.attempt?.abort();
    this.attempt = null;
    this.announceClosed(true);
    this.stream.stop();
    clearPreview(this.host.video);
    this.failure = failure;
    this.settleWaiters((waiter) => waiter.reject(failure));
  }

  private announceClosed(final: boolean): void {
    this.live = null;
    for (const subscriber of this.subscribers) subscriber.closed(final);
  }

  private stop(failure: CameraFailure): void {
    this.close(failure);
    this.status = CameraStatus.stopped;
    emit(this.host, 'stop', {});
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
      if (this.status === CameraStatus.stopped) void this.open();
    }
  }

  private settleWaiters(settle: (waiter: Waiter) => void): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(settle);
  }

  private dispatchError(failure: CameraFailure): void {
    emit(this.host, 'error', { errMsg: `insertCamera:fail ${failure.reason}` });
  }
}
