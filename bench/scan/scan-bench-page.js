// The page side of `npm run bench:scan` (bench/scan/run-scan-bench.mjs drives it). Each corpus
// picture (bench/scan/corpus.js) is drawn into a canvas and shown to <wx-camera mode="scanCode">
// through the camera simulator (wx-camera/testing: `simulator.show({ canvas })`), as a camera would
// show it; the page records the `scancode` events and their time from the picture appearing. Then
// the same camera frame, taken from the preview, goes through zxing-js (@zxing/library's
// MultiFormatReader on the main thread, as html5-qrcode runs it), jsQR (QR pictures only) and,
// where the browser has one, BarcodeDetector, each timed on the main thread.
// The runner measures our main-thread cost per scan from outside (CDP in Chromium, a headroom
// probe elsewhere) around windows this page opens: `benchCostSetup`, `benchCostBegin`, `benchCostEnd`.
import '../../dist/wx-camera.bundle.js';
import { installCameraSimulator } from '../../dist/testing/index.js';
import { corpusPlan, drawPicture, SYMBOLOGIES } from './corpus.js';

const ZXing = window.ZXing;
const jsQR = window.jsQR;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const INSPECTION = Symbol.for('wx-camera.inspection');

let options = null;
let plan = [];
let simulator = null;
let camera = null;
let events = [];
const shownTexts = new Set();
const canvases = [document.createElement('canvas'), document.createElement('canvas')];
let shown = 0;

const Processor = window.MediaStreamTrackProcessor;

/** Mounts a new <wx-camera> (removing the one before); resolves at its initdone. */
async function mount(mode, resolution) {
  // `way: 'frames'`: the scanner without MediaStreamTrackProcessor, as in Firefox and WebKit.
  if (Processor) window.MediaStreamTrackProcessor = options?.way === 'frames' ? undefined : Processor;
  camera?.remove();
  events = [];
  camera = document.createElement('wx-camera');
  camera.setAttribute('mode', mode);
  camera.setAttribute('resolution', resolution);
  camera.addEventListener('scancode', (event) => events.push({ detail: event.detail, at: performance.now() }));
  const ready = new Promise((resolve, reject) => {
    camera.addEventListener('initdone', resolve, { once: true });
    camera.addEventListener('error', (event) => reject(new Error(event.detail.errMsg)), { once: true });
  });
  document.body.append(camera);
  await ready;
  return camera;
}

const stats = () => camera[INSPECTION].scanner.stats;

/** Resolves once `test()` holds, or after `ms`. */
async function until(test, ms) {
  const end = performance.now() + ms;
  while (!test() && performance.now() < end) await pause(20);
}

/**
 * Sets the run up: the corpus plan and a simulated back camera offering 1080p, 720p and 480p, the
 * element mounted at `resolution` in scanCode mode. Returns the plan (without pixels).
 */
window.benchSetup = async (setup) => {
  options = setup;
  const [width, height] = { low: [640, 480], medium: [1280, 720], high: [1920, 1080] }[setup.resolution];
  plan = corpusPlan({ seed: setup.seed, perCell: setup.perCell, width, height, categories: setup.categories });
  simulator?.uninstall();
  simulator = installCameraSimulator({
    devices: [{ label: 'Back Camera', facingMode: 'environment', resolutions: [[1920, 1080], [1280, 720], [640, 480]] }],
    picture: { color: '#777' },
  });
  await mount('scanCode', setup.resolution);
  await until(() => stats().decoder !== '' || stats().unavailable !== '', 20000);
  const detector = 'BarcodeDetector' in window ? await window.BarcodeDetector.getSupportedFormats().catch(() => []) : null;
  return {
    plan: plan.map(({ id, category, symbology, codes }) => ({ id, category, symbology, codes })),
    camera: `${camera.video.videoWidth}x${camera.video.videoHeight}`,
    element: `${camera.clientWidth}x${camera.clientHeight}`,
    decoder: stats().decoder,
    barcodeDetector: detector,
    userAgent: navigator.userAgent,
  };
};

// -------------------------------------------------------------------------------------------------
// The comparison decoders, on the main thread.

/** html5-qrcode's default formats (all it supports), in zxing-js's names. */
const ZXING_JS_FORMATS = ['QR_CODE', 'AZTEC', 'CODABAR', 'CODE_39', 'CODE_93', 'CODE_128', 'DATA_MATRIX', 'MAXICODE', 'ITF', 'EAN_13', 'EAN_8', 'PDF_417', 'RSS_14', 'RSS_EXPANDED', 'UPC_A', 'UPC_E', 'UPC_EAN_EXTENSION'];

/** An EAN-13 with a leading 0 is a UPC-A, as phones and the Mini App report it. */
function asPhonesReport(type, text) {
  if ((type === 'EAN_13' || type === 'UPC_A') && /^0\d{12}$/.test(text)) return { type: 'UPC_A', text: text.slice(1) };
  return { type, text };
}

const frameCanvas = document.createElement('canvas');
const frameContext = frameCanvas.getContext('2d', { willReadFrequently: true });

/** Draws the preview's current frame into `frameCanvas` at the camera's size (what html5-qrcode does per scan). */
function grabFrame() {
  const { video } = camera;
  if (frameCanvas.width !== video.videoWidth || frameCanvas.height !== video.videoHeight) {
    frameCanvas.width = video.videoWidth;
    frameCanvas.height = video.videoHeight;
  }
  frameContext.drawImage(video, 0, 0, frameCanvas.width, frameCanvas.height);
}

/** zxing-js as html5-qrcode runs it: a new MultiFormatReader on the canvas, HybridBinarizer, TRY_HARDER as given. */
function zxingJs(tryHarder) {
  const began = performance.now();
  grabFrame();
  const hints = new Map();
  hints.set(ZXing.DecodeHintType.POSSIBLE_FORMATS, ZXING_JS_FORMATS.map((name) => ZXing.BarcodeFormat[name]));
  hints.set(ZXing.DecodeHintType.TRY_HARDER, tryHarder);
  const reader = new ZXing.MultiFormatReader();
  let found = [];
  try {
    const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(new ZXing.HTMLCanvasElementLuminanceSource(frameCanvas)));
    const result = reader.decode(bitmap, hints);
    found = [asPhonesReport(ZXing.BarcodeFormat[result.getBarcodeFormat()], result.getText())];
  } catch {
    // NotFound, Checksum, Format: nothing read.
  }
  return { found, ms: performance.now() - began };
}

/** jsQR on the frame's RGBA (it tries the inverted picture too, its default). */
function jsQr() {
  const began = performance.now();
  grabFrame();
  const { width, height } = frameCanvas;
  const pixels = frameContext.getImageData(0, 0, width, height);
  const result = jsQR(pixels.data, width, height);
  return { found: result ? [{ type: 'QR_CODE', text: result.data }] : [], ms: performance.now() - began };
}

let detector = null;
async function barcodeDetector() {
  detector ??= new window.BarcodeDetector();
  const began = performance.now();
  grabFrame();
  const results = await detector.detect(frameCanvas).catch(() => []);
  const type = (format) => ({ qr_code: 'QR_CODE', ean_13: 'EAN_13', ean_8: 'EAN_8', upc_a: 'UPC_A', upc_e: 'UPC_E', code_128: 'CODE_128', code_39: 'CODE_39', data_matrix: 'DATA_MATRIX', pdf417: 'PDF_417' })[format] ?? format;
  return { found: results.map((r) => asPhonesReport(type(r.format), r.rawValue)), ms: performance.now() - began };
}

// -------------------------------------------------------------------------------------------------
// One picture.

/** The box a frame rectangle is shown at in the element (object-fit: cover, centred). */
function expectedArea([x, y, w, h]) {
  const { videoWidth, videoHeight } = camera.video;
  const [W, H] = [camera.clientWidth, camera.clientHeight];
  const scale = Math.max(W / videoWidth, H / videoHeight);
  const [ox, oy] = [(W - videoWidth * scale) / 2, (H - videoHeight * scale) / 2];
  return [ox + x * scale, oy + y * scale, w * scale, h * scale];
}

function iou(a, b) {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / (a[2] * a[3] + b[2] * b[3] - w * h);
}

/**
 * Shows picture `index` and waits until every code in it is read or `windowMs` passes; then runs
 * the comparison decoders on the same frame. Returns what each read, with times.
 */
window.benchPicture = async (index) => {
  const spec = plan[index];
  const canvas = canvases[shown++ % 2];
  const drawn = drawPicture(spec, canvas);
  const before = new Set(shownTexts);
  const scansBefore = stats().scans;
  const decodeMs = [];
  let lastScans = scansBefore;
  await simulator.show({ canvas });
  const shownAt = performance.now();
  const fresh = () => events.filter((event) => event.at >= shownAt);
  const wanted = (event) => drawn.some((code) => code.type === event.detail.type && code.text === event.detail.result);
  for (;;) {
    const scans = stats().scans;
    if (scans !== lastScans) {
      lastScans = scans;
      decodeMs.push(stats().lastDecodeMs);
    }
    const read = new Set(fresh().filter(wanted).map((event) => event.detail.result));
    if ((drawn.length > 0 && read.size >= drawn.length) || performance.now() - shownAt > options.windowMs) break;
    await pause(15);
  }
  // Codes read late from the picture before are not counted either way.
  const ours = fresh()
    .filter((event) => !before.has(`${event.detail.type}\n${event.detail.result}`) || wanted(event))
    .map((event) => {
      const code = drawn.find((c) => c.type === event.detail.type && c.text === event.detail.result);
      return {
        type: event.detail.type,
        text: event.detail.result,
        ms: event.at - shownAt,
        scanArea: event.detail.scanArea ?? null,
        areaIou: code && event.detail.scanArea ? iou(event.detail.scanArea, expectedArea(code.box)) : null,
      };
    });
  for (const code of drawn) shownTexts.add(`${code.type}\n${code.text}`);
  const result = {
    id: spec.id,
    category: spec.category,
    symbology: spec.symbology,
    codes: drawn.map(({ type, text, symbology }) => ({ type, text, symbology })),
    ours,
    scans: lastScans - scansBefore,
    decodeMs,
  };
  if (options.compare) {
    result.zxingJs = zxingJs(false);
    if (options.tryHarder) result.zxingJsHarder = zxingJs(true);
    if (drawn.some((code) => code.type === 'QR_CODE') || drawn.length === 0) result.jsQR = jsQr();
    if ('BarcodeDetector' in window) result.barcodeDetector = await barcodeDetector();
  }
  return result;
};

// -------------------------------------------------------------------------------------------------
// Fast first read: the element mounted with a code already in view.

window.benchFirstRead = async (rounds) => {
  const [width, height] = [camera.video.videoWidth, camera.video.videoHeight];
  const qr = SYMBOLOGIES.find((s) => s.id === 'qr-short');
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const spec = { id: `first-${round}`, category: 'clean', symbology: 'qr-short', seed: 777 + round, width, height, codes: [{ symbology: 'qr-short', type: qr.type, text: `FIRST-${options.seed}-${round}` }] };
    camera?.remove();
    camera = null;
    await pause(300);
    const canvas = canvases[shown++ % 2];
    drawPicture(spec, canvas);
    await simulator.show({ canvas });
    const mountedAt = performance.now();
    let initAt = 0;
    const element = document.createElement('wx-camera');
    element.setAttribute('mode', 'scanCode');
    element.setAttribute('resolution', options.resolution);
    const read = new Promise((resolve) => element.addEventListener('scancode', () => resolve(performance.now()), { once: true }));
    element.addEventListener('initdone', () => (initAt = performance.now()), { once: true });
    camera = element;
    events = [];
    document.body.append(element);
    const readAt = await Promise.race([read, pause(10000).then(() => NaN)]);
    times.push({ fromMount: readAt - mountedAt, fromInitdone: readAt - initAt, initdone: initAt - mountedAt });
  }
  return times;
};

// -------------------------------------------------------------------------------------------------
// Main-thread cost windows (the runner reads the browser's clock around them).

const probe = { iterations: 0, running: false, chunks: 0, sink: 0, channel: null };
function chunk(iterations) {
  let x = 1;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) % 1000003;
  return x;
}
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
function probeStart() {
  probe.running = true;
  probe.chunks = 0;
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

let windowState = null;

/**
 * A cost window's scene: `idle` (the element in normal mode) or `scan` (scanCode mode), showing a
 * picture without a code (`code: false`: the scanner runs every pass) or a clean QR code.
 */
window.benchCostSetup = async (kind, withCode) => {
  const [width, height] = [camera?.video?.videoWidth || 1280, camera?.video?.videoHeight || 720];
  const spec = withCode
    ? { id: 'cost-code', category: 'clean', symbology: 'qr-short', seed: 4242, width, height, codes: [{ symbology: 'qr-short', type: 'QR_CODE', text: 'COST-WINDOW' }] }
    : { id: 'cost-none', category: 'no code', symbology: 'none', seed: 4243, width, height, codes: [] };
  const canvas = canvases[shown++ % 2];
  drawPicture(spec, canvas);
  await simulator.show({ canvas });
  await mount(kind === 'idle' ? 'normal' : 'scanCode', options.resolution);
  if (kind !== 'idle') await until(() => stats().scans >= 3, 20000);
  await pause(1000);
};
window.benchCostBegin = async (withProbe) => {
  windowState = { at: performance.now(), scans: stats().scans };
  if (withProbe) probeStart();
};
window.benchCostEnd = async () => {
  const windowMs = performance.now() - windowState.at;
  const chunks = probe.chunks;
  probeStop();
  return { windowMs, scans: stats().scans - windowState.scans, chunks, decoder: stats().decoder };
};
window.benchSpin = async (ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end) probe.sink += chunk(1000);
};

window.benchReady = true;
