// Playwright for test/examples/simulator/scan-page.playwright.ts, in Debian's Chromium (or where
// CHROME_PATH points; Playwright's own Chromium where it is installed). Playwright drives only its
// own builds of Firefox and WebKit, which are not Debian packages; its WebDriver BiDi channel for
// stock Firefox (`channel: 'moz-firefox'`) launches Debian's Firefox ESR 153 but fails every new
// context there (`emulation.setMediaFeaturesOverride: unknown command`, Playwright 1.65). A static server
// (@web/dev-server) serves the repository, where scan-page.html loads the package installed in
// test/examples/node_modules (node scripts/build-examples.mjs puts it there).
// Run: npx playwright test --config test/examples/simulator/playwright.config.mjs
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { browsers, chromiumArgs } from '../../../scripts/browsers.mjs';

// A free port, chosen once: the workers load this file again and inherit the variable.
process.env.SCAN_PAGE_PORT ??= await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(String(port)));
  });
});
const baseURL = `http://127.0.0.1:${process.env.SCAN_PAGE_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: 'scan-page.playwright.ts',
  outputDir: join(tmpdir(), 'wx-camera-playwright-results'),
  timeout: 60_000,
  // The scanner's first decode loads its wasm: slow machines take seconds.
  expect: { timeout: 30_000 },
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: browsers.chromium, args: chromiumArgs },
  },
  webServer: {
    command: `npx --no-install wds --root-dir . --hostname 127.0.0.1 --port ${process.env.SCAN_PAGE_PORT}`,
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    url: `${baseURL}/test/examples/simulator/scan-page.html`,
    stdout: 'ignore',
  },
});
