import type { CameraErrorDetail, InitDoneDetail, ScanCodeDetail } from '../types.js';

/** `detail` of each event `<wx-camera>` dispatches. */
export interface WxCameraEventDetails {
  initdone: InitDoneDetail;
  error: CameraErrorDetail;
  stop: Record<string, never>;
  scancode: ScanCodeDetail;
}

/**
 * Events of `<wx-camera>`, for typed `addEventListener`: exactly what the element dispatches, a
 * `CustomEvent` whose `detail` is as {@link WxCameraEventDetails} says.
 */
export type WxCameraEventMap = Omit<HTMLElementEventMap, keyof WxCameraEventDetails> & {
  [K in keyof WxCameraEventDetails]: CustomEvent<WxCameraEventDetails[K]>;
};

/**
 * Dispatches one of the element's events: the one place they are made. Like `<video>`'s own
 * events they do not bubble and are not composed (an `error` reaching `window` would land in every
 * page-wide error handler).
 */
export function emit<K extends keyof WxCameraEventDetails>(target: EventTarget, type: K, detail: WxCameraEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail }));
}
