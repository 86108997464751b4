import { html, LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { CameraController } from './camera/camera-controller.js';
import { exposeInspection } from './camera/camera-inspection.js';
import type { WxCameraEventMap } from './shared/camera-events.js';
import type { CameraMode, DevicePosition, FlashMode, FrameSize, Resolution } from './types.js';
import { styles } from './wx-camera.styles.js';

export type { WxCameraEventDetails, WxCameraEventMap } from './shared/camera-events.js';

/**
 * The Mini App `<camera>` component: a live camera preview that fills its box. One per page;
 * drive it with `createCameraContext()`.
 *
 * @tag wx-camera
 * @fires initdone - The camera is open and its first frame is shown. `detail: { maxZoom }`.
 * @fires error - The camera cannot be used. `detail: { errMsg }`, e.g. `insertCamera:fail auth deny`.
 * @fires stop - The camera ended without being asked: page hidden, device unplugged, track ended.
 * @fires scancode - A code was decoded in `scanCode` mode. `detail: { type, result, rawData, charSet, scanArea }`.
 * @slot - Content laid over the preview (buttons, a viewfinder).
 * @csspart video - The preview `<video>`.
 * @csspart overlay - The box over the preview that holds the slotted content; lay it out with
 *   `display: flex` or `grid`.
 * @cssprop [--wx-camera-background=#000] - Shown where no video is (before the camera opens).
 */
export class WxCamera extends LitElement {
  static override styles = styles;

  /** Which camera to show; switching reopens the camera on the other side. Front is mirrored. */
  @property({ attribute: 'device-position', reflect: true })
  devicePosition: DevicePosition = 'back';

  /** Light: `torch` keeps it on where the device has one; `on`/`auto` apply to photos. */
  @property({ reflect: true })
  flash: FlashMode = 'auto';

  /** Size of frames for `onCameraFrame`; unknown values count as `medium`. */
  @property({ attribute: 'frame-size', reflect: true })
  frameSize: FrameSize = 'medium';

  /** Preview capture size, about 480p / 720p / 1080p; taken when the camera opens. */
  @property({ reflect: true })
  resolution: Resolution = 'medium';

  /** `scanCode` decodes QR codes and barcodes; taken when the camera opens. */
  @property({ reflect: true })
  mode: CameraMode = 'normal';

  /**
   * The preview video, for the camera's controller; pages style it with `::part(video)`.
   * @internal
   */
  @query('video')
  readonly video!: HTMLVideoElement | null;

  /** The camera's lifecycle and the features on it (tests read it through `wx-camera/inspect`). @internal */
  #camera = new CameraController(this);

  constructor() {
    super();
    exposeInspection(this, this.#camera);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('devicePosition') && changed.get('devicePosition') !== undefined) this.#camera.reopen();
    if (changed.has('flash') && changed.get('flash') !== undefined) this.#camera.updateFlash();
    if (changed.has('frameSize')) this.#camera.reshapeFrames();
    // Digital zoom scales the preview about its centre (the box clips it); the front camera's
    // preview is mirrored like a selfie view. Set through the CSSOM: strict pages refuse style
    // attributes.
    const zoom = this.#camera.previewZoom;
    const mirror = this.devicePosition === 'front';
    if (this.video) this.video.style.transform = zoom === 1 && !mirror ? '' : `scale(${mirror ? -zoom : zoom}, ${zoom})`;
  }

  protected override render() {
    return html`<video part="video" .muted=${true} playsinline autoplay></video><slot part="overlay"></slot>`;
  }
}

export interface WxCamera {
  addEventListener<K extends keyof WxCameraEventMap>(
    type: K,
    listener: (this: WxCamera, event: WxCameraEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof WxCameraEventMap>(
    type: K,
    listener: (this: WxCamera, event: WxCameraEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
