import type {} from 'wx-camera/react';
import 'wx-camera';
import { createCameraContext } from 'wx-camera';

export function CameraPage() {
  return (
    <wx-camera
      device-position="back"
      frame-size="medium"
      style={{ height: 400 }}
      oninitdone={(event) => console.log('maxZoom', event.detail.maxZoom)}
      onerror={(event) => console.warn(event.detail.errMsg)}
    >
      <button onClick={() => createCameraContext().takePhoto({ quality: 'high' })}>Take photo</button>
    </wx-camera>
  );
}
