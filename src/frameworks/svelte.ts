/**
 * Svelte 5 typings for `<wx-camera>` in markup: `import type {} from 'wx-camera/svelte'` once.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CameraErrorDetail, InitDoneDetail, ScanCodeDetail, WxCameraAttributes } from '../types.js';
import type { WxCamera } from '../wx-camera.js';

/** Attributes and event handlers of `<wx-camera>` in Svelte markup. */
export interface WxCameraSvelteAttributes extends Omit<HTMLAttributes<WxCamera>, 'onerror'>, WxCameraAttributes {
  oninitdone?: (event: CustomEvent<InitDoneDetail>) => void;
  onerror?: (event: CustomEvent<CameraErrorDetail>) => void;
  onstop?: (event: CustomEvent<Record<string, never>>) => void;
  onscancode?: (event: CustomEvent<ScanCodeDetail>) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'wx-camera': WxCameraSvelteAttributes;
  }
}
