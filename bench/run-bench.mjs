// `npm run bench`: frame delivery of wx-camera against a plain canvas drawImage + getImageData
// loop, in the same browser and run, per frame size and camera frame rate. Prints frames delivered
// vs frames the camera presented, main-thread ms per frame (median, p95), and the ratios.
// Then photo latency per capture resolution: takePhoto against a plain canvas.toDataURL capture.
// Options: --seconds N (per measurement, default 5), --photos N (per resolution, default 10),
// --engines chromium,firefox,webkit.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { browsers, chromiumArgs, firefoxPrefs, hasDisplay } from '../scripts/browsers.mjs';
import { servePages } from './page-server.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const seconds = Number(option('seconds', '5'));
const photos = Number(option('photos', '10'));
const engines = option('engines', 'chromium,firefox,webkit').split(',');
const sizes = ['small', 'medium', 'large'];

if (engines.includes('webkit') && !hasDisplay() && !process.env.WX_BENCH_XVFB) {
  // WebKitGTK needs a display: run the whole benchmark under a virtual one.
  const { status } = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, WX_BENCH_XVFB: '1' },
  });
  process.exit(status ?? 1);
}

const { server, base } = await servePages();
const pageUrl = `${base}/bench/bench.html`;

const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (value) => (Number.isFinite(value) ? value.toFixed(3) : '-');
const ratio = (canvas, ours) => (ours > 0 ? `${(canvas / ours).toFixed(1)}x` : `>${(canvas / 0.005).toFixed(0)}x (ours below timer resolution)`);
const rows = [];
const photoRows = [];

function report(engine, fps, result) {
  const { ours, canvasLoop } = result;
  const oursMedian = quantile(ours.mainMs, 0.5);
  const canvasMedian = quantile(canvasLoop.mainMs, 0.5);
  const share = (m) => `${m.delivered}/${m.presented} (${((100 * m.delivered) / Math.max(1, m.presented)).toFixed(1)}%)`;
  rows.push([
    engine,
    fps,
    result.frameSize,
    result.camera,
    ours.path,
    share(ours),
    ms(oursMedian),
    ms(quantile(ours.mainMs, 0.95)),
    share(canvasLoop),
    ms(canvasMedian),
    ms(quantile(canvasLoop.mainMs, 0.95)),
    ratio(canvasMedian, oursMedian),
  ]);
  console.log(`[bench] ${engine} ${fps} fps ${result.frameSize}: ours ${share(ours)} ${ms(oursMedian)} ms; canvas loop ${share(canvasLoop)} ${ms(canvasMedian)} ms`);
}

async function runSizes(engine, fps, evaluate, evaluatePhotos) {
  for (const size of sizes) report(engine, fps, await evaluate(size));
  if (!evaluatePhotos) return;
  for (const resolution of ['low', 'medium', 'high']) {
    const result = await evaluatePhotos(resolution);
    const [ours, plain] = [quantile(result.ours, 0.5), quantile(result.plain, 0.5)];
    photoRows.push([engine, resolution, result.camera, result.photo, ms(ours), ms(plain), `${(ours / plain).toFixed(2)}x`]);
    console.log(`[bench] ${engine} photo ${resolution}: takePhoto ${ms(ours)} ms, canvas.toDataURL ${ms(plain)} ms`);
  }
}

async function withPuppeteer(engine, fps, launchOptions) {
  const browser = await puppeteer.launch({ headless: true, ...launchOptions });
  try {
    const page = await browser.newPage();
    await page.goto(pageUrl);
    await page.evaluate(() => window.benchReady);
    await runSizes(
      engine,
      fps,
      (size) => page.evaluate((s, n) => window.runBench(s, n), size, seconds),
      fps === 60 ? undefined : (resolution) => page.evaluate((r, n) => window.runPhotoBench(r, n), resolution, photos),
    );
  } finally {
    await browser.close();
  }
}

async function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A minimal W3C WebDriver client: enough to open a page and run scripts in it. */
async function webdriverSession(port, capabilities) {
  const call = async (method, path, body) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: capabilities } });
  const base = `/session/${sessionId}`;
  return {
    setScriptTimeout: (ms) => call('POST', `${base}/timeouts`, { script: ms }),
    open: (url) => call('POST', `${base}/url`, { url }),
    /** Runs `body` (an async function's source taking `args`) and resolves with its result. */
    run: (body, args) =>
      call('POST', `${base}/execute/async`, {
        script: `const done = arguments[arguments.length - 1]; (${body})(...Array.from(arguments).slice(0, -1)).then(done);`,
        args,
      }),
    close: () => call('DELETE', base),
  };
}

async function waitForPort(port) {
  for (let tries = 0; tries < 100; tries++) {
    const listening = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
    });
    if (listening) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

async function withWebKit() {
  const port = await freePort();
  const driver = spawn(browsers.webkitDriver, [`--port=${port}`], { detached: true, stdio: 'ignore' });
  try {
    await waitForPort(port);
    const session = await webdriverSession(port, {
      'webkitgtk:browserOptions': {
        binary: browsers.webkitBrowser,
        args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true', '--media-playback-requires-user-gesture=false'],
      },
    });
    try {
      await session.setScriptTimeout((seconds * 2 + 30) * 1000);
      await session.open(pageUrl);
      await session.run('() => window.benchReady', []);
      await runSizes(
        'webkit',
        'mock',
        (size) => session.run('(s, n) => window.runBench(s, n)', [size, seconds]),
        (resolution) => session.run('(r, n) => window.runPhotoBench(r, n)', [resolution, photos]),
      );
    } finally {
      await session.close();
    }
  } finally {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

try {
  if (engines.includes('chromium')) {
    for (const fps of [30, 60]) {
      await withPuppeteer('chromium', fps, {
        browser: 'chrome',
        executablePath: browsers.chromium,
        args: [...chromiumArgs, '--use-fake-ui-for-media-stream', `--use-fake-device-for-media-stream=fps=${fps}`],
      });
    }
  }
  if (engines.includes('firefox')) {
    await withPuppeteer('firefox', 'fake', { browser: 'firefox', executablePath: browsers.firefox, extraPrefsFirefox: firefoxPrefs });
  }
  if (engines.includes('webkit')) await withWebKit();
} finally {
  server.close();
}

const header = ['engine', 'fps', 'frame-size', 'camera', 'our path', 'ours delivered/presented', 'ours main ms median', 'p95', 'canvas delivered/presented', 'canvas main ms median', 'p95', 'canvas/ours (median)'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nFrame delivery, ${seconds} s per measurement (main-thread ms: the package's own work per frame, listeners excluded)\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));

const photoHeader = ['engine', 'resolution', 'camera', 'photo', 'takePhoto ms median', 'canvas.toDataURL ms median', 'takePhoto/toDataURL'];
const photoWidths = photoHeader.map((title, i) => Math.max(title.length, ...photoRows.map((row) => String(row[i]).length)));
const photoLine = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(photoWidths[i])).join(' | ')} |`;
console.log(`\nPhoto latency, ${photos} photos per resolution (quality normal; the plain capture encodes the whole frame at 0.8)\n`);
console.log(photoLine(photoHeader));
console.log(photoLine(photoWidths.map((w) => '-'.repeat(w))));
for (const row of photoRows) console.log(photoLine(row));
