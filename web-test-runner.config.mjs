// Runs the suite in real browsers against their fake cameras:
// Chromium (Playwright), Firefox ESR (Puppeteer over WebDriver BiDi), WebKitGTK (WebKitWebDriver,
// under a virtual display), and further Chromium groups
// for camera situations only Chromium's flags can produce (refused prompt, no camera).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import bwipjs from 'bwip-js';
import puppeteerCore from 'puppeteer-core';
import { browsers, chromiumArgs, engines, firefoxPrefs } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { toY4m } from './test/fixtures/known-picture.mjs';
import { CODE_PICTURES, codePictureY4m } from './test/fixtures/code-pictures.mjs';


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

// The known picture the pixel tests expect, played as Chromium's camera.
const picture = resolve('test/fixtures/generated/known-picture.y4m');
mkdirSync('test/fixtures/generated', { recursive: true });
writeFileSync(picture, toY4m());

// Codes (QR, EAN-13, Code 128) played as Chromium's camera for the scanCode tests, one group each.
const codePictures = {};
for (const [name, { file }] of Object.entries(CODE_PICTURES)) {
  codePictures[name] = resolve('test/fixtures/generated', file);
  writeFileSync(codePictures[name], codePictureY4m(name, bwipjs));
}

const everywhere = ['test/**/*.test.ts', '!test/chromium/**', '!test/chromium-flags/**', '!test/picture/**', '!test/scan/**', '!test/webkit/**'];

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

// The scan worker loads its decoder's wasm from beside itself (`new URL('./zxing_reader.wasm',
// import.meta.url)`), as the builds place it: serve the installed package's file there, so the
// tests never depend on a copy (scripts/copy-scan-wasm.mjs makes one for Storybook).
function servesScanWasm(context, next) {
  if (context.path === '/src/scan/zxing_reader.wasm') context.path = '/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm';
  return next();
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
      browsers: [chromium('--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${picture}`)],
    },
    { name: 'chromium-no-camera', files: ['test/chromium-flags/no-camera.test.ts'], browsers: [chromium(...fakeCamera('device-count=0'))] },
    // Only Chromium can play a file as its camera.
    ...Object.entries(codePictures).map(([name, file]) => ({
      name: `chromium-scan-${name}`,
      files: [`test/scan/${name}.test.ts`],
      browsers: [chromium('--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`)],
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
}

// WX_FILES=test/a.test.ts,test/b.test.ts runs only those files: a file that a group of its own
// runs (a camera only some flags give: a played file, a refused prompt) in that group, any other
// in each engine's main group.
const chosenFiles = process.env.WX_FILES?.split(',');
const isMainGroup = ({ name }) => engines.includes(name);
const runsOwnFile = (group, file) =>
  group.files.some((pattern) => pattern === file || (pattern.endsWith('/**/*.test.ts') && file.startsWith(pattern.slice(0, -'**/*.test.ts'.length))));
const ownGroupFor = (file) => groups.find((group) => !isMainGroup(group) && runsOwnFile(group, file));
const runGroups = chosenFiles
  ? groups
      .map((group) => ({
        ...group,
        files: isMainGroup(group) ? chosenFiles.filter((file) => !ownGroupFor(file)) : chosenFiles.filter((file) => ownGroupFor(file) === group),
      }))
      .filter(({ files }) => files.length > 0)
  : groups;

export default {
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  middleware: [servesStrictPage, servesTypeScriptForJs, servesScanWasm, sendsCorsFromCdn],
  // fix-webm-duration ships CommonJS only.
  plugins: [servesCdn, fromRollup(rollupCommonjs)({ include: ['**/node_modules/fix-webm-duration/**'] }), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  testFramework: { config: { timeout: 15000 } },
  groups: runGroups,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
