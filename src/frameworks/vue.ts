/**
 * Vue 3 typings for `<wx-camera>` in templates: `import type {} from 'wx-camera/vue'` once, and
 * tell Vue it is a custom element (`compilerOptions.isCustomElement: (tag) => tag === 'wx-camera'`).
 */
import type { DefineComponent } from 'vue';
import type { CameraErrorDetail, InitDoneDetail, ScanCodeDetail, WxCameraAttributes } from '../types.js';

/** Props and event handlers of `<wx-camera>` in Vue templates (`@initdone`, `@error`, ...). */
export interface WxCameraVueProps extends WxCameraAttributes {
  onInitdone?: (event: CustomEvent<InitDoneDetail>) => void;
  onError?: (event: CustomEvent<CameraErrorDetail>) => void;
  onStop?: (event: CustomEvent<Record<string, never>>) => void;
  onScancode?: (event: CustomEvent<ScanCodeDetail>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'wx-camera': DefineComponent<WxCameraVueProps>;
  }
}
