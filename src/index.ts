import './wx-camera-define.js';
import { createCameraContext } from './context/camera-context.js';

export { WxCamera, type WxCameraEventDetails, type WxCameraEventMap } from './wx-camera.js';
export { defineWxCamera } from './wx-camera-define.js';
export { createCameraContext };
export { releaseTempFiles } from './context/temp-file-store.js';
export type * from './types.js';

/** The Mini App's `wx` namespace, as far as the camera goes: `wx.createCameraContext()`. */
export const wx = { createCameraContext } as const;
