// `npm run bench:scan`: how well <wx-camera mode="scanCode"> reads real-world codes, against the
// libraries web pages use, on the same pictures in the same run.
//
// The corpus (bench/scan/corpus.js) is generated in the page from a fixed seed: QR codes (short and
// long text), EAN-13, EAN-8, UPC-A, Code 128, Code 39, Data Matrix and PDF417, each clean and
// degraded (small in the frame, blur, perspective tilt, rotation, noise, low contrast, uneven light,
// inverted, two codes in one picture), and pictures with no code. Each picture is shown to the
// element through the camera simulator (wx-camera/testing) at the camera's size; the page times
// each `scancode` from the picture appearing. The same camera frame then goes through zxing-js
// (@zxing/library, main thread, as html5-qrcode runs it: MultiFormatReader, HybridBinarizer,
// TRY_HARDER off; with --try-harder also on), jsQR (QR pictures) and BarcodeDetector where the
// browser has one. A second pass shows the `small` pictures at resolution="high" (1080p frames).
//
// Main-thread cost per decode attempt, measured from outside the package:
// - Chromium: CDP Performance.getMetrics TaskDuration (threadTicks) around windows with the
//   element scanning (a picture without a code, so every pass runs; and a QR code in view) and
//   windows with it in normal mode showing the same picture; cost = (busy - idle busy rate x
//   window) / scans in the window.
// - Firefox, WebKit: a headroom probe (fixed chunks of arithmetic, MessageChannel ping-pong) counted
//   in the same windows; cost = (1 - chunks per second / idle chunks per second) x window / scans.
//   And, in further windows without the probe, the CPU time the kernel charged to the page's main
//   thread (/proc/<pid>/task/<pid>/schedstat; the page's process found by making the page spin):
//   cost = (CPU ms - idle CPU rate x window) / scans.
//   zxing-js and jsQR run synchronously on the main thread: their time per attempt is
//   performance.now() around the frame grab and the decode.
//
// Options: --engines chromium,firefox,webkit (default all three; Chromium is required),
// --resolution low|medium|high (default medium), --per-cell N (pictures per category and
// symbology, default 2), --seed N (default 20240601), --window-ms N (how long a picture stays
// before it counts as unread, default 4000), --cost-seconds N (default 4), --first-reads N
// (default 3), --try-harder (zxing-js with TRY_HARDER too), --no-high (skip the 1080p small pass),
// --categories a,b (a subset), --json FILE (every result).
// --quick: 1 picture per cell, 2500 ms window, 2 s cost windows, Chromium only (a check that it works).
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { launchBrowser } from '../launch-browser.mjs';
import { browsers, chromiumArgs, firefoxPrefs, hasDisplay, miniBrowserArgs } from '../../scripts/browsers.mjs';
import { serveScanPages } from './scan-server.mjs';
import { table } from '../markdown-table.mjs';
import { findPageThread, threadCpuAvailable, threadCpuMs } from '../thread-cpu.mjs';

const quick = process.argv.includes('--quick');
const option = (name, fallback, quickValue = fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  if (index > 0) return process.argv[index + 1];
  return quick ? quickValue : fallback;
};
const list = (value) => value.split(',').map((item) => item.trim()).filter(Boolean);
const engines = list(option('engines', 'chromium,firefox,webkit', 'chromium'));
const resolution = option('resolution', 'medium');
const perCell = Number(option('per-cell', '2', '1'));
const seed = Number(option('seed', '20240601'));
const windowMs = Number(option('window-ms', '4000', '2500'));
const costSeconds = Number(option('cost-seconds', '4', '2'));
const firstReads = Number(option('first-reads', '3', '2'));
const tryHarder = process.argv.includes('--try-harder');
const highPass = !process.argv.includes('--no-high') && resolution !== 'high';
const categoriesOption = option('categories', '');
const categories = categoriesOption ? list(categoriesOption) : undefined;
const jsonFile = option('json', '');
// Only the main-thread cost windows (a quick look at that alone).
const costOnly = process.argv.includes('--cost-only');
// How frames reach the scan worker in the cost windows: auto (Chromium: stream), or frames.
const way = option('way', 'auto');

if (!engines.includes('chromium')) console.log('[scan-bench] note: Chromium is the reference engine; it is not in --engines');

if (engines.includes('webkit') && !hasDisplay() && !process.env.WX_BENCH_XVFB) {
  // WebKitGTK needs a display: run the whole benchmark under a virtual one.
  const { status } = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, WX_BENCH_XVFB: '1' } });
  process.exit(status ?? 1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
const startedAt = Date.now();
const loadAtStart = load();

// ---------------------------------------------------------------------------------------------
// Numbers and formatting.

const quantile = (values, q) => {
  if (!values || values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (value) => (Number.isFinite(value) ? value.toFixed(Math.abs(value) >= 10 ? 0 : Math.abs(value) >= 1 ? 1 : 2) : '-');
const pct = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)}%` : '-');

// ---------------------------------------------------------------------------------------------
// Scoring one picture's reads.

const key = (type, text) => `${type}\n${text}`;

/** Correct and wrong reads of `found` ({type, text}[]) against the picture's codes. */
function score(codes, found) {
  const wanted = new Set(codes.map((code) => key(code.type, code.text)));
  const right = new Set();
  let wrong = 0;
  for (const read of found) {
    if (wanted.has(key(read.type, read.text))) right.add(key(read.type, read.text));
    else wrong++;
  }
  return { right: right.size, wrong };
}

/** Totals per group (category or symbology) of every decoder's reads. */
function summarise(results, groupOf) {
  const groups = new Map();
  const group = (name) => {
    if (!groups.has(name)) {
      groups.set(name, { pictures: 0, codes: 0, ours: { right: 0, wrong: 0, ms: [], areas: 0, areaOk: 0 }, zxingJs: { right: 0, wrong: 0 }, zxingJsHarder: { right: 0, wrong: 0 }, jsQR: { right: 0, wrong: 0, codes: 0 }, barcodeDetector: { right: 0, wrong: 0 } });
    }
    return groups.get(name);
  };
  for (const result of results) {
    for (const name of [groupOf(result), 'all']) {
      const g = group(name);
      g.pictures++;
      g.codes += result.codes.length;
      const ours = score(result.codes, result.ours);
      g.ours.right += ours.right;
      g.ours.wrong += ours.wrong;
      for (const read of result.ours) {
        if (!result.codes.some((code) => code.type === read.type && code.text === read.text)) continue;
        g.ours.ms.push(read.ms);
        if (read.areaIou !== null) {
          g.ours.areas++;
          if (read.areaIou >= 0.5) g.ours.areaOk++;
        }
      }
      for (const name of ['zxingJs', 'zxingJsHarder', 'barcodeDetector']) {
        if (!result[name]) continue;
        const s = score(result.codes, result[name].found);
        g[name].right += s.right;
        g[name].wrong += s.wrong;
      }
      if (result.jsQR) {
        const qrCodes = result.codes.filter((code) => code.type === 'QR_CODE');
        const s = score(qrCodes, result.jsQR.found);
        g.jsQR.right += s.right;
        g.jsQR.wrong += s.wrong;
        g.jsQR.codes += qrCodes.length;
      }
    }
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// A run in one engine, through a driver `{ call(name, ...args), busy() }` (busy: Chromium's
// TaskDuration in ms, or null where the browser has no such clock).

async function runEngine(engine, driver) {
  const report = { engine, notes: [`load average at start ${load()}`] };
  if (costOnly) {
    report.setup = await driver.call('benchSetup', { seed, perCell: 1, resolution, categories: ['clean'], windowMs, compare: false, way });
    report.cost = await measureCost(engine, driver);
    return report;
  }
  console.log(`[scan-bench] ${engine}: load average ${load()}`);
  const passes = [{ resolution, categories }];
  if (highPass && (!categories || categories.includes('small'))) passes.push({ resolution: 'high', categories: ['small'], label: 'small, 1080p' });
  report.results = [];
  for (const pass of passes) {
    const setup = await driver.call('benchSetup', { seed, perCell, resolution: pass.resolution, categories: pass.categories, windowMs, compare: true, tryHarder, way });
    report.setup ??= setup;
    report.notes.push(`${pass.label ?? 'corpus'}: camera ${setup.camera}, element ${setup.element}, decoder ${setup.decoder}`);
    console.log(`[scan-bench] ${engine} ${pass.resolution}: ${setup.plan.length} pictures, camera ${setup.camera}, decoder ${setup.decoder}`);
    for (let index = 0; index < setup.plan.length; index++) {
      const result = await driver.call('benchPicture', index);
      if (pass.label) result.category = pass.label;
      report.results.push(result);
      const ours = score(result.codes, result.ours);
      const theirs = result.zxingJs ? score(result.codes, result.zxingJs.found) : null;
      const times = result.ours.map((read) => ms(read.ms)).join(',');
      console.log(
        `[scan-bench] ${engine} ${String(index + 1).padStart(3)}/${setup.plan.length} ${result.id.padEnd(30)} ours ${ours.right}/${result.codes.length}${ours.wrong ? ` WRONG ${ours.wrong}` : ''} ${times ? `(${times} ms)` : ''}` +
          ` scans ${result.scans}` +
          (theirs ? `; zxing-js ${theirs.right}/${result.codes.length}${theirs.wrong ? ` WRONG ${theirs.wrong}` : ''} ${ms(result.zxingJs.ms)} ms` : '') +
          (result.jsQR ? `; jsQR ${score(result.codes.filter((c) => c.type === 'QR_CODE'), result.jsQR.found).right} ${ms(result.jsQR.ms)} ms` : '') +
          (ours.wrong ? ` [${result.ours.map((r) => `${r.type} ${r.text}`).join('; ')} vs ${result.codes.map((c) => `${c.type} ${c.text}`).join('; ')}]` : ''),
      );
    }
  }
  report.barcodeDetector = report.setup.barcodeDetector;
  await driver.call('benchSetup', { seed, perCell: 1, resolution, categories: ['clean'], windowMs, compare: false, way });
  report.firstReads = await driver.call('benchFirstRead', firstReads);
  console.log(`[scan-bench] ${engine} first reads: ${report.firstReads.map((t) => `${ms(t.fromMount)} ms from mount (${ms(t.fromInitdone)} from initdone)`).join(', ')}`);
  report.cost = await measureCost(engine, driver);
  report.notes.push(`load average at end ${load()}`);
  return report;
}

/** Our main-thread cost per scan: idle / scan (no code) / scan (code in view) windows, twice. */
async function measureCost(engine, driver) {
  const clock = driver.hasBusyClock;
  if (!clock) await driver.call('probeCalibrate', 1);
  const windows = [];
  // Without a busy clock: the probe's windows, then windows without it read by the kernel's clock.
  const thread = !clock && driver.rootPid && threadCpuAvailable() ? await findPageThread(driver.rootPid, () => driver.call('benchSpin', 1000), () => sleep(1000)) : null;
  const kernel = thread && thread.ranMs > 20 ? thread : null;
  for (const probed of kernel ? [true, false] : [!clock]) {
    for (let round = 0; round < 2; round++) {
      for (const [kind, withCode] of [['idle', false], ['scan', false], ['scan', true]]) {
        await driver.call('benchCostSetup', kind, withCode);
        const before = clock ? await driver.busy() : probed ? null : { task: threadCpuMs(kernel.pid), at: performance.now() };
        await driver.call('benchCostBegin', probed);
        await sleep(costSeconds * 1000);
        const after = clock ? await driver.busy() : probed ? null : { task: threadCpuMs(kernel.pid), at: performance.now() };
        const window = await driver.call('benchCostEnd');
        windows.push({ kind, withCode, probed, ...window, busyMs: before ? after.task - before.task : null, spanMs: before ? after.at - before.at : window.windowMs });
      }
    }
  }
  const sum = (items, f) => items.reduce((total, w) => total + f(w), 0);
  /** Per scan: by a busy clock (`busyMs` over `spanMs`: CDP or the kernel's) or by the probe's chunks. */
  const per = (withCode, byBusy) => {
    const chosen = windows.filter((w) => w.probed !== byBusy || clock);
    const idles = chosen.filter((w) => w.kind === 'idle');
    const scans = chosen.filter((w) => w.kind === 'scan' && w.withCode === withCode);
    let excess;
    let noise;
    if (byBusy) {
      const idleRate = sum(idles, (w) => w.busyMs) / sum(idles, (w) => w.spanMs);
      excess = sum(scans, (w) => w.busyMs - idleRate * w.spanMs);
      const rates = idles.map((w) => w.busyMs / w.spanMs);
      noise = ((Math.max(...rates) - Math.min(...rates)) / 2) * (sum(scans, (w) => w.spanMs) / Math.max(1, sum(scans, (w) => w.scans)));
    } else {
      const idleRate = sum(idles, (w) => w.chunks) / sum(idles, (w) => w.windowMs);
      excess = sum(scans, (w) => w.windowMs - w.chunks / idleRate);
      const rates = idles.map((w) => w.chunks / w.windowMs);
      noise = ((Math.max(...rates) - Math.min(...rates)) / 2 / idleRate) * (sum(scans, (w) => w.windowMs) / Math.max(1, sum(scans, (w) => w.scans)));
    }
    const scanCount = sum(scans, (w) => w.scans);
    return { perScan: excess / Math.max(1, scanCount), scans: scanCount, seconds: sum(scans, (w) => w.windowMs) / 1000, noise };
  };
  const cost = { method: clock ? 'CDP TaskDuration (threadTicks)' : 'headroom probe', noCode: per(false, clock), code: per(true, clock) };
  if (kernel) cost.kernel = { method: `kernel CPU of the page's main thread (pid ${kernel.pid}, ${kernel.comm})`, noCode: per(false, true), code: per(true, true) };
  for (const entry of [cost, cost.kernel].filter(Boolean)) {
    console.log(
      `[scan-bench] ${engine} main-thread ms per scan (${entry.method}): no code ${ms(entry.noCode.perScan)} (${entry.noCode.scans} scans in ${entry.noCode.seconds.toFixed(0)} s, noise ±${ms(entry.noCode.noise)}), ` +
        `code in view ${ms(entry.code.perScan)} (${entry.code.scans} scans, noise ±${ms(entry.code.noise)})`,
    );
  }
  return cost;
}

// ---------------------------------------------------------------------------------------------
// Drivers.

async function withPuppeteer(engine, launchOptions, url) {
  const browser = await launchBrowser({ headless: true, protocolTimeout: 900000, ...launchOptions });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
    await page.goto(url);
    try {
      await page.waitForFunction(() => window.benchReady === true, { timeout: 60000 });
    } catch {
      throw new Error(`${engine}: the scan bench page did not load ${errors.join('; ')}`);
    }
    const driver = { call: (name, ...args) => page.evaluate((n, a) => window[n](...a), name, args), hasBusyClock: false, rootPid: browser.process()?.pid };
    if (engine === 'chromium') {
      const session = await page.createCDPSession();
      await session.send('Performance.enable', { timeDomain: 'threadTicks' });
      driver.hasBusyClock = true;
      driver.busy = async () => {
        const { metrics } = await session.send('Performance.getMetrics');
        const value = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
        return { task: value('TaskDuration'), at: value('Timestamp') };
      };
    }
    return await runEngine(engine, driver);
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

async function waitForPort(port) {
  for (let tries = 0; tries < 200; tries++) {
    const listening = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
    });
    if (listening) return;
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not start');
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (a minimal W3C WebDriver client). */
async function withWebKit(url) {
  const port = await freePort();
  // Detached: the driver leads a process group that MiniBrowser and its WebKit processes join.
  const driverProcess = spawn(browsers.webkitDriver, [`--port=${port}`], { detached: true, stdio: 'ignore' });
  const call = async (method, path, body) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  try {
    await waitForPort(port);
    const { sessionId } = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': {
            binary: browsers.webkitBrowser,
            args: miniBrowserArgs(),
          },
        },
      },
    });
    const base = `/session/${sessionId}`;
    try {
      await call('POST', `${base}/timeouts`, { script: 900000 });
      await call('POST', `${base}/url`, { url });
      const run = (body, args) =>
        call('POST', `${base}/execute/async`, {
          script:
            'const done = arguments[arguments.length - 1]; ' +
            `Promise.resolve().then(() => (${body})(...Array.from(arguments).slice(0, -1))).then(done, (error) => done({ benchError: String((error && error.stack) || error) }));`,
          args,
        });
      for (let tries = 0; !(await run('() => window.benchReady === true', [])); tries++) {
        if (tries > 600) throw new Error('webkit: the scan bench page did not load');
        await sleep(100);
      }
      const driver = {
        call: async (name, ...args) => {
          const value = await run('(n, a) => window[n](...a)', [name, args]);
          if (value && value.benchError) throw new Error(`webkit ${name}: ${value.benchError}`);
          return value;
        },
        hasBusyClock: false,
        rootPid: driverProcess.pid,
      };
      return await runEngine('webkit', driver);
    } finally {
      await call('DELETE', base).catch(() => undefined);
    }
  } finally {
    try {
      process.kill(-driverProcess.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Run and report.

const { server, base } = await serveScanPages();
const url = `${base}/bench/scan/scan-bench.html`;
const reports = [];
try {
  for (const engine of engines) {
    try {
      if (engine === 'chromium') reports.push(await withPuppeteer('chromium', { browser: 'chrome', executablePath: browsers.chromium, args: chromiumArgs }, url));
      else if (engine === 'firefox') reports.push(await withPuppeteer('firefox', { browser: 'firefox', executablePath: browsers.firefox, extraPrefsFirefox: firefoxPrefs }, url));
      else if (engine === 'webkit') reports.push(await withWebKit(url));
    } catch (error) {
      if (engine === 'chromium') throw error;
      console.log(`[scan-bench] ${engine} could not be measured: ${error.message}`);
      reports.push({ engine, failed: error.message });
    }
  }
} finally {
  server.close();
}

if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ options: { engines, resolution, perCell, seed, windowMs, tryHarder }, reports }, null, 1));

const engineName = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const degradedNames = (groups) => [...groups.keys()].filter((name) => !['all', 'clean', 'no code'].includes(name));

console.log(
  `\nnpm run bench:scan: seed ${seed}, ${perCell} picture(s) per category and symbology, resolution ${resolution}` +
    `${highPass ? ' (+ the small pictures at high)' : ''}, window ${windowMs} ms; ${os.cpus().length} cores; ` +
    `load average ${loadAtStart} at start, ${load()} at end; run took ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
);
for (const report of reports) {
  const name = engineName[report.engine] ?? report.engine;
  if (costOnly && !report.failed) {
    console.log(`${name}: main-thread ms per scan ${ms(report.cost.noCode.perScan)} (no code, ±${ms(report.cost.noCode.noise)}), ${ms(report.cost.code.perScan)} (code in view, ±${ms(report.cost.code.noise)}); way ${way}`);
    continue;
  }
  if (report.failed) {
    console.log(`\n## ${name}: not measured (${report.failed})`);
    continue;
  }
  const groups = summarise(report.results, (result) => result.category);
  const rate = (s, codes) => pct(s.right, codes);
  const harder = report.results.some((r) => r.zxingJsHarder);
  const detector = report.results.some((r) => r.barcodeDetector);
  const header = [
    'category',
    'codes',
    'wx-camera read',
    'wrong',
    'median ms',
    'p95 ms',
    'zxing-js read',
    'wrong',
    ...(harder ? ['zxing-js TRY_HARDER', 'wrong'] : []),
    'jsQR read (QR codes)',
    ...(detector ? ['BarcodeDetector', 'wrong'] : []),
  ];
  const row = (label, g) => [
    label,
    g.codes || `${g.pictures} pictures`,
    g.codes ? rate(g.ours, g.codes) : '-',
    g.ours.wrong,
    ms(quantile(g.ours.ms, 0.5)),
    ms(quantile(g.ours.ms, 0.95)),
    g.codes ? rate(g.zxingJs, g.codes) : '-',
    g.zxingJs.wrong,
    ...(harder ? [g.codes ? rate(g.zxingJsHarder, g.codes) : '-', g.zxingJsHarder.wrong] : []),
    g.jsQR.codes ? `${rate(g.jsQR, g.jsQR.codes)} of ${g.jsQR.codes}` : g.codes ? '-' : `${g.jsQR.wrong} wrong`,
    ...(detector ? [g.codes ? rate(g.barcodeDetector, g.codes) : '-', g.barcodeDetector.wrong] : []),
  ];
  const rows = [...groups.entries()].filter(([label]) => label !== 'all').map(([label, g]) => row(label, g));
  // Degraded: every category but clean and no code, together.
  const degraded = summarise(report.results.filter((r) => degradedNames(groups).includes(r.category)), () => 'degraded').get('degraded');
  if (degraded) rows.push(row('all degraded', degraded));
  rows.push(row('all', groups.get('all')));
  console.log(`\n## ${name}: read rate by category (${report.setup.camera} camera, element ${report.setup.element})\n`);
  console.log(table(header, rows));

  const bySymbology = summarise(report.results.filter((r) => r.category !== 'no code'), (result) => result.symbology);
  console.log(`\n## ${name}: read rate by symbology (all categories but no code)\n`);
  console.log(
    table(
      ['symbology', 'codes', 'wx-camera read', 'zxing-js read', ...(harder ? ['zxing-js TRY_HARDER'] : [])],
      [...bySymbology.entries()].filter(([label]) => label !== 'all').map(([label, g]) => [label, g.codes, rate(g.ours, g.codes), rate(g.zxingJs, g.codes), ...(harder ? [rate(g.zxingJsHarder, g.codes)] : [])]),
    ),
  );

  const all = groups.get('all');
  const mainMs = (field) => report.results.filter((r) => r[field]).map((r) => r[field].ms);
  const workerMs = report.results.flatMap((r) => r.decodeMs);
  const cost = report.cost;
  console.log(`\n## ${name}: main-thread cost per decode attempt\n`);
  console.log(
    table(
      ['decoder', 'main-thread ms per attempt', 'how measured'],
      [
        [
          'wx-camera (no code in view)',
          `${ms(cost.noCode.perScan)} (±${ms(cost.noCode.noise)})`,
          `${cost.method}, ${cost.noCode.scans} scans in ${cost.noCode.seconds.toFixed(0)} s, minus normal-mode windows`,
        ],
        ['wx-camera (a code in view)', `${ms(cost.code.perScan)} (±${ms(cost.code.noise)})`, `${cost.method}, ${cost.code.scans} scans in ${cost.code.seconds.toFixed(0)} s`],
        ...(cost.kernel
          ? [
              ['wx-camera (no code in view)', `${ms(cost.kernel.noCode.perScan)} (±${ms(cost.kernel.noCode.noise)})`, `${cost.kernel.method}, ${cost.kernel.noCode.scans} scans, minus normal-mode windows`],
              ['wx-camera (a code in view)', `${ms(cost.kernel.code.perScan)} (±${ms(cost.kernel.code.noise)})`, `${cost.kernel.method}, ${cost.kernel.code.scans} scans`],
            ]
          : []),
        ['zxing-js', `${ms(quantile(mainMs('zxingJs'), 0.5))} median, ${ms(quantile(mainMs('zxingJs'), 0.95))} p95`, 'performance.now() around frame grab + decode (synchronous)'],
        ...(harder ? [['zxing-js TRY_HARDER', `${ms(quantile(mainMs('zxingJsHarder'), 0.5))} median, ${ms(quantile(mainMs('zxingJsHarder'), 0.95))} p95`, 'the same']] : []),
        ['jsQR', `${ms(quantile(mainMs('jsQR'), 0.5))} median, ${ms(quantile(mainMs('jsQR'), 0.95))} p95`, 'performance.now() around frame grab + getImageData + decode'],
      ],
    ),
  );
  console.log(
    `\n- wx-camera's decoding runs in its worker: ${ms(quantile(workerMs, 0.5))} ms median, ${ms(quantile(workerMs, 0.95))} ms p95 per attempt there (the scanner's own timing, sampled), not on the main thread.` +
      `\n- scanArea: ${all.ours.areas ? pct(all.ours.areaOk, all.ours.areas) : '-'} of our correct reads have a scanArea overlapping the code's drawn box by IoU >= 0.5 (${all.ours.areaOk}/${all.ours.areas}).` +
      `\n- first read (element mounted with a QR code in view): ${report.firstReads.map((t) => `${ms(t.fromMount)} ms from mount, ${ms(t.fromInitdone)} ms from initdone`).join('; ')}.` +
      `\n- BarcodeDetector: ${report.barcodeDetector === null ? `not in this browser (${name}); its path is not measured here` : `formats ${report.barcodeDetector.join(', ') || 'none'}`}.`,
  );
  for (const note of report.notes) console.log(`- ${note}`);
}
