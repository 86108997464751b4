// Runs every story's play function in the built Storybook (storybook-static/), as a visitor's
// browser would: Chromium opens each story's iframe, on a machine with two fake cameras and on one
// with none (where the stories run on the simulated camera), and the story passes when Storybook's
// preview finishes it with no exception from its render or play function.
// `npm run build-storybook` first (npm test does). A play function that throws fails its story.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { browsers, chromiumArgs } from './browsers.mjs';
import { servePages } from '../bench/page-server.mjs';

if (!existsSync('storybook-static/index.json')) {
  console.error('[stories] no storybook-static/: run npm run build-storybook first');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
const { server, base } = await servePages({ isolated: false });
const tally = { passed: 0, failed: 0 };
// Every story twice: on a machine with two fake cameras (the real camera path), and on one with no
// camera at all, where the toolbar's "Auto" camera falls back to wx-camera/testing's simulator.
const machines = [
  { label: 'cameras', camera: 'device-count=2' },
  { label: 'no camera', camera: 'device-count=0' },
];
try {
  for (const machine of machines) {
    const browser = await chromium.launch({
      executablePath: browsers.chromium,
      headless: true,
      args: [...chromiumArgs, '--use-fake-ui-for-media-stream', `--use-fake-device-for-media-stream=${machine.camera}`],
    });
    try {
      for (const story of stories) await runStory(browser, story, machine.label);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

/** Opens one story's iframe and reports whether Storybook finished it with no exception. */
async function runStory(browser, story, machine) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // The preview's channel says when a story finished and whether its play function threw.
  await page.addInitScript(() => {
    const seen = [];
    window.__storyEvents = seen;
    const attach = () => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return setTimeout(attach, 5);
      for (const name of ['storyFinished', 'playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
        channel.on(name, (payload) => seen.push({ name, message: String(payload?.message ?? payload?.description ?? '') }));
      }
    };
    attach();
  });
  await page.goto(`${base}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
  const events = await page
    .waitForFunction(() => window.__storyEvents?.some((event) => event.name === 'storyFinished') && window.__storyEvents, undefined, {
      timeout: 30_000,
      polling: 100,
    })
    .then(
      (handle) => handle.jsonValue(),
      () => [{ name: 'timedOut', message: 'the story did not finish within 30 s' }],
    );
  const failures = events.filter((event) => event.name !== 'storyFinished').map((event) => `${event.name}: ${event.message}`);
  const ok = failures.length === 0;
  tally[ok ? 'passed' : 'failed']++;
  console.log(`[stories] ${ok ? 'ok  ' : 'FAIL'} (${machine}) ${story.title} / ${story.name}${ok ? '' : ` - ${[...failures, ...errors].join('; ')}`}`);
  await page.close();
}
console.log(`built storybook: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
