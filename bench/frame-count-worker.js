// The page's own worker in `npm run bench`'s `worker` scenario: it takes camera frames through
// wx-camera/worker (listener.start({ worker })) and only counts them; the page asks for the count
// at the end of a window, so nothing crosses to the main thread per frame.
import { onCameraFrame } from '../dist/worker.js';

let delivered = 0;
onCameraFrame(() => delivered++);

self.addEventListener('message', ({ data }) => {
  if (data?.bench === 'reset') delivered = 0;
  if (data?.bench) self.postMessage({ delivered });
});
