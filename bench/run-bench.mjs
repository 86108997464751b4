// `npm run bench`: the main-thread cost of wx-camera's frame listener, measured from OUTSIDE the
// package, against the floor (a worker posting a transferred frame-sized buffer per frame to the
// page, which posts it straight back) and a plain canvas drawImage + getImageData loop, in the
// same browser and run, per frame size and camera frame rate. Then photo latency per capture
// resolution (takePhoto against a plain canvas.toDataURL), with main-thread cost per photo.
//
// How the main thread's cost is read (the browser's clocks, never the package's own timing):
// - Chromium: CDP Performance.getMetrics before and after each window; TaskDuration is the
//   renderer main thread's busy time. Cost per frame = (TaskDuration over the window - the idle
//   windows' busy rate x the window's length) / frames delivered. Two CDP sessions read it in both
//   time domains: threadTicks (the thread's CPU time in tasks: other processes taking the cores do
//   not count; the main column) and timeTicks (wall time in tasks; a detail column).
// - Firefox, WebKit (no such metric over their drivers): a headroom probe, a fixed chunk of
//   arithmetic per MessageChannel message run back to back on the main thread, counted in every
//   window. Cost per frame = (1 - probe rate / idle probe rate) x window ms / frames delivered.
// - Everywhere on Linux, a detail: the CPU time the kernel charged to the page's main thread
//   (/proc/<pid>/task/<tid>/schedstat), per window; with the probe running it normalises the
//   probe's rate by the thread's CPU time instead of wall time, which other processes cannot skew.
// Our handler's own time (FrameStats) is printed only as a detail column.
//
// Options: --seconds N (per window, default 2), --rounds N (ours/floor/canvas/idle rounds per
// frame size, default 1), --photos N (per resolution and method, default 4; --no-photos),
// --engines chromium,firefox,webkit, --fps 30,60 (Chromium's fake camera), --sizes small,medium,large,
// --resolutions low,medium,high, --method clock|headroom (default: clock in Chromium, headroom
// elsewhere), --time-domain threadTicks|timeTicks (Chromium's main column), --probe-ms N (probe
// chunk, default 1).
// --no-recording leaves out the recording part (bench/run-recording-bench.mjs), run last.
// --quick: 1 s windows, medium frames, 30 fps, 2 low-resolution photos (any option above overrides).
// Quick checks: node bench/run-bench.mjs --quick --engines chromium
//               node bench/run-bench.mjs --seconds 3 --engines chromium
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from './launch-browser.mjs';
import { browsers, chromiumArgs, firefoxPrefs, hasDisplay, miniBrowserArgs } from '../scripts/browsers.mjs';
import { servePages } from './page-server.mjs';
import { findPageThread, threadCpuAvailable, threadCpuMs } from './thread-cpu.mjs';
import { table } from './markdown-table.mjs';

// --quick: a check that the bench works, in about a minute per engine (numbers too noisy to quote).
const quick = process.argv.includes('--quick');
const quickDefaults = { seconds: '1', sizes: 'medium', fps: '30', photos: '2', resolutions: 'low' };
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  if (index > 0) return process.argv[index + 1];
  return quick && name in quickDefaults ? quickDefaults[name] : fallback;
};
const list = (value) => value.split(',').map((item) => item.trim()).filter(Boolean);
const seconds = Number(option('seconds', '2'));
const rounds = Math.max(1, Number(option('rounds', '1')));
const photos = process.argv.includes('--no-photos') ? 0 : Number(option('photos', '4'));
const engines = list(option('engines', 'chromium,firefox,webkit'));
const chromiumFps = list(option('fps', '30,60')).map(Number);
const sizes = list(option('sizes', 'small,medium,large'));
const resolutions = list(option('resolutions', 'low,medium,high'));
const forcedMethod = option('method', 'auto');
const probeMs = Number(option('probe-ms', '1'));
const timeDomain = option('time-domain', 'threadTicks');
const photoIdleSeconds = Math.min(2, seconds);
const otherDomain = timeDomain === 'threadTicks' ? 'timeTicks' : 'threadTicks';

if (engines.includes('webkit') && !hasDisplay() && !process.env.WX_BENCH_XVFB) {
  // WebKitGTK needs a display: run the whole benchmark under a virtual one.
  const { status } = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, WX_BENCH_XVFB: '1' },
  });
  process.exit(status ?? 1);
}

// dist/ is read once into memory: others rebuilding it during the run cannot break the pages.
const { server, base } = await servePages({ snapshot: ['dist'] });
const pageUrl = `${base}/bench/bench.html`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const startedAt = Date.now();
const osClock = threadCpuAvailable();

// ---------------------------------------------------------------------------------------------
// Numbers and formatting.

const quantile = (values, q) => {
  if (!values || values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (value) => {
  if (!Number.isFinite(value)) return '-';
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3);
};
const pct = (part, whole) => (whole > 0 ? `${Math.round((100 * part) / whole)}` : '-');
/** `top / bottom` as `12.3x`, or why there is no ratio (a cost at or below zero is noise). */
const ratio = (top, bottom) => {
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return '-';
  if (bottom <= 0 || top <= 0) return 'n/a';
  const value = top / bottom;
  return `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)}x`;
};
const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');


// ---------------------------------------------------------------------------------------------
// Meters. A driver's `read()` returns the clocks it can read now: `taskCpu`/`taskWall` (Chromium's
// TaskDuration in threadTicks/timeTicks, ms) with `cdpAt` (CDP Timestamp, ms), `osCpu` (the page
// main thread's CPU ms from the kernel) and `at` (this process's clock, ms). A meter turns two
// reads and the page's counters into "excess" (main-thread ms above idle) and "base" (its length).

const meters = {
  // Busy-time clocks: excess = busy - idle busy rate x window length.
  'task-cpu': { kind: 'busy', busy: (a, b) => b.taskCpu - a.taskCpu, span: (a, b) => b.cdpAt - a.cdpAt },
  'task-wall': { kind: 'busy', busy: (a, b) => b.taskWall - a.taskWall, span: (a, b) => b.cdpAt - a.cdpAt },
  'os-cpu': { kind: 'busy', busy: (a, b) => b.osCpu - a.osCpu, span: (a, b) => b.at - a.at },
  // Headroom: probe chunks per ms of wall time, or per ms of the main thread's CPU time.
  'headroom-wall': { kind: 'headroom', base: (a, b, w) => w.windowMs },
  // The kernel's clock is read from here, inside the page's window (a few ms shorter than it, the
  // calls' latency): scaled to the page's window, over which the probe's chunks were counted.
  'headroom-cpu': { kind: 'headroom', base: (a, b, w) => ((b.osCpu - a.osCpu) * w.windowMs) / (b.at - a.at) },
};

/** Per frame (or per photo) costs of `windows` over `idles` by meter `name`, and the baseline noise. */
function meterCost(name, idles, windows) {
  const meter = meters[name];
  const rate = (w) => (meter.kind === 'busy' ? meter.busy(w.before, w.after) / meter.span(w.before, w.after) : w.probeChunks / meter.base(w.before, w.after, w));
  const sum = (list, f) => list.reduce((total, w) => total + f(w), 0);
  let idleRate;
  let excess;
  if (meter.kind === 'busy') {
    idleRate = sum(idles, (w) => meter.busy(w.before, w.after)) / sum(idles, (w) => meter.span(w.before, w.after));
    excess = (w) => meter.busy(w.before, w.after) - idleRate * meter.span(w.before, w.after);
  } else {
    idleRate = sum(idles, (w) => w.probeChunks) / sum(idles, (w) => meter.base(w.before, w.after, w));
    excess = (w) => meter.base(w.before, w.after, w) - w.probeChunks / idleRate;
  }
  const rates = idles.map(rate);
  const spread = (Math.max(...rates) - Math.min(...rates)) / 2 / (meter.kind === 'busy' ? 1 : idleRate);
  const framePeriod = sum(idles, (w) => w.windowMs) / Math.max(1, sum(idles, (w) => w.presented));
  return {
    idleRate,
    noise: spread * framePeriod,
    perFrame: (list) => sum(list, excess) / sum(list, (w) => w.delivered),
  };
}

// ---------------------------------------------------------------------------------------------
// Windows.

/** One window of scenario `kind`: set up and warmed up, then `seconds` of counting. */
async function measureWindow(driver, kind, frameSize, { fps, probe }) {
  const setup = await driver.call('benchSetup', kind, frameSize, { fps, probe });
  await driver.call('benchBegin');
  const before = await driver.read();
  await sleep(seconds * 1000);
  const after = await driver.read();
  const result = await driver.call('benchEnd');
  return { ...result, before, after, camera: setup.camera };
}

const results = []; // per engine: rows, photo rows, notes

/**
 * The windows of one frame size: an idle one, then `rounds` of ours, floor, canvas and idle.
 * `probe`: the headroom probe runs in all of them.
 */
async function measureSize(driver, frameSize, nominalFps, probe) {
  const idles = [await measureWindow(driver, 'idle', frameSize, { probe })];
  const presentedFps = (1000 * idles[0].presented) / idles[0].windowMs;
  const floorFps = nominalFps ?? Math.max(1, Math.round(presentedFps));
  const windows = { ours: [], worker: [], floor: [], canvas: [] };
  for (let round = 0; round < rounds; round++) {
    windows.ours.push(await measureWindow(driver, 'ours', frameSize, { probe }));
    windows.worker.push(await measureWindow(driver, 'worker', frameSize, { probe }));
    windows.floor.push(await measureWindow(driver, 'floor', frameSize, { probe, fps: floorFps }));
    windows.canvas.push(await measureWindow(driver, 'canvas', frameSize, { probe }));
    idles.push(await measureWindow(driver, 'idle', frameSize, { probe }));
  }
  await driver.call('benchTeardown');
  return { idles, windows, presentedFps };
}

const sumOf = (list, key) => list.reduce((total, w) => total + w[key], 0);
const share = (list) => pct(sumOf(list, 'delivered'), sumOf(list, 'presented'));
const counts = (list) => `${sumOf(list, 'delivered')}/${sumOf(list, 'presented')}`;

async function benchEngine(engine, fpsLabel, nominalFps, driver, withPhotos) {
  const method = forcedMethod !== 'auto' ? forcedMethod : driver.hasTaskClock ? 'clock' : 'headroom';
  if (method === 'clock' && !driver.hasTaskClock) throw new Error(`${engine}: no busy-time metric over this driver; use --method headroom`);
  // Passes over each frame size: Chromium reads its clocks in one pass without the probe. With the
  // probe (Firefox, WebKit), a second pass without it gives frame delivery undisturbed by the probe
  // and the kernel's CPU time of the main thread (the probe saturates the thread, hiding it).
  const primary = method === 'clock' ? (timeDomain === 'threadTicks' ? 'task-cpu' : 'task-wall') : 'headroom-wall';
  const passes =
    method === 'clock'
      ? [{ probe: false, meters: [primary, primary === 'task-cpu' ? 'task-wall' : 'task-cpu', ...(driver.hasOsClock ? ['os-cpu'] : [])] }]
      : [{ probe: true, meters: [primary, ...(driver.hasOsClock ? ['headroom-cpu'] : [])] }, ...(driver.hasOsClock ? [{ probe: false, meters: ['os-cpu'] }] : [])];
  const details = passes.flatMap((pass) => pass.meters).filter((name) => name !== primary);
  const twoPasses = passes.length > 1;
  let entry = results.find((r) => r.engine === engine);
  if (!entry) results.push((entry = { engine, method, primary, details, twoPasses, rows: [], photoRows: [], notes: [] }));
  const began = Date.now();
  entry.notes.push(`${fpsLabel}: load average ${load()} at start`);
  entry.notes.push(
    driver.pageThread
      ? `${fpsLabel}: page main thread = pid ${driver.pageThread.pid} (${driver.pageThread.comm}; ran ${driver.pageThread.ranMs.toFixed(0)} ms more CPU in a 1 s page spin than at rest)`
      : `${fpsLabel}: page main thread not found in /proc: no kernel CPU columns`,
  );
  if (passes.some((pass) => pass.probe)) {
    const { iterations } = await driver.call('probeCalibrate', probeMs);
    entry.probe = `${iterations} iterations, ~${probeMs} ms on an idle page`;
  }
  for (const frameSize of sizes) {
    const cost = {};
    const measured = [];
    for (const pass of passes) {
      const { idles, windows, presentedFps } = await measureSize(driver, frameSize, nominalFps, pass.probe);
      measured.push({ ...pass, windows, presentedFps });
      for (const name of pass.meters) {
        const meter = meterCost(name, idles, windows);
        cost[name] = {
          ...meter,
          ours: meter.perFrame(windows.ours),
          worker: meter.perFrame(windows.worker),
          floor: meter.perFrame(windows.floor),
          canvas: meter.perFrame(windows.canvas),
        };
      }
    }
    // Frame delivery from the pass without the probe where there is one.
    const delivery = measured.find((pass) => !pass.probe) ?? measured[0];
    const probed = measured.find((pass) => pass.probe);
    const { windows } = delivery;
    const handlerMs = windows.ours.flatMap((w) => w.handlerMs ?? []);
    const fpsCell = nominalFps ? String(nominalFps) : `${fpsLabel} (~${delivery.presentedFps.toFixed(0)}/s)`;
    const main = cost[primary];
    const quad = (c) => `${ms(c.ours)} / ${ms(c.worker)} / ${ms(c.floor)} / ${ms(c.canvas)}`;
    const trio = (w) => `${share(w.ours)} / ${share(w.worker)} / ${share(w.floor)} / ${share(w.canvas)}`;
    entry.rows.push([
      frameSize,
      fpsCell,
      trio(windows),
      ms(main.ours),
      ms(main.floor),
      ratio(main.ours, main.floor),
      ms(main.worker),
      ms(main.canvas),
      ratio(main.canvas, main.ours),
      `${ms(quantile(handlerMs, 0.5))} / ${ms(quantile(handlerMs, 0.95))} (${windows.ours[0].path})`,
      ...details.map((name) => `${quad(cost[name])} (${ratio(cost[name].ours, cost[name].floor)}, ${ratio(cost[name].canvas, cost[name].ours)})`),
      ...(twoPasses ? [trio(probed.windows)] : []),
      `±${ms(main.noise)}`,
    ]);
    entry.camera = windows.ours[0].camera;
    const baseline = meters[primary].kind === 'busy' ? `idle busy ${(100 * main.idleRate).toFixed(1)}%` : `idle probe ${(main.idleRate * 1000).toFixed(0)} chunks/s`;
    console.log(
      `[bench] ${engine} ${fpsCell} ${frameSize}: ${primary} ms/frame ours ${ms(main.ours)}, in worker ${ms(main.worker)}, floor ${ms(main.floor)}, canvas ${ms(main.canvas)}; ${baseline}, noise ±${ms(main.noise)}` +
        details.map((name) => `; ${name} ${quad(cost[name])}`).join('') +
        measured.map((pass) => `; delivered${pass.probe ? ' (probe)' : ''} ours ${counts(pass.windows.ours)}, in worker ${counts(pass.windows.worker)}, floor ${counts(pass.windows.floor)}, canvas ${counts(pass.windows.canvas)}`).join(''),
    );
  }
  if (withPhotos && photos > 0) await benchPhotos(entry, driver);
  entry.notes.push(`${fpsLabel}: load average ${load()} at end; ${((Date.now() - began) / 1000).toFixed(0)} s`);
}

async function benchPhotos(entry, driver) {
  // Photos are measured without the probe (it would slow the photos it measures): by TaskDuration
  // in Chromium, by the kernel's CPU time of the page's main thread elsewhere.
  const photoMeters = driver.hasTaskClock ? ['task-cpu', 'task-wall'] : driver.hasOsClock ? ['os-cpu'] : [];
  entry.photoMeters = photoMeters;
  for (const resolution of resolutions) {
    const { camera } = await driver.call('photoSetup', resolution);
    await driver.call('benchBegin');
    const idleBefore = await driver.read();
    await sleep(photoIdleSeconds * 1000);
    const idleAfter = await driver.read();
    const idle = { ...(await driver.call('benchEnd')), before: idleBefore, after: idleAfter };
    const run = async (kind) => {
      const before = await driver.read();
      const result = await driver.call('photoRun', kind, photos);
      const after = await driver.read();
      const window = { before, after, delivered: photos };
      const main = Object.fromEntries(photoMeters.map((name) => [name, meterCost(name, [idle], {}).perFrame([window])]));
      return { ...result, median: quantile(result.latencies, 0.5), main };
    };
    const ours = await run('ours');
    const plain = await run('plain');
    const pair = (name) => (name ? `${ms(ours.main[name])} / ${ms(plain.main[name])}` : 'n/a');
    const mainName = photoMeters[0];
    entry.photoRows.push([
      resolution,
      camera,
      ours.photo,
      ms(ours.median),
      ms(plain.median),
      ratio(ours.median, plain.median),
      pair(mainName),
      mainName ? ratio(ours.main[mainName], plain.main[mainName]) : 'n/a',
      ...(photoMeters[1] ? [pair(photoMeters[1])] : []),
    ]);
    console.log(
      `[bench] ${entry.engine} photo ${resolution}: takePhoto ${ms(ours.median)} ms, canvas.toDataURL ${ms(plain.median)} ms; main ms/photo ` +
        (photoMeters.map((name) => `${name} ${pair(name)}`).join(', ') || 'n/a'),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Drivers: `{ call(name, ...args), read(), hasTaskClock, hasOsClock, pageThread }`.

/** Finds the page's main thread in the OS and adds its CPU clock to `driver`. */
async function addOsClock(driver, rootPid) {
  if (!osClock || !rootPid) return;
  const found = await findPageThread(
    rootPid,
    () => driver.call('benchSpin', 1000),
    () => driver.call('benchRest', 1000),
  );
  if (!found || !(found.ranMs > 20)) return;
  driver.pageThread = found;
  driver.hasOsClock = true;
}

async function withPuppeteer(engine, fpsLabel, nominalFps, launchOptions, withPhotos) {
  const browser = await launchBrowser({ headless: true, protocolTimeout: 600000, ...launchOptions });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    await page.goto(pageUrl);
    try {
      await page.waitForFunction(() => window.benchReady !== undefined, { timeout: 30000 });
    } catch {
      throw new Error(`${engine}: the bench page did not load ${pageErrors.join('; ')}`);
    }
    await page.evaluate(() => window.benchReady);
    const driver = { call: (name, ...args) => page.evaluate((n, a) => window[n](...a), name, args), hasTaskClock: false, hasOsClock: false };
    let sessions = null;
    if (engine === 'chromium') {
      // One CDP session per time domain: each keeps its own TaskDuration.
      sessions = { [timeDomain]: await page.createCDPSession(), [otherDomain]: await page.createCDPSession() };
      for (const [domain, session] of Object.entries(sessions)) await session.send('Performance.enable', { timeDomain: domain });
      driver.hasTaskClock = true;
    }
    await addOsClock(driver, browser.process()?.pid);
    const metric = async (session) => {
      const { metrics } = await session.send('Performance.getMetrics');
      const value = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      return { task: value('TaskDuration'), at: value('Timestamp') };
    };
    driver.read = async () => {
      const reading = { at: performance.now(), osCpu: driver.hasOsClock ? threadCpuMs(driver.pageThread.pid) : NaN };
      if (sessions) {
        const [cpu, wall] = await Promise.all([metric(sessions.threadTicks), metric(sessions.timeTicks)]);
        Object.assign(reading, { taskCpu: cpu.task, taskWall: wall.task, cdpAt: cpu.at });
      }
      return reading;
    };
    await benchEngine(engine, fpsLabel, nominalFps, driver, withPhotos);
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
    /** Runs `body` (a function's source taking `args`, sync or async) and resolves with its result. */
    run: (body, args) =>
      call('POST', `${base}/execute/async`, {
        script:
          'const done = arguments[arguments.length - 1]; ' +
          `Promise.resolve().then(() => (${body})(...Array.from(arguments).slice(0, -1))).then(done, (error) => done({ benchError: String((error && error.stack) || error) }));`,
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
  // Detached: the driver leads a process group that MiniBrowser and its WebKit processes join.
  const driverProcess = spawn(browsers.webkitDriver, [`--port=${port}`], { detached: true, stdio: 'ignore' });
  try {
    await waitForPort(port);
    const session = await webdriverSession(port, {
      'webkitgtk:browserOptions': {
        binary: browsers.webkitBrowser,
        args: miniBrowserArgs(),
      },
    });
    try {
      await session.setScriptTimeout(600000);
      await session.open(pageUrl);
      // Poll until the page's module has run; a call while the page is still loading can fail.
      for (let tries = 0; ; tries++) {
        const loaded = await session.run('() => window.benchReady !== undefined', []).catch((error) => {
          if (tries > 300) throw error;
          return false;
        });
        if (loaded) break;
        if (tries > 300) throw new Error('webkit: the bench page did not load');
        await sleep(100);
      }
      await session.run('() => window.benchReady', []);
      const driver = {
        call: async (name, ...args) => {
          const value = await session.run('(n, a) => window[n](...a)', [name, args]);
          if (value && value.benchError) throw new Error(`webkit ${name}: ${value.benchError}`);
          return value;
        },
        hasTaskClock: false,
        hasOsClock: false,
      };
      await addOsClock(driver, driverProcess.pid);
      driver.read = async () => ({ at: performance.now(), osCpu: driver.hasOsClock ? threadCpuMs(driver.pageThread.pid) : NaN });
      await benchEngine('webkit', 'mock', undefined, driver, true);
    } finally {
      await session.close();
    }
  } finally {
    try {
      process.kill(-driverProcess.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

try {
  if (engines.includes('chromium')) {
    // One launch per frame rate: the fake camera's rate is a launch flag. Photos in the first.
    for (const [index, fps] of chromiumFps.entries()) {
      await withPuppeteer(
        'chromium',
        `${fps} fps`,
        fps,
        {
          browser: 'chrome',
          executablePath: browsers.chromium,
          args: [...chromiumArgs, '--use-fake-ui-for-media-stream', `--use-fake-device-for-media-stream=fps=${fps}`],
        },
        index === 0,
      );
    }
  }
  if (engines.includes('firefox')) {
    await withPuppeteer('firefox', 'fake', undefined, { browser: 'firefox', executablePath: browsers.firefox, extraPrefsFirefox: firefoxPrefs }, true);
  }
  if (engines.includes('webkit')) await withWebKit();
} finally {
  server.close();
}

// ---------------------------------------------------------------------------------------------
// Report.

const engineName = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const meterShort = {
  'task-cpu': 'TaskDuration CPU',
  'task-wall': 'TaskDuration wall',
  'os-cpu': 'kernel CPU, no probe',
  'headroom-wall': 'headroom',
  'headroom-cpu': 'headroom per CPU ms',
};
const meterTitle = {
  'task-cpu': 'TaskDuration threadTicks (CPU)',
  'task-wall': 'TaskDuration timeTicks (wall)',
  'os-cpu': 'kernel CPU time of the main thread',
  'headroom-wall': 'headroom probe per wall second',
  'headroom-cpu': 'headroom probe per main-thread CPU second (kernel)',
};

console.log(
  `\n${os.cpus().length} cores; ${seconds} s per window, ${rounds} round(s) per frame size; ${photos} photos per resolution and method; ` +
    `run took ${((Date.now() - startedAt) / 1000).toFixed(0)} s; load average now ${load()}`,
);
for (const entry of results) {
  const header = [
    'frame-size',
    'fps',
    'delivered/presented % (ours / in worker / floor / canvas)',
    'ours main ms/frame (external)',
    'floor ms/frame',
    'ours/floor',
    'start({worker}) main ms/frame',
    'canvas main ms/frame',
    'canvas/ours',
    'ours handler ms median / p95 (detail: FrameStats)',
    ...entry.details.map((name) => `detail: ${meterShort[name]} ms/frame ours / in worker / floor / canvas (ours/floor, canvas/ours)`),
    ...(entry.twoPasses ? ['detail: delivered % with probe (ours / in worker / floor / canvas)'] : []),
    'baseline noise ms/frame',
  ];
  console.log(`\n## ${engineName[entry.engine]}: frames (camera ${entry.camera}; main column: ${meterTitle[entry.primary]})\n`);
  console.log(table(header, entry.rows));
  console.log('\nHow it was measured:');
  console.log(
    `- Per frame size, ${seconds} s windows on the same camera, each after a warm-up: idle (camera on, preview shown, nothing\n` +
      `  reading frames), then ${rounds} round(s) of: ours (wx.createCameraContext().onCameraFrame, a callback that only counts),\n` +
      '  in worker (the same listener started with { worker }: a worker of the page counts the frames through wx-camera/worker\n' +
      '  and is asked for its count once, after the window),\n' +
      "  floor (a worker posts a transferred frame-sized ArrayBuffer per camera frame, at the camera's rate, to the page,\n" +
      '  which posts it straight back), canvas (drawImage + getImageData at the frame size per requestVideoFrameCallback on\n' +
      '  the preview), idle. Idle windows before and after give the baseline.',
  );
  if (entry.method === 'clock') {
    console.log(
      "- Main column: CDP Performance.getMetrics before and after each window; TaskDuration = the renderer main thread's\n" +
        `  busy time, here in ${timeDomain} (${timeDomain === 'threadTicks' ? "the thread's CPU time in tasks: time the OS gives other processes on\n  the 2 cores does not count" : 'wall time in tasks'}). ms/frame = (TaskDuration(window) - idle busy rate x window length)\n` +
        '  / frames delivered in the window. Worker threads (ours, the floor\'s) are not in it.',
    );
  } else {
    console.log(
      '- Main column: no busy-time metric over this driver, so a headroom probe runs in every window (idle ones too): a fixed\n' +
        `  chunk of arithmetic (${entry.probe}) per MessageChannel message, back to back on the main thread, counted.\n` +
        '  ms/frame = (1 - probe chunks per second in the window / idle chunks per second) x window ms / frames delivered.\n' +
        '  Frames are delivered while the probe keeps the main thread saturated.',
    );
  }
  for (const name of entry.details) {
    const how = {
      'task-wall':
        '  the same windows, TaskDuration in timeTicks (wall time in tasks). Wall minus CPU = time inside tasks without\n' +
        '  running: preempted (other processes on the cores) or waiting (locks, GC helpers, other processes).',
      'task-cpu': "  the same windows, TaskDuration in threadTicks (the main thread's CPU time in tasks).",
      'os-cpu':
        (entry.twoPasses ? '  a second set of windows without the probe: ' : '  the same windows, ') +
        "the CPU time the kernel charged to the page's main thread\n  (/proc/<pid>/task/<pid>/schedstat; the content process found by making the page spin), above its idle rate,\n  per frame delivered. CPU only: time the main thread spends blocked (waiting on a GPU or other process) is not in it.",
      'headroom-cpu':
        "  the same probe windows, probe chunks per ms of CPU time the kernel charged to the page's main thread\n  (/proc/<pid>/task/<pid>/schedstat) instead of per wall ms: (main-thread CPU ms - chunks / idle chunks per CPU ms) / frames.\n  Other processes taking the cores skew the wall-time probe, not this.",
    }[name];
    console.log(`- Detail "${meterShort[name]}" (${meterTitle[name]}):\n${how}`);
  }
  console.log(
    `- delivered/presented: frames each reader got vs frames the preview presented (requestVideoFrameCallback\n` +
      `  presentedFrames) in the ${entry.twoPasses ? 'windows without the probe (with it: the detail column; the probe delays\n  rendering updates, so readers driven by requestVideoFrameCallback get fewer)' : 'same windows'}. The floor is paced by a timer in its worker at the camera's rate.\n` +
      "- ours handler ms: the package's own performance.now() timing of its handler (FrameStats.recent(), path in brackets),\n" +
      '  over the same frames: a detail, not the cost.\n' +
      "- baseline noise: half the spread of the idle windows' rates in the main column's clock, in ms per camera frame;\n" +
      '  a cost within it is not distinguishable from zero. n/a: a ratio with a cost <= 0 (noise), not given.',
  );
  for (const line of entry.notes) console.log(`- ${line}`);
  if (entry.photoRows.length > 0) {
    const [mainMeter, otherMeter] = entry.photoMeters;
    const photoHeader = [
      'resolution',
      'camera',
      'photo',
      'takePhoto ms median',
      'toDataURL ms median',
      'takePhoto/toDataURL',
      mainMeter ? `main ms/photo takePhoto / toDataURL (external: ${meterShort[mainMeter].replace(', no probe', '')})` : 'main ms/photo',
      'main: takePhoto/toDataURL',
      ...(otherMeter ? [`detail: ${meterShort[otherMeter]} ms/photo takePhoto / toDataURL`] : []),
    ];
    console.log(`\n## ${engineName[entry.engine]}: photos (${photos} per resolution and method)\n`);
    console.log(table(photoHeader, entry.photoRows));
    console.log(
      '\nHow it was measured: latency = performance.now() around each takePhoto({quality: "normal"}) (awaited, one after\n' +
        'another) and around each canvas drawImage + toDataURL("image/jpeg", 0.8) of the whole preview frame (30 ms apart).\n' +
        (mainMeter
          ? `main ms/photo = (${meterTitle[mainMeter]} over the N photos - its idle rate at that resolution x the same length) / N,\n` +
            `the idle rate from a ${photoIdleSeconds} s window with the camera open at that resolution and nothing else running.`
          : 'main ms/photo: n/a (no main-thread clock here).'),
    );
  }
}

// Then what a recording costs and how long it takes to stop (bench/run-recording-bench.mjs), in
// the engines that record (--no-recording leaves it out).
const recordingEngines = engines.filter((engine) => engine !== 'webkit');
if (!process.argv.includes('--no-recording') && recordingEngines.length > 0) {
  const passed = ['--engines', recordingEngines.join(','), ...(quick ? ['--quick'] : [])];
  const { status } = spawnSync(process.execPath, ['bench/run-recording-bench.mjs', ...passed], { stdio: 'inherit' });
  if (status !== 0) process.exitCode = status ?? 1;
}
