import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from 'wx-camera/react';
import { createCameraContext } from 'wx-camera'; // also registers <wx-camera>

function CameraPage() {
  const [status, setStatus] = useState('Opening the camera…');
  const [photo, setPhoto] = useState<string>();
  const takePhoto = () =>
    createCameraContext().takePhoto({
      quality: 'high',
      success: (res) => setPhoto(res.tempImagePath),
      fail: (err) => setStatus(err.errMsg),
    });
  return (
    <>
      <wx-camera
        device-position="back"
        frame-size="medium"
        style={{ height: 400 }}
        oninitdone={(event) => setStatus(`Ready, zoom up to ${event.detail.maxZoom}x`)}
        onerror={(event) => setStatus(event.detail.errMsg)}
      />
      <p role="status">{status}</p>
      <button onClick={takePhoto}>Take photo</button>
      {photo && <img src={photo} alt="Last capture" width="320" />}
    </>
  );
}

createRoot(document.getElementById('app')!).render(<CameraPage />);
