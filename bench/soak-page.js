// The page side of `npm run soak`: large frames with listener, frame-size and device churn, and
// counts of what is alive (camera tracks, workers) and how much memory the page holds.

// Watch what the package opens, before it loads.
const tracks = [];
const realGetUserMedia = MediaDevices.prototype.getUserMedia;
MediaDevices.prototype.getUserMedia = async function (constraints) {
  const stream = await realGetUserMedia.call(this, constraints);
  tracks.push(...stream.getTracks());
  return stream;
};
const realClone = MediaStreamTrack.prototype.clone;
MediaStreamTrack.prototype.clone = function () {
  const copy = realClone.call(this);
  tracks.push(copy);
  return copy;
};
const workers = new Set();
const RealWorker = Worker;
globalThis.Worker = class extends RealWorker {
  constructor(...args) {
    super(...args);
    workers.add(this);
  }
  terminate() {
    workers.delete(this);
    super.terminate();
  }
};

await import('../dist/wx-camera.bundle.js');
const camera = document.createElement('wx-camera');
camera.frameSize = 'large';
document.body.append(camera);
const ready = () => new Promise((resolve) => camera.addEventListener('initdone', resolve, { once: true }));
await ready();

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let delivered = 0;
let listener = null;
const startFrames = async () => {
  listener = wx.createCameraContext().onCameraFrame(({ data }) => {
    delivered += data.byteLength > 0 ? 1 : 0;
  });
  await listener.start().catch(() => (listener = null));
};

/** What is alive now, and the page's memory (measured after the browser's own GC). */
window.soakSample = async () => ({
  bytes: (await performance.measureUserAgentSpecificMemory()).bytes,
  liveTracks: tracks.filter((track) => track.readyState === 'live').length,
  workers: workers.size,
  delivered,
});

/** Runs frames at large size with churn for `seconds`. */
window.soakRun = async (seconds) => {
  const end = performance.now() + seconds * 1000;
  const sizes = ['large', 'medium', 'large', 'small'];
  for (let tick = 0; performance.now() < end; tick++) {
    if (!listener) await startFrames();
    if (tick % 3 === 2) {
      await listener?.stop().catch(() => undefined);
      listener = null;
    }
    if (tick % 5 === 4) camera.frameSize = sizes[tick % sizes.length];
    if (tick % 7 === 6) {
      const reopened = ready();
      camera.devicePosition = camera.devicePosition === 'front' ? 'back' : 'front';
      await reopened;
    }
    await pause(1000);
  }
  await listener?.stop().catch(() => undefined);
  listener = null;
  camera.frameSize = 'large';
  await startFrames();
};
window.soakReady = true;
