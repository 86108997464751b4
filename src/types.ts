/**
 * Public option and result types of `<wx-camera>` and `createCameraContext()`, named after the
 * Mini App's own (`WechatMiniprogram.*`) so ported code reads the same.
 */

/** Which camera the element shows: `back` (environment) or `front` (user, mirrored preview). */
export type DevicePosition = 'back' | 'front';
/** Light mode: `torch` keeps the light on; `on`/`auto` use fill light for photos where supported. */
export type FlashMode = 'auto' | 'on' | 'off' | 'torch';
/** Preset size of frames delivered to `onCameraFrame`. */
export type FrameSize = 'small' | 'medium' | 'large';
/** Preview capture size: about 480p, 720p or 1080p. */
export type Resolution = 'low' | 'medium' | 'high';
/** `scanCode` decodes QR codes and barcodes from the preview. */
export type CameraMode = 'normal' | 'scanCode';

/** Every result and failure carries an `errMsg`: `'<method>:ok'` or `'<method>:fail <reason>'`. */
export interface GeneralCallbackResult {
  errMsg: string;
}

/** The Mini App callback trio. When none of them is given, the method returns a Promise instead. */
export interface CallbackOptions<Result extends GeneralCallbackResult = GeneralCallbackResult> {
  /** Called with the result when the call succeeds. */
  success?: (res: Result) => void;
  /** Called with `{ errMsg }` when the call fails. */
  fail?: (res: GeneralCallbackResult) => void;
  /** Called after `success` or `fail`, with the same argument. */
  complete?: (res: Result | GeneralCallbackResult) => void;
}

/**
 * What a method returns: nothing when a callback was given (the Mini App style), otherwise a
 * Promise of the success result that rejects with `{ errMsg }`.
 */
export type PromisifySuccessResult<Option, Result> = Option extends { success: unknown }
  ? void
  : Option extends { fail: unknown }
    ? void
    : Option extends { complete: unknown }
      ? void
      : Promise<Result>;

/** `detail` of the `initdone` event. */
export interface InitDoneDetail {
  /** The largest zoom `setZoom` accepts; 1 where no zoom is possible. */
  maxZoom: number;
}

/** `detail` of the `error` event. */
export interface CameraErrorDetail {
  /** e.g. `insertCamera:fail auth deny`. */
  errMsg: string;
}

/** `detail` of the `scancode` event. */
export interface ScanCodeDetail {
  /** Code type as the Mini App names it: `QR_CODE`, `EAN_13`, `CODE_128`, ... */
  type: string;
  /** The decoded text. */
  result: string;
  /** Base64 of the raw bytes where known, otherwise an empty string. */
  rawData: string;
  /** Character set of `result`, e.g. `utf-8`. */
  charSet: string;
  /**
   * Where the code is in the element: `[x, y, width, height]` in the element's CSS pixels, from its
   * top-left corner inside the border (where its children are laid out), as the preview shows the
   * code (cropped by `object-fit: cover`, mirrored for the front camera, zoomed), clipped to the
   * element. A page can draw a box over the code with it. Newer WeChat clients give it; wx-camera
   * always does, except where the decoder gives no position or the element has no layout box.
   */
  scanArea?: [number, number, number, number];
}

/** One camera frame passed to the `onCameraFrame` callback. */
export interface OnCameraFrameCallbackResult {
  /** Frame width in pixels. */
  width: number;
  /** Frame height in pixels. */
  height: number;
  /**
   * `width * height * 4` bytes of RGBA, rows top to bottom, unmirrored. It stays usable after the
   * callback returns (keep it, read it later), but, as on phones, the same buffer is reused: a
   * later frame of the same size overwrites its bytes (never while a callback that received it
   * runs). Keep a copy with `data.slice(0)` to keep a frame unchanged.
   */
  data: ArrayBuffer;
  /** Capture time in ms on the page's `performance.now()` clock; increases frame to frame. */
  timestamp: number;
}

/** Receives each new camera frame. */
export type OnCameraFrameCallback = (frame: OnCameraFrameCallbackResult) => void;

/** Options of `CameraFrameListener.start`. */
export interface CameraFrameListenerStartOption extends CallbackOptions {
  /**
   * A `Worker` of the page: frames go into it and never through the main thread; in the worker,
   * `onCameraFrame` and `getCameraFrameData` from `wx-camera/worker` receive them. (Typed by what
   * it is used for, so the Mini App's own option type is accepted too; anything but a `Worker`
   * fails with a clear errMsg.)
   */
  worker?: Pick<Worker, 'postMessage'>;
}
/** Options of `CameraFrameListener.stop`. */
export type CameraFrameListenerStopOption = CallbackOptions;

/** Returned by `onCameraFrame`: starts and stops frame delivery. */
export interface CameraFrameListener {
  /**
   * Starts calling the callback once per new camera frame. Succeeds without a camera: frames come
   * from the next `<wx-camera>` to open.
   */
  start<T extends CameraFrameListenerStartOption = CameraFrameListenerStartOption>(
    option?: T,
  ): PromisifySuccessResult<T, GeneralCallbackResult>;
  /** Stops frame delivery; succeeds on a stopped listener too. */
  stop<T extends CameraFrameListenerStopOption = CameraFrameListenerStopOption>(
    option?: T,
  ): PromisifySuccessResult<T, GeneralCallbackResult>;
}

/** Photo quality: JPEG quality steps, or `original` for the full uncropped camera image. */
export type PhotoQuality = 'high' | 'normal' | 'low' | 'original';

/** Result of `takePhoto`. */
export interface TakePhotoSuccessCallbackResult extends GeneralCallbackResult {
  /** A `blob:` URL of the JPEG photo; see `releaseTempFiles`. */
  tempImagePath: string;
  /** Photo width in pixels. */
  width: number;
  /** Photo height in pixels. */
  height: number;
  /** Capture metadata (the Mini App's `captureMetadata`); browsers expose none, so it is empty. */
  metadata: Record<string, unknown>;
}

/** Options of `takePhoto`. */
export interface TakePhotoOption extends CallbackOptions<TakePhotoSuccessCallbackResult> {
  /** `normal` by default. */
  quality?: PhotoQuality;
  /** Mirror front-camera photos as the preview shows them; `true` by default. */
  selfieMirror?: boolean;
  /** Accepted for Mini App code; browsers expose no capture metadata (`metadata` is empty). */
  captureMetadata?: boolean;
}

/** Result of `setZoom`. */
export interface SetZoomSuccessCallbackResult extends GeneralCallbackResult {
  /** The zoom actually applied. */
  zoom: number;
}

/** Options of `setZoom`. */
export interface CameraContextSetZoomOption extends CallbackOptions<SetZoomSuccessCallbackResult> {
  /** Zoom level in `[1, maxZoom]`, one decimal place. */
  zoom: number;
}

/** Passed to `timeoutCallback` when a recording ends without `stopRecord`. */
export interface StartRecordTimeoutCallbackResult {
  /** A `blob:` URL of a JPEG of the first recorded frame. */
  tempThumbPath: string;
  /** A `blob:` URL of the recorded video. */
  tempVideoPath: string;
}

/** Options of `startRecord`. */
export interface CameraContextStartRecordOption extends CallbackOptions {
  /** Longest recording in seconds: 30 by default, at most 300. */
  timeout?: number;
  /** Mirror front-camera recordings as the preview shows them; `true` by default. */
  selfieMirror?: boolean;
  /** Called with the files when the recording ends by itself (timeout, page hidden, camera lost). */
  timeoutCallback?: (res: StartRecordTimeoutCallbackResult) => void;
}

/** Result of `stopRecord`. */
export interface StopRecordSuccessCallbackResult extends GeneralCallbackResult, StartRecordTimeoutCallbackResult {}

/** Options of `stopRecord`. */
export interface CameraContextStopRecordOption extends CallbackOptions<StopRecordSuccessCallbackResult> {
  /** Record at a lower bitrate for a smaller file. */
  compressed?: boolean;
}

/** Drives the page's one `<wx-camera>`; returned by `createCameraContext()`. */
export interface CameraContext {
  /** Gets the live camera frames; see {@link CameraFrameListener}. */
  onCameraFrame(callback: OnCameraFrameCallback): CameraFrameListener;
  /** Takes a photo of what the preview shows. */
  takePhoto<T extends TakePhotoOption = TakePhotoOption>(
    option?: T,
  ): PromisifySuccessResult<T, TakePhotoSuccessCallbackResult>;
  /** Sets the zoom level. */
  setZoom<T extends CameraContextSetZoomOption = CameraContextSetZoomOption>(
    option: T,
  ): PromisifySuccessResult<T, SetZoomSuccessCallbackResult>;
  /** Starts recording video. */
  startRecord<T extends CameraContextStartRecordOption = CameraContextStartRecordOption>(
    option?: T,
  ): PromisifySuccessResult<T, GeneralCallbackResult>;
  /** Stops recording and gives the files. */
  stopRecord<T extends CameraContextStopRecordOption = CameraContextStopRecordOption>(
    option?: T,
  ): PromisifySuccessResult<T, StopRecordSuccessCallbackResult>;
}

/** The element's attributes as templates write them (frameworks' typings build on this). */
export interface WxCameraAttributes {
  'device-position'?: DevicePosition;
  flash?: FlashMode;
  'frame-size'?: FrameSize;
  resolution?: Resolution;
  mode?: CameraMode;
}
