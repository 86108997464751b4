// Runs the stories' `play` functions as tests, in headless Chromium with its fake cameras
// (two, so the front camera is another device than the back one).
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browsers, chromiumArgs } from './scripts/browsers.mjs';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          // undefined: Playwright's own Chromium, where it is installed.
          executablePath: browsers.chromium,
          args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream=device-count=2'],
        },
      }),
      instances: [{ browser: 'chromium' }],
      screenshotDirectory: '.vitest-attachments/screenshots',
    },
  },
});
