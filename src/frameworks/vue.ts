/**
 * Vue 3 typings for `<wx-camera>` in templates: `import type {} from 'wx-camera/vue'` once, and
 * tell Vue it is a custom element (`compilerOptions.isCustomElement: (tag) => tag === 'wx-camera'`).
 */
import type { DefineComponent } from 'vue';
import type { WxCameraAttributes } from '../types.js';
import type { CapitalizedEventProps } from './event-props.js';

/** Props and event handlers of `<wx-camera>` in Vue templates (`@initdone`, `@error`, ...). */
export interface WxCameraVueProps extends WxCameraAttributes, CapitalizedEventProps {}

declare module 'vue' {
  interface GlobalComponents {
    'wx-camera': DefineComponent<WxCameraVueProps>;
  }
}
