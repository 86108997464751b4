import { expect, waitUntil } from '@open-wc/testing';
import type { WxCamera } from '../src/index.js';
import { inspectCamera } from '../src/inspect.js';

// The README's examples, run as shown: the plain HTML page with the self-contained bundle, and the
// bundler, React, Vue, Svelte and Angular examples as Vite built them against the packed package
// (scripts/build-examples.mjs). Each runs in a frame of its own, as its own page.
const examples = [
  { name: 'plain HTML', page: 'html-example.html' },
  { name: 'a bundler', page: '.built/bundler-example.html' },
  { name: 'React 19', page: 'app.html?example=react', app: true },
  { name: 'Vue 3', page: 'app.html?example=vue', app: true },
  { name: 'Svelte 5', page: 'app.html?example=svelte', app: true },
  { name: 'Angular', page: 'app.html?example=angular', app: true },
];

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Opens `page` of test/examples/ in a frame; resolves with its document once it has loaded. */
async function openExample(page: string): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 720px';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/examples/${page}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Removes the example's camera and waits until its tracks have ended. */
async function removeAndCheckReleased(camera: WxCamera, what: string): Promise<void> {
  const tracks = (camera.shadowRoot!.querySelector('video')!.srcObject as MediaStream).getTracks();
  camera.remove();
  await waitUntil(() => tracks.every((track) => track.readyState === 'ended'), `${what}: the camera is released`, { timeout: 8000 });
}

describe('the README examples', function () {
  this.timeout(45000);

  before(async () => {
    const built = await fetch('/test/examples/.built/react.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('the examples are not built: run `npm run build && node scripts/build-examples.mjs` (npm test does)');
  });
  for (const { name, page, app } of examples) {
    it(`from ${name}: the camera opens, a photo is taken and shown, and the camera is released`, async () => {
      const doc = await openExample(page);
      await waitUntil(() => !!doc.querySelector('wx-camera')?.shadowRoot?.querySelector('video')?.srcObject, `${name}: a live preview`, { timeout: 15000 });
      if (app) {
        const status = () => doc.querySelector('[role=status]')?.textContent ?? '';
        await waitUntil(() => status().startsWith('Ready'), `${name}: the initdone handler ran`, { timeout: 15000 });
        expect(status()).to.match(/^Ready, zoom up to \d+(\.\d+)?x$/);
        doc.querySelector('button')!.click();
      }
      // The HTML and bundler examples take their photo as soon as they load.
      const photo = () => doc.querySelector<HTMLImageElement>('img[alt="Last capture"]');
      await waitUntil(() => !!photo()?.complete && photo()!.naturalWidth > 0, `${name}: the photo is shown`, { timeout: 15000 });
      expect(photo()!.src).to.match(/^blob:/);
      expect(photo()!.naturalWidth / photo()!.naturalHeight).to.be.closeTo(16 / 9, 0.5);

      // Frames come from the frame worker (in the Vite builds, the one Vite found and bundled).
      const camera = doc.querySelector('wx-camera')!;
      let frames = 0;
      inspectCamera(camera).listenToFrames(() => frames++);
      await waitUntil(() => frames >= 3, `${name}: frames arrive`, { timeout: 15000 });
      expect(inspectCamera(camera).frames.path).to.match(/^worker-/);

      await removeAndCheckReleased(camera, name);
    });
  }

  // The CDN example's bundle comes from another origin (web-test-runner.config.mjs serves the packed
  // package as the CDN), so its frame worker must start as a cross-origin worker can.
  it('from a CDN: frames arrive, converted in the worker, and the camera is released', async () => {
    const doc = await openExample('cdn-example.html');
    const output = () => doc.querySelector('output')?.textContent ?? '';
    await waitUntil(() => output().includes('centre pixel'), 'the CDN example shows a frame', { timeout: 15000 });
    expect(output()).to.match(/^(352x288|288x352), centre pixel rgb\(\d+, \d+, \d+\)$/);
    const camera = doc.querySelector('wx-camera')!;
    expect(new URL(doc.querySelector<HTMLScriptElement>('script[src]')!.src).origin).to.not.equal(location.origin);
    expect(inspectCamera(camera).frames.path).to.match(/^worker-/);
    await removeAndCheckReleased(camera, 'the CDN example');
  });

  it('from a CDN: scanCode mode starts its worker and decoder from the CDN too', async () => {
    const doc = await openExample('cdn-example.html');
    await waitUntil(() => !!doc.querySelector('wx-camera')?.shadowRoot?.querySelector('video')?.srcObject, 'a live preview', { timeout: 15000 });
    doc.querySelector('wx-camera')!.remove();
    const scanner = doc.createElement('wx-camera');
    scanner.setAttribute('mode', 'scanCode');
    doc.body.append(scanner);
    const { stats } = inspectCamera(scanner).scanner;
    await waitUntil(() => stats.scans > 0 || stats.unavailable !== '', 'the scanner scans or says why not', { timeout: 15000 });
    expect(stats.unavailable).to.equal('');
    expect(stats.decoder).to.not.equal('');
  });
});
