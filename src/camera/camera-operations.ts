import { CameraRecorder } from '../capture/recorder.js';
import { takePhoto } from '../capture/photo.js';
import { PhotoEncoder } from '../capture/photo-encoder.js';
import { FramePipeline } from '../frames/frame-pipeline.js';
import { CodeScanner } from '../scan/code-scanner.js';
import { emit } from '../shared/camera-events.js';
import { CameraFailure } from '../shared/camera-failure.js';
import type { CameraSubscriber, LiveCamera } from '../shared/live-camera.js';
import { startedFrameListeners, type FrameSubscriber, type PageCamera, type Photo, type RecordedFiles, type RecordRequest } from '../shared/page-camera.js';
import type { FlashMode, PhotoQuality } from '../types.js';
import { withFillLight } from './light.js';
import { clampZoom, zoomRangeOf, type ZoomRange } from './zoom.js';

/** The element as the camera's verbs need it. */
export interface OperationsHost extends HTMLElement {
  readonly flash: FlashMode;
  readonly frameSize?: string | null;
  requestUpdate(): void;
}

/**
 * What `createCameraContext()` can do with one element's camera ({@link PageCamera}): photos, zoom,
 * recording and frames, each waiting for the camera to be open. It holds the features (frame
 * pipeline, scanner, recorder), which hear the camera open and close and own their resources, and
 * the zoom of the open camera, which goes back to 1 whenever the camera (re)opens.
 */
export class CameraOperations implements PageCamera, CameraSubscriber {
  /** Frames for `onCameraFrame` listeners, from whichever camera is open. */
  readonly frames: FramePipeline;
  /** `scanCode` mode's decoding. */
  readonly scanner: CodeScanner;
  private readonly recorder = new CameraRecorder();
  private readonly photoEncoder = new PhotoEncoder();
  private zoomRange: ZoomRange | null = null;
  private zoom = 1;

  constructor(
    private readonly host: OperationsHost,
    private readonly whenReady: () => Promise<LiveCamera>,
    /** Whether the camera is open or opening (frames will come). */
    private readonly opening: () => boolean,
    subscribe: (subscriber: CameraSubscriber) => void,
  ) {
    this.frames = new FramePipeline(() => ({ frameSize: host.frameSize ?? 'medium', zoom: this.digitalZoom }));
    this.scanner = new CodeScanner((detail) => emit(host, 'scancode', detail));
    for (const subscriber of [this, this.frames, this.scanner, this.recorder, this.photoEncoder]) subscribe(subscriber);
  }

  opened(live: LiveCamera): void {
    this.zoomRange = zoomRangeOf(live.track);
    this.zoom = 1;
    this.host.requestUpdate();
    // Listeners the page started before this camera opened (in onLoad, or while none was open).
    for (const listener of startedFrameListeners()) this.frames.add(listener);
  }

  closed(): void {
    this.zoomRange = null;
  }

  /** The largest zoom of the open camera (1 before it opens). */
  get maxZoom(): number {
    return this.zoomRange?.max ?? 1;
  }

  /** The zoom applied to the open camera. */
  get appliedZoom(): number {
    return this.zoom;
  }

  /** Whether the open camera zooms in hardware (its own track shows the zoom). */
  get hardwareZoom(): boolean {
    return this.zoomRange?.hardware ?? false;
  }

  /** The zoom done by cropping (preview, photos, frames, recordings); 1 when the camera zooms itself. */
  get digitalZoom(): number {
    return this.hardwareZoom ? 1 : this.zoom;
  }

  async setZoom(requested: number): Promise<number> {
    await this.whenReady();
    const range = this.zoomRange;
    if (!range) throw new CameraFailure('camera is not running');
    const zoom = clampZoom(requested, range.max);
    await range.apply(zoom);
    this.zoom = zoom;
    this.frames.reshape();
    this.host.requestUpdate();
    return zoom;
  }

  async takePhoto(quality: PhotoQuality, selfieMirror: boolean): Promise<Photo> {
    const live = this.usable(await this.whenReady());
    const box = this.host.getBoundingClientRect();
    return withFillLight(live.track, this.host.flash, () =>
      takePhoto({
        video: live.video,
        track: live.track,
        quality,
        mirror: live.devicePosition === 'front' && selfieMirror,
        zoom: this.digitalZoom,
        aspect: box.width / box.height,
      }, this.photoEncoder),
    );
  }

  startRecord(request: RecordRequest): Promise<void> {
    return this.recorder.start(
      this.whenReady().then((live) => this.usable(live)),
      (live) => ({
        timeoutMs: request.timeoutMs,
        mirror: live.devicePosition === 'front' && request.selfieMirror,
        zoom: () => this.digitalZoom,
        hardwareZoom: this.hardwareZoom,
        onEndedBySelf: request.onEndedBySelf,
      }),
    );
  }

  stopRecord(compressed: boolean): Promise<RecordedFiles> {
    return this.recorder.stop(compressed);
  }

  addFrameListener(listener: FrameSubscriber): void {
    if (this.opening()) this.frames.add(listener);
  }

  removeFrameListener(listener: FrameSubscriber): void {
    this.frames.remove(listener);
  }

  /** Photos and recordings are not taken while the camera scans codes (as in the Mini App). */
  private usable(live: LiveCamera): LiveCamera {
    if (live.mode === 'scanCode') throw new CameraFailure('not available in scanCode mode');
    return live;
  }
}
