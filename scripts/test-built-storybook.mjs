// Runs every story's play function in the built Storybook (storybook-static/), as a visitor's
// browser would: Chromium with two fake cameras opens each story's iframe, and the story passes
// when Storybook's preview finishes it with no exception from its render or play function.
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
const browser = await chromium.launch({
  executablePath: browsers.chromium,
  headless: true,
  args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream=device-count=2'],
});
const tally = { passed: 0, failed: 0 };
try {
  for (const story of stories) {
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
    console.log(`[stories] ${ok ? 'ok  ' : 'FAIL'} ${story.title} / ${story.name}${ok ? '' : ` - ${[...failures, ...errors].join('; ')}`}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`built storybook: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
