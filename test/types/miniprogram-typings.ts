// Code written against the official Mini App typings compiles against wx-camera's.
/// <reference types="miniprogram-api-typings" />
import { createCameraContext, type CameraContext, type CameraFrameListener } from 'wx-camera';

const context: WechatMiniprogram.CameraContext = createCameraContext();
const listener: WechatMiniprogram.CameraFrameListener = context.onCameraFrame((frame: WechatMiniprogram.OnCameraFrameCallbackResult) => {
  console.log(frame.width, frame.height, frame.data.byteLength);
});
listener.start({ success: () => undefined });

context.takePhoto({
  quality: 'high',
  success: (res: WechatMiniprogram.TakePhotoSuccessCallbackResult) => console.log(res.tempImagePath),
});
context.setZoom({ zoom: 2, success: (res) => console.log(res.zoom) });
context.startRecord({ timeout: 10, timeoutCallback: (res) => console.log(res.tempVideoPath) });
context.stopRecord({ compressed: true, success: (res) => console.log(res.tempThumbPath) });

// And the other way: the official option objects are accepted by wx-camera's methods.
declare const option: WechatMiniprogram.TakePhotoOption;
declare const ours: CameraContext;
ours.takePhoto(option);
declare const officialListener: CameraFrameListener;
officialListener.stop();
