// Runs the suite in real browsers against their fake cameras:
// Chromium (Playwright), Firefox ESR (Puppeteer over WebDriver BiDi), WebKitGTK (WebKitWebDriver,
// under a virtual display), and further Chromium groups
// for camera situations only Chromium's flags can produce (refused prompt, no camera, a picture
// played as the camera: `node scripts/make-fixtures.mjs` writes them first, as npm test does).
// `--group NAME` runs one group; `--group NAME --files FILE...` runs those files in it.
import { existsSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import puppeteerCore from 'puppeteer-core';
import { browsers, chromiumArgs, engines, firefoxPrefs } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { codePictures, knownPicture } from './scripts/make-fixtures.mjs';

const chromium = (...cameraArgs) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath: browsers.chromium,
      headless: true,
      args: [...chromiumArgs, ...cameraArgs],
    },
  });

const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: browsers.firefox,
      headless: true,
      extraPrefsFirefox: firefoxPrefs,
    },
  });

const fakeCamera = (options = 'device-count=2') => [
  '--use-fake-ui-for-media-stream',
  `--use-fake-device-for-media-stream=${options}`,
];

// Chromium's camera playing a picture file (the known picture, a code).
const playing = (file) => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run node scripts/make-fixtures.mjs`);
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`];
};

const everywhere = ['test/**/*.test.ts', '!test/chromium/**', '!test/chromium-flags/**', '!test/picture/**', '!test/scan/**', '!test/webkit/**', '!test/webkit-default/**'];

// Source modules load workers by their built name (`new URL('./frame-worker.js', import.meta.url)`):
// serve the TypeScript source there, as the build would.
function servesTypeScriptForJs(context, next) {
  if (context.path.startsWith('/src/') && context.path.endsWith('.js') && !existsSync(`.${context.path}`)) {
    const source = context.path.replace(/\.js$/, '.ts');
    if (existsSync(`.${source}`)) context.path = source;
  }
  return next();
}

// test/fixtures/strict-page.html and its script: served under a strict Content-Security-Policy
// with Trusted Types enforced (no unsafe-eval, no unsafe-inline, workers only from this origin).
const strictPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob:",
  "media-src 'self' blob: mediastream:",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types wx-camera lit-html',
].join('; ');
async function servesStrictPage(context, next) {
  await next();
  if (context.path.startsWith('/test/fixtures/strict-page')) context.set('Content-Security-Policy', strictPolicy);
}

// test/examples/cdn-example.html loads the bundle from a CDN, as the README shows it: the CDN here is
// the packed package, served from another origin (127.0.0.1 for the page's localhost) with the
// CORS header CDNs send, so the page meets the same cross-origin rules.
const CDN = 'https://cdn.jsdelivr.net/npm/wx-camera@0.1/';
const packed = '/test/examples/node_modules/wx-camera/';
const servesCdn = {
  name: 'serves-cdn',
  transform(context) {
    if (context.path !== '/test/examples/cdn-example.html') return undefined;
    const port = context.host.split(':')[1];
    return { body: context.body.replaceAll(CDN, `http://127.0.0.1:${port}${packed}`) };
  },
};
async function sendsCorsFromCdn(context, next) {
  await next();
  if (context.path.startsWith(packed)) context.set('Access-Control-Allow-Origin', '*');
}

// mediabunny's browser field maps its Node file access (`./node.js`, which imports node:fs) to
// nothing: serve an empty module there, as a bundler does.
const nodeFileAccessLeftOut = {
  name: 'node-file-access-left-out',
  resolveImport({ source, context }) {
    if (source === './node.js' && context.path.includes('/node_modules/mediabunny/')) return '/__empty-module.js';
    return undefined;
  },
  serve(context) {
    if (context.path === '/__empty-module.js') return { body: 'export {};', type: 'js' };
    return undefined;
  },
};

const groups = [];
if (engines.includes('chromium')) {
  groups.push(
    { name: 'chromium', files: [...everywhere, 'test/chromium/**/*.test.ts'], browsers: [chromium(...fakeCamera())] },
    {
      name: 'chromium-permission-denied',
      files: ['test/chromium-flags/permission-denied.test.ts'],
      browsers: [chromium('--use-fake-ui-for-media-stream=deny', '--use-fake-device-for-media-stream')],
    },
    {
      name: 'chromium-known-picture',
      files: ['test/picture/**/*.test.ts'],
      browsers: [chromium(...playing(knownPicture))],
    },
    { name: 'chromium-no-camera', files: ['test/chromium-flags/no-camera.test.ts'], browsers: [chromium(...fakeCamera('device-count=0'))] },
    // Only Chromium can play a file as its camera.
    ...Object.entries(codePictures).map(([name, file]) => ({
      name: `chromium-scan-${name}`,
      files: [`test/scan/${name}.test.ts`],
      browsers: [chromium(...playing(file))],
    })),
  );
}
if (engines.includes('firefox')) groups.push({ name: 'firefox', files: everywhere, browsers: [firefox()] });
if (engines.includes('webkit')) {
  groups.push({
    name: 'webkit',
    // WebKitGTK here records empty files (see test/webkit/): the recording suite cannot apply.
    files: [...everywhere, '!test/recording.test.ts', 'test/webkit/**/*.test.ts'],
    browsers: [webkitLauncher({ driver: browsers.webkitDriver, browser: browsers.webkitBrowser })],
  });
  // WebKitGTK as it comes, whose workers cannot read camera tracks: the package falls back to frames.
  groups.push({
    name: 'webkit-default',
    files: ['test/webkit-default/**/*.test.ts'],
    browsers: [webkitLauncher({ driver: browsers.webkitDriver, browser: browsers.webkitBrowser, trackProcessing: false })],
  });
}

// Given wtr's `--files`, the groups leave their own lists out (wtr gives `--files` only to a group
// without one) and `--group` picks the one to run them in: the browser and camera they need.
const cliFiles = process.argv.some((arg) => /^--files\b/.test(arg));
if (cliFiles && !process.argv.some((arg) => /^--group\b/.test(arg))) throw new Error('--files needs --group: e.g. --group chromium --files test/frames.test.ts');

export default {
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  middleware: [servesStrictPage, servesTypeScriptForJs, sendsCorsFromCdn],
  // fix-webm-duration ships CommonJS only.
  plugins: [servesCdn, nodeFileAccessLeftOut, fromRollup(rollupCommonjs)({ include: ['**/node_modules/fix-webm-duration/**'] }), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  testFramework: { config: { timeout: 15000 } },
  groups: cliFiles ? groups.map(({ files, ...group }) => group) : groups,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
