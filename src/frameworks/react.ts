/**
 * React 19 typings for `<wx-camera>` in JSX: `import type {} from 'wx-camera/react'` once.
 * React 19 passes attributes through and listens to `on<event>` props as DOM events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WxCameraAttributes } from '../types.js';
import type { LowercaseEventProps } from './event-props.js';
import type { WxCamera } from '../wx-camera.js';

/** Props of `<wx-camera>` in React 19 JSX. */
export interface WxCameraReactProps extends DetailedHTMLProps<HTMLAttributes<WxCamera>, WxCamera>, WxCameraAttributes, LowercaseEventProps {}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'wx-camera': WxCameraReactProps;
    }
  }
}
