// Vitest browser mode for test/examples/simulator/scan-page.vitest.ts, in each engine of
// WX_BROWSERS (all three by default): Chromium through Vitest's Playwright provider (Debian's
// Chromium, or where CHROME_PATH points), Firefox ESR and WebKitGTK through the small providers of
// vitest-providers.mjs (Playwright drives only its own Firefox and WebKit builds, which cannot be
// downloaded here, and Vitest's webdriverio provider needs geckodriver for Firefox). WebKitGTK
// needs a display: run under `xvfb-run -a`. The simulator replaces getUserMedia, so no browser
// needs fake-camera flags.
// Run: npx vitest run --config test/examples/simulator/vitest.config.mjs
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browsers, chromiumArgs, engines } from '../../../scripts/browsers.mjs';
import { firefoxProvider, webkitGtkProvider } from './vitest-providers.mjs';

const instances = {
  chromium: {
    browser: 'chromium',
    provider: playwright({ launchOptions: { executablePath: browsers.chromium, args: chromiumArgs } }),
  },
  firefox: {
    browser: 'firefox',
    provider: firefoxProvider({ executablePath: browsers.firefox }),
  },
  webkit: {
    browser: 'webkit',
    provider: webkitGtkProvider({
      driver: browsers.webkitDriver,
      browser: browsers.webkitBrowser,
      args: ['--automation', '--media-playback-requires-user-gesture=false'],
    }),
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite/examples-simulator', import.meta.url)),
  test: {
    include: ['scan-page.vitest.ts'],
    browser: {
      enabled: true,
      headless: true,
      instances: engines.map((engine) => instances[engine]),
      screenshotFailures: false,
    },
  },
});
