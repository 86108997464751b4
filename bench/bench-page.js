// The page side of `npm run bench`. The runner (bench/run-bench.mjs) measures main-thread cost from
// outside the package: it sets up one scenario at a time on the same camera, opens a measuring
// window (`benchBegin`), reads the browser's own clock around it (Chromium: CDP TaskDuration) and
// closes it (`benchEnd`). Scenarios:
// - `idle`: the camera on, nothing reading frames (the baseline every other window is measured against);
// - `ours`: wx.createCameraContext().onCameraFrame with a callback that only counts;
// - `worker`: the same listener started with `{ worker }`: frames go to a worker of the page
//   (bench/frame-count-worker.js, through wx-camera/worker) that counts them;
// - `canvas`: a plain canvas drawImage + getImageData loop at the same size (what peers do);
// - `floor`: a worker posting a transferred frame-sized ArrayBuffer per camera frame to the page,
//   which posts it straight back (the least an off-main-thread pipeline can cost the main thread).
// Where the browser's clock cannot be read (Firefox, WebKit), a headroom probe runs in every
// window: a fixed chunk of arithmetic per MessageChannel message, back to back, counted.
import { releaseTempFiles } from '../dist/wx-camera.bundle.js';

const camera = document.createElement('wx-camera');
const ready = new Promise((resolve, reject) => {
  camera.addEventListener('initdone', resolve, { once: true });
  camera.addEventListener('error', (event) => reject(new Error(event.detail.errMsg)), { once: true });
});
document.body.append(camera);

const sizes = { small: [352, 288], medium: [640, 480], large: [1280, 720] };
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const inspection = () => camera[Symbol.for('wx-camera.inspection')];

// --- Frames the camera presented: one requestVideoFrameCallback loop on the preview, always on
// (so its own small cost is in every window, the idle one included, and cancels out).
let watchedVideo = null;
let presentedFrames = 0;
function watchPresented() {
  const video = camera.video;
  if (!video || video === watchedVideo) return;
  watchedVideo = video;
  presentedFrames = 0;
  let base = -1;
  const tick = (_, metadata) => {
    if (watchedVideo !== video) return;
    if (base < 0) base = metadata.presentedFrames - 1;
    presentedFrames = metadata.presentedFrames - base;
    video.requestVideoFrameCallback(tick);
  };
  video.requestVideoFrameCallback(tick);
}

// --- The headroom probe: a fixed chunk of arithmetic per message, messages back to back.
const probe = { iterations: 0, running: false, chunks: 0, sink: 0, channel: null };
function chunk(iterations) {
  let x = 1;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) % 1000003;
  return x;
}
function probeStart() {
  if (probe.running) return;
  probe.running = true;
  const channel = (probe.channel = new MessageChannel());
  channel.port1.onmessage = () => {
    if (!probe.running) return;
    probe.sink += chunk(probe.iterations);
    probe.chunks++;
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
}
function probeStop() {
  probe.running = false;
  probe.channel?.port1.close();
  probe.channel = null;
}
/** Fixes the chunk's size once per run: about `targetMs` of arithmetic on an idle page. */
window.probeCalibrate = async (targetMs) => {
  let iterations = 1000;
  for (let round = 0; round < 40; round++) {
    const began = performance.now();
    for (let i = 0; i < 20; i++) probe.sink += chunk(iterations);
    const perChunk = (performance.now() - began) / 20;
    if (perChunk > targetMs / 4) {
      iterations = Math.round((iterations * targetMs) / perChunk);
      if (Math.abs(perChunk - targetMs) < targetMs * 0.1) break;
    } else iterations *= 4;
    await pause(0);
  }
  probe.iterations = iterations;
  return { iterations };
};

// --- Scenarios.
let scenario = null;

async function startIdle() {
  return { kind: 'idle', delivered: () => 0, stop: () => undefined };
}

async function startOurs() {
  const stats = inspection().frames;
  let delivered = 0;
  const listener = wx.createCameraContext().onCameraFrame(() => delivered++);
  await listener.start();
  return {
    kind: 'ours',
    delivered: () => delivered,
    reset: () => {
      delivered = 0;
      stats.reset();
    },
    detail: () => ({ path: stats.path, handlerMs: stats.recent() }),
    stop: () => listener.stop(),
  };
}

async function startInWorker() {
  const worker = new Worker(new URL('./frame-count-worker.js', import.meta.url), { type: 'module', name: 'bench frames in worker' });
  const ask = (question) =>
    new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data.delivered);
      worker.postMessage({ bench: question });
    });
  const listener = wx.createCameraContext().onCameraFrame(() => {});
  await listener.start({ worker });
  return {
    kind: 'worker',
    delivered: () => ask('count'),
    reset: () => ask('reset'),
    stop: () => {
      listener.stop();
      worker.terminate();
    },
  };
}

async function startCanvas(frameSize) {
  const video = camera.video;
  const [width, height] = sizes[frameSize];
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let delivered = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    video.requestVideoFrameCallback(tick);
    const scale = Math.max(width / video.videoWidth, height / video.videoHeight);
    const cropWidth = width / scale;
    const cropHeight = height / scale;
    context.drawImage(video, (video.videoWidth - cropWidth) / 2, (video.videoHeight - cropHeight) / 2, cropWidth, cropHeight, 0, 0, width, height);
    context.getImageData(0, 0, width, height);
    delivered++;
  };
  video.requestVideoFrameCallback(tick);
  return {
    kind: 'canvas',
    delivered: () => delivered,
    reset: () => (delivered = 0),
    stop: () => (running = false),
  };
}

async function startFloor(frameSize, fps) {
  const [width, height] = sizes[frameSize];
  const worker = new Worker(new URL('./floor-worker.js', import.meta.url), { name: 'bench floor' });
  let delivered = 0;
  let skipped = 0;
  worker.onmessage = (event) => {
    const buffer = event.data;
    if (buffer instanceof ArrayBuffer) {
      delivered++;
      worker.postMessage(buffer, [buffer]);
    } else if (buffer.type === 'stopped') skipped = buffer.skipped;
  };
  worker.postMessage({ type: 'start', bytes: width * height * 4, fps });
  return {
    kind: 'floor',
    delivered: () => delivered,
    reset: () => (delivered = 0),
    detail: () => ({ fps, skipped }),
    stop: async () => {
      worker.postMessage({ type: 'stop' });
      await pause(50);
      worker.terminate();
    },
  };
}

const warmUpMs = { idle: 300, ours: 800, worker: 800, canvas: 300, floor: 300 };

/**
 * Sets up scenario `kind` at `frameSize` (stopping the previous one) and lets it warm up.
 * `options`: `{ fps }` (the floor's rate), `{ probe: true }` to run the headroom probe.
 */
window.benchSetup = async (kind, frameSize, options = {}) => {
  await ready;
  await window.benchTeardown();
  watchPresented();
  camera.frameSize = frameSize;
  await camera.updateComplete;
  const start = { idle: startIdle, ours: startOurs, worker: startInWorker, canvas: startCanvas, floor: startFloor }[kind];
  scenario = await start(frameSize, options.fps);
  if (options.probe) probeStart();
  await pause(warmUpMs[kind]);
  return { camera: `${camera.video.videoWidth}x${camera.video.videoHeight}` };
};

let windowStart = null;
/** Opens a measuring window: counters from zero. */
window.benchBegin = async () => {
  await scenario?.reset?.();
  probe.chunks = 0;
  windowStart = { at: performance.now(), presented: presentedFrames };
  return true;
};

/** Closes the window: frames delivered and presented, probe chunks, the window's length. */
window.benchEnd = async () => {
  const windowMs = performance.now() - windowStart.at;
  const presented = presentedFrames - windowStart.presented;
  const probeChunks = probe.running ? probe.chunks : null;
  return {
    kind: scenario?.kind,
    windowMs,
    delivered: (await scenario?.delivered()) ?? 0,
    presented,
    probeChunks,
    ...(scenario?.detail?.() ?? {}),
  };
};

window.benchTeardown = async () => {
  probeStop();
  const current = scenario;
  scenario = null;
  await current?.stop();
  return true;
};

window.benchReady = ready.then(() => true);

/** Keeps the main thread busy for `ms` (lets the runner find which OS thread runs this page). */
window.benchRest = (ms) => pause(ms).then(() => true);
window.benchSpin = (ms) => {
  const until = performance.now() + ms;
  let x = 0;
  while (performance.now() < until) x += chunk(1000);
  probe.sink += x;
  return true;
};

// --- Photos.

/** Reopens the camera at a capture `resolution` and lets it settle. */
window.photoSetup = async (resolution) => {
  await ready;
  await window.benchTeardown();
  camera.frameSize = undefined;
  camera.resolution = resolution;
  const reopened = new Promise((resolve) => camera.addEventListener('initdone', resolve, { once: true }));
  camera.remove();
  document.body.append(camera);
  await reopened;
  watchPresented();
  await pause(500);
  return { camera: `${camera.video.videoWidth}x${camera.video.videoHeight}` };
};

/**
 * Takes `count` photos one after another: `ours` with takePhoto (quality normal), `plain` with a
 * canvas.toDataURL of the whole preview frame (JPEG 0.8). Resolves with each one's latency.
 */
window.photoRun = async (kind, count) => {
  const latencies = [];
  let photo = '';
  if (kind === 'ours') {
    const context = wx.createCameraContext();
    for (let i = 0; i < count; i++) {
      const began = performance.now();
      const res = await context.takePhoto({ quality: 'normal' });
      latencies.push(performance.now() - began);
      photo = `${res.width}x${res.height}`;
      releaseTempFiles(res.tempImagePath);
    }
  } else {
    const video = camera.video;
    const canvas = document.createElement('canvas');
    for (let i = 0; i < count; i++) {
      const began = performance.now();
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d').drawImage(video, 0, 0);
      canvas.toDataURL('image/jpeg', 0.8);
      latencies.push(performance.now() - began);
      photo = `${canvas.width}x${canvas.height}`;
      await pause(30);
    }
  }
  return { latencies, photo };
};
