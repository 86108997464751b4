// Finds the browsers the tests, the benchmark and the Storybook interaction tests drive.
// Each can be pointed elsewhere with an environment variable; Debian's packages are the default.
import { existsSync } from 'node:fs';

const first = (paths) => paths.find((path) => path && existsSync(path));

/** Browser executables, found now: a path, or undefined when missing. */
export function findBrowsers() {
  return {
    chromium: first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
    firefox: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webkitDriver: first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']),
    webkitBrowser: first([
      process.env.WEBKIT_BROWSER_PATH,
      ...['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].flatMap((dir) =>
        ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'].map((lib) => `${lib}/${dir}/MiniBrowser`),
      ),
    ]),
    xvfbRun: first(['/usr/bin/xvfb-run']),
  };
}

export const browsers = findBrowsers();

/** The engines a run covers: WX_BROWSERS=chromium,firefox,webkit (all by default). */
export const engines = (process.env.WX_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

/** What each engine needs, with the Debian package and the variable that points elsewhere. */
export const requirements = {
  chromium: [{ key: 'chromium', what: 'Chromium', debian: 'chromium', env: 'CHROME_PATH' }],
  firefox: [{ key: 'firefox', what: 'Firefox (ESR)', debian: 'firefox-esr', env: 'FIREFOX_PATH' }],
  webkit: [
    { key: 'webkitDriver', what: 'WebKitWebDriver', debian: 'webkit2gtk-driver', env: 'WEBKIT_DRIVER_PATH' },
    { key: 'webkitBrowser', what: 'WebKitGTK MiniBrowser', debian: 'webkit2gtk-driver', env: 'WEBKIT_BROWSER_PATH' },
  ],
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

/**
 * MiniBrowser's arguments: media streams and mock cameras enabled and, with `trackProcessing`,
 * workers that read camera tracks (MediaStreamTrack Processing), as in Safari 18 and later
 * (WebKitGTK leaves it off unless asked).
 */
export function miniBrowserArgs({ trackProcessing = true } = {}) {
  return [
    '--automation',
    '--enable-media-stream=true',
    '--enable-mock-capture-devices=true',
    '--media-playback-requires-user-gesture=false',
    ...(trackProcessing ? ['--features=+MediaStreamTrackProcessing'] : []),
  ];
}
