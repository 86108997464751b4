/**
 * Svelte 5 typings for `<wx-camera>` in markup: `import type {} from 'wx-camera/svelte'` once.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { WxCameraAttributes } from '../types.js';
import type { LowercaseEventProps } from './event-props.js';
import type { WxCamera } from '../wx-camera.js';

/** Attributes and event handlers of `<wx-camera>` in Svelte markup. */
export interface WxCameraSvelteAttributes extends Omit<HTMLAttributes<WxCamera>, 'onerror'>, WxCameraAttributes, LowercaseEventProps {}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'wx-camera': WxCameraSvelteAttributes;
  }
}
