/**
 * React 19 typings for `<wx-camera>` in JSX: `import type {} from 'wx-camera/react'` once.
 * React 19 passes attributes through and listens to `on<event>` props as DOM events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CameraErrorDetail, InitDoneDetail, ScanCodeDetail, WxCameraAttributes } from '../types.js';
import type { WxCamera } from '../wx-camera.js';

/** Props of `<wx-camera>` in React 19 JSX. */
export interface WxCameraReactProps extends DetailedHTMLProps<HTMLAttributes<WxCamera>, WxCamera>, WxCameraAttributes {
  oninitdone?: (event: CustomEvent<InitDoneDetail>) => void;
  onerror?: (event: CustomEvent<CameraErrorDetail>) => void;
  onstop?: (event: CustomEvent<Record<string, never>>) => void;
  onscancode?: (event: CustomEvent<ScanCodeDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'wx-camera': WxCameraReactProps;
    }
  }
}
