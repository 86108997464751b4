import { createCameraContext } from 'wx-camera'; // also registers <wx-camera>

const camera = document.querySelector('wx-camera');
camera.addEventListener('initdone', ({ detail }) => console.log('maxZoom', detail.maxZoom));
camera.addEventListener('error', ({ detail }) => console.warn(detail.errMsg));
const { tempImagePath } = await createCameraContext().takePhoto({ quality: 'high' });
document.querySelector('img').src = tempImagePath;
