// `npm run soak`: frames at large size for a long time (10 minutes by default) with listener,
// frame-size and device churn, in Chromium with two fake cameras. Reports memory
// (measureUserAgentSpecificMemory, cross-origin-isolated page), garbage collections (V8's trace
// events) and live camera tracks and workers at the start and the end, and fails
// unless memory stays flat and nothing leaks. `--seconds N` sets the length (npm test runs 20 s).
import { launchBrowser } from './launch-browser.mjs';
import { browsers, chromiumArgs } from '../scripts/browsers.mjs';
import { servePages } from './page-server.mjs';

const index = process.argv.indexOf('--seconds');
const seconds = index > 0 ? Number(process.argv[index + 1]) : 600;
const { server, base } = await servePages();
const browser = await launchBrowser({
  browser: 'chrome',
  headless: true,
  executablePath: browsers.chromium,
  dumpio: false,
  args: [
    ...chromiumArgs,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream=device-count=2,fps=30',
    // measureUserAgentSpecificMemory answers at once instead of at the next natural GC.
    '--enable-blink-features=ForceEagerMeasureMemory',
  ],
});

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
let failed = false;
try {
  const page = await browser.newPage();
  // Garbage collections, counted from V8's trace events (page and workers) as they stream in.
  let collections = 0;
  const cdp = await page.createCDPSession();
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) if (event.name === 'MinorGC' || event.name === 'MajorGC') collections++;
  });
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-v8.gc', transferMode: 'ReportEvents' });
  await page.goto(`${base}/bench/soak.html`);
  await page.waitForFunction(() => window.soakReady === true, { timeout: 30_000 });
  const warmup = Math.min(10, Math.max(2, seconds / 10));
  await page.evaluate((s) => window.soakRun(s), warmup);
  const start = await page.evaluate(() => window.soakSample());
  const startCollections = collections;
  console.log(`[soak] start: ${mb(start.bytes)}, ${start.liveTracks} live tracks, ${start.workers} workers`);
  // In rounds of at most a minute, each followed by a sample: the memory series shows any trend.
  for (let done = 0; done < seconds; done += 60) {
    const round = Math.min(60, seconds - done);
    await page.evaluate((s) => window.soakRun(s), round);
    if (done + round < seconds) {
      const sample = await page.evaluate(() => window.soakSample());
      console.log(`[soak] after ${done + round} s: ${mb(sample.bytes)}, ${sample.liveTracks} live tracks, ${sample.workers} workers`);
    }
  }
  const end = await page.evaluate(() => window.soakSample());
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await traced;
  const frames = end.delivered - start.delivered;
  console.log(`[soak] end after ${seconds} s: ${mb(end.bytes)}, ${end.liveTracks} live tracks, ${end.workers} workers`);
  console.log(`[soak] ${frames} frames delivered (${(frames / seconds).toFixed(1)}/s), ${collections - startCollections} garbage collections`);
  const growth = end.bytes - start.bytes;
  const flat = growth <= Math.max(4 * 1024 * 1024, start.bytes * 0.25);
  const leaks = end.liveTracks !== start.liveTracks || end.workers !== start.workers;
  console.log(`[soak] memory ${flat ? 'flat' : 'GREW'} (${growth >= 0 ? '+' : ''}${mb(growth)}); resources ${leaks ? 'LEAKED' : 'as at the start'}`);
  failed = !flat || leaks || frames < seconds * 10;
  console.log(`soak: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
