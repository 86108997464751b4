// The page side of `npm run bench`: runs the package's frame listener, then a plain canvas
// drawImage + getImageData loop (what camera libraries usually do), on the same camera, and
// reports frames delivered against frames the camera presented and main-thread ms per frame.
import { releaseTempFiles } from '../dist/wx-camera.bundle.js';

const camera = document.createElement('wx-camera');
const ready = new Promise((resolve, reject) => {
  camera.addEventListener('initdone', resolve, { once: true });
  camera.addEventListener('error', (event) => reject(new Error(event.detail.errMsg)), { once: true });
});
document.body.append(camera);

const sizes = { small: [352, 288], medium: [640, 480], large: [1280, 720] };
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the frames the preview presents while `work` runs. */
async function presentedDuring(video, work) {
  let first = -1;
  let last = -1;
  let running = true;
  const tick = (_, metadata) => {
    if (!running) return;
    if (first < 0) first = metadata.presentedFrames;
    last = metadata.presentedFrames;
    video.requestVideoFrameCallback(tick);
  };
  video.requestVideoFrameCallback(tick);
  await work();
  running = false;
  return Math.max(0, last - first);
}

async function measurePackage(frameSize, seconds) {
  camera.frameSize = frameSize;
  await camera.updateComplete;
  const stats = camera[Symbol.for('wx-camera.inspection')].frames; // wx-camera/inspect's view
  let delivered = 0;
  const listener = wx.createCameraContext().onCameraFrame(() => delivered++);
  await listener.start();
  await pause(1000); // warm-up: the worker starts, buffers are pooled
  stats.reset();
  delivered = 0;
  const presented = await presentedDuring(camera.video, () => pause(seconds * 1000));
  const count = delivered;
  await listener.stop();
  return { path: stats.path, delivered: count, presented, mainMs: stats.recent() };
}

async function measureCanvasLoop(frameSize, seconds) {
  const video = camera.video;
  const [width, height] = sizes[frameSize];
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const mainMs = [];
  let running = true;
  let warm = false;
  const tick = () => {
    if (!running) return;
    video.requestVideoFrameCallback(tick);
    const began = performance.now();
    const scale = Math.max(width / video.videoWidth, height / video.videoHeight);
    const cropWidth = width / scale;
    const cropHeight = height / scale;
    context.drawImage(video, (video.videoWidth - cropWidth) / 2, (video.videoHeight - cropHeight) / 2, cropWidth, cropHeight, 0, 0, width, height);
    context.getImageData(0, 0, width, height);
    if (warm) mainMs.push(performance.now() - began);
  };
  video.requestVideoFrameCallback(tick);
  await pause(1000);
  warm = true;
  const presented = await presentedDuring(video, () => pause(seconds * 1000));
  running = false;
  return { path: 'canvas loop', delivered: mainMs.length, presented, mainMs };
}

/** Runs one frame size: the package, then the canvas loop. */
window.runBench = async (frameSize, seconds) => {
  await ready;
  const ours = await measurePackage(frameSize, seconds);
  const canvasLoop = await measureCanvasLoop(frameSize, seconds);
  return { frameSize, camera: `${camera.video.videoWidth}x${camera.video.videoHeight}`, ours, canvasLoop };
};
window.benchReady = ready.then(() => true);

/** Photo latency at a capture `resolution`: takePhoto (normal) against canvas.toDataURL of the video. */
window.runPhotoBench = async (resolution, count) => {
  await ready;
  camera.frameSize = undefined;
  camera.resolution = resolution;
  const reopened = new Promise((resolve) => camera.addEventListener('initdone', resolve, { once: true }));
  camera.remove();
  document.body.append(camera);
  await reopened;
  const context = wx.createCameraContext();
  const ours = [];
  let size = '';
  for (let i = 0; i < count; i++) {
    const began = performance.now();
    const res = await context.takePhoto({ quality: 'normal' });
    ours.push(performance.now() - began);
    size = `${res.width}x${res.height}`;
    releaseTempFiles(res.tempImagePath);
  }
  const video = camera.video;
  const canvas = document.createElement('canvas');
  const plain = [];
  for (let i = 0; i < count; i++) {
    const began = performance.now();
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d').drawImage(video, 0, 0);
    canvas.toDataURL('image/jpeg', 0.8);
    plain.push(performance.now() - began);
    await pause(30);
  }
  return { resolution, camera: `${video.videoWidth}x${video.videoHeight}`, photo: size, ours, plain };
};
