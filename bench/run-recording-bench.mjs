// `npm run bench`, recording part: what a recording costs while it runs, and how long it takes to
// stop. Measured from outside the package: the CPU time the kernel charged to all of the browser's
// processes (/proc, every thread: encoders run off the page's main thread) over a window, as a
// share of one core, for the camera alone, one plain MediaRecorder on the camera track and
// microphone, and wx-camera's startRecord, in the same browser and run. Then a clip
// (--clip-seconds, default 30) stopped with stopRecord() and another with stopRecord({ compressed:
// true }): the stop's time (the re-encode at stop for a compressed one), size and bitrate.
// WebKitGTK on Debian 12 records empty files: it is left out.
// Options: --seconds N (per window, default 5), --clip-seconds N, --engines chromium,firefox,
// --quick (2 s windows, 5 s clips).
import os from 'node:os';
import { launchBrowser } from './launch-browser.mjs';
import { browsers, chromiumArgs, firefoxPrefs } from '../scripts/browsers.mjs';
import { servePages } from './page-server.mjs';
import { table } from './markdown-table.mjs';
import { treeCpuBetween, treeCpuMs } from './thread-cpu.mjs';

const quick = process.argv.includes('--quick');
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const windowSeconds = Number(option('seconds', quick ? '2' : '5'));
const clipSeconds = Number(option('clip-seconds', quick ? '5' : '30'));
const engines = option('engines', 'chromium,firefox')
  .split(',')
  .filter((engine) => engine !== 'webkit');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const share = (cpuMs, wallMs) => `${((100 * cpuMs) / wallMs).toFixed(0)}%`;

const launches = {
  chromium: {
    browser: 'chrome',
    executablePath: browsers.chromium,
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream=fps=30'],
  },
  firefox: { browser: 'firefox', executablePath: browsers.firefox, extraPrefsFirefox: firefoxPrefs },
};

const { server, base } = await servePages({ snapshot: ['dist'] });
const rows = [];
try {
  for (const engine of engines) {
    const browser = await launchBrowser({ headless: true, protocolTimeout: 600000, ...launches[engine] });
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/bench/recording.html`);
      await page.waitForFunction(() => window.recordingReady !== undefined, { timeout: 30000 });
      const { camera } = await page.evaluate(() => window.recordingReady);
      const call = (name, ...args) => page.evaluate((n, a) => window[n](...a), name, args);
      const root = browser.process().pid;
      /** CPU ms of the whole browser over a window of `windowSeconds`, per wall ms. */
      const cpuOver = async () => {
        const before = treeCpuMs(root);
        const at = performance.now();
        await sleep(windowSeconds * 1000);
        return { cpu: treeCpuBetween(before, treeCpuMs(root)), wall: performance.now() - at };
      };
      await sleep(2000); // the camera settles
      const idle = await cpuOver();
      const window = async (kind) => {
        await call('recordBegin', kind);
        await sleep(1000); // the encoder starts
        const measured = await cpuOver();
        const file = await call('recordEnd', kind, false);
        return { ...measured, file };
      };
      const plain = await window('plain');
      const ours = await window('ours');
      const extra = (w) => w.cpu / w.wall - idle.cpu / idle.wall;
      const clip = async (compressed) => {
        await call('recordBegin', 'ours');
        await sleep(clipSeconds * 1000);
        return call('recordEnd', 'ours', compressed);
      };
      const normal = await clip(false);
      const compressed = await clip(true);
      const kbps = (file) => `${((file.bytes * 8) / file.seconds / 1000).toFixed(0)} kbit/s`;
      rows.push([
        engine,
        camera,
        share(idle.cpu, idle.wall),
        share(plain.cpu, plain.wall),
        share(ours.cpu, ours.wall),
        `${(extra(ours) / extra(plain)).toFixed(2)}x`,
        `${(normal.stopMs / 1000).toFixed(2)} s, ${kbps(normal)}`,
        `${(compressed.stopMs / 1000).toFixed(1)} s, ${kbps(compressed)} (${(normal.bytes / compressed.bytes).toFixed(1)}x smaller)`,
      ]);
      console.log(`[bench] ${engine} recording: ${rows.at(-1).join('; ')}; files ${normal.type}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

const header = [
  'engine',
  'camera',
  'CPU, camera only',
  'CPU, one plain MediaRecorder',
  'CPU, startRecord',
  'startRecord / MediaRecorder (above camera only)',
  `stopRecord() after ${clipSeconds} s`,
  `stopRecord({ compressed: true }) after ${clipSeconds} s`,
];
console.log(
  `\nRecording (${os.cpus().length} cores; CPU = all browser processes, kernel time, share of one core, over ${windowSeconds} s windows):\n` +
    table(header, rows),
);
