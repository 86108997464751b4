// Finds the browsers the tests, the benchmark and the Storybook interaction tests drive.
// Each can be pointed elsewhere with an environment variable; Debian's packages are the default.
import { existsSync } from 'node:fs';

const first = (paths) => paths.find((path) => path && existsSync(path));

/** Browser executables: a path, or undefined when missing. */
export const browsers = {
  chromium: first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
  firefox: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  webkitDriver: first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']),
  webkitBrowser: first([
    process.env.WEBKIT_BROWSER_PATH,
    ...['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].flatMap((dir) =>
      ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'].map((lib) => `${lib}/${dir}/MiniBrowser`),
    ),
  ]),
};

/** What to install, per missing browser, on Debian/Ubuntu. */
export const debianPackages = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkitDriver: 'webkit2gtk-driver',
  webkitBrowser: 'webkit2gtk-driver',
};

/** Chromium flags shared by every run: headless as root on a closed network, fake camera prompt answered. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/** Firefox preferences for a fake camera without a prompt. */
export const firefoxPrefs = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
};

export const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
