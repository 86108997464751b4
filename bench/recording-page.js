// The page side of `npm run bench`'s recording part (bench/run-recording-bench.mjs). One camera;
// the runner reads the browser's CPU time from outside while a recording runs:
// - `plain`: one MediaRecorder on the camera's own track and the microphone, at the bitrate
//   wx-camera records at (what one encoder costs);
// - `ours`: wx.createCameraContext().startRecord(), stopped with stopRecord({ compressed }).
// `recordEnd` says how long the stop took and what file it gave.
import { releaseTempFiles } from '../dist/wx-camera.bundle.js';

const camera = document.createElement('wx-camera');
const ready = new Promise((resolve, reject) => {
  camera.addEventListener('initdone', resolve, { once: true });
  camera.addEventListener('error', (event) => reject(new Error(event.detail.errMsg)), { once: true });
});
document.body.append(camera);

let plain = null;

/** The recorded file's playable duration, in seconds. */
function durationOf(url) {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'metadata';
    video.onloadedmetadata = () => resolve(video.duration);
    video.onerror = () => resolve(NaN);
    video.src = url;
  });
}

window.recordingReady = ready.then(() => ({ camera: `${camera.video.videoWidth}x${camera.video.videoHeight}` }));

window.recordBegin = async (kind) => {
  await ready;
  if (kind === 'ours') {
    await wx.createCameraContext().startRecord({ timeout: 300 });
    return true;
  }
  const microphone = await navigator.mediaDevices.getUserMedia({ audio: true }).catch(() => null);
  const [video] = camera.video.srcObject.getVideoTracks();
  const { width, height } = video.getSettings();
  const stream = new MediaStream([video, ...(microphone?.getAudioTracks() ?? [])]);
  // wx-camera's normal bitrate (src/capture/recording-format.ts).
  const recorder = new MediaRecorder(stream, { videoBitsPerSecond: Math.round(width * height * 30 * 0.09) });
  const chunks = [];
  recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
  recorder.start(1000);
  plain = { recorder, chunks, microphone };
  return true;
};

window.recordEnd = async (kind, compressed = false) => {
  const began = performance.now();
  if (kind === 'ours') {
    const res = await wx.createCameraContext().stopRecord({ compressed });
    const stopMs = performance.now() - began;
    const blob = await (await fetch(res.tempVideoPath)).blob();
    const seconds = await durationOf(res.tempVideoPath);
    releaseTempFiles(res.tempVideoPath, res.tempThumbPath);
    return { stopMs, bytes: blob.size, type: blob.type, seconds };
  }
  const { recorder, chunks, microphone } = plain;
  plain = null;
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.stop();
  await stopped;
  microphone?.getTracks().forEach((track) => track.stop());
  const blob = new Blob(chunks, { type: recorder.mimeType });
  return { stopMs: performance.now() - began, bytes: blob.size, type: blob.type, seconds: NaN };
};
