// Vitest browser providers for the engines its own providers cannot reach here: Firefox ESR through
// puppeteer-core (WebDriver BiDi, no geckodriver), and WebKitGTK's MiniBrowser through
// WebKitWebDriver (needs a display: xvfb-run). Each opens Vitest's page, nothing more: enough for
// tests that drive the page themselves; `vitest/browser`'s userEvent, locators and screenshots
// need the playwright or webdriverio provider.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { defineBrowserProvider } from '@vitest/browser';
import puppeteer from 'puppeteer-core';

/** Firefox, launched by puppeteer-core with `launchOptions` (executablePath, extraPrefsFirefox...). */
export function firefoxProvider(launchOptions) {
  return defineBrowserProvider({
    name: 'puppeteer-firefox',
    supportedBrowser: ['firefox'],
    options: launchOptions,
    providerFactory: () => {
      let browser;
      return {
        name: 'puppeteer-firefox',
        supportsParallelism: false,
        getCommandsContext: () => ({}),
        async openPage(_sessionId, url) {
          browser ??= await puppeteer.launch({ browser: 'firefox', headless: true, ...launchOptions });
          const [page = await browser.newPage()] = await browser.pages();
          await page.goto(url);
        },
        close: () => browser?.close(),
      };
    },
  });
}

/** WebKitGTK: starts WebKitWebDriver (`driver`) on a free port and drives `browser` (MiniBrowser) with `args`. */
export function webkitGtkProvider({ driver, browser, args }) {
  return defineBrowserProvider({
    name: 'webkitgtk',
    supportedBrowser: ['webkit'],
    options: { driver, browser, args },
    providerFactory: () => {
      let session;
      return {
        name: 'webkitgtk',
        supportsParallelism: false,
        getCommandsContext: () => ({}),
        async openPage(_sessionId, url) {
          session ??= await startWebKit(driver, { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: browser, args } });
          await session.send('POST', '/url', { url });
        },
        close: () => session?.end(),
      };
    },
  });
}

async function startWebKit(driver, capabilities) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) throw new Error('WebKitGTK needs a display: run under `xvfb-run -a`');
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  // Its own process group, with MiniBrowser in it: one kill ends both.
  const child = spawn(driver, [`--port=${port}`], { detached: true, stdio: 'ignore' });
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);
  const request = async (method, path, body) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  let created;
  for (const deadline = Date.now() + 20_000; !created; ) {
    created = await request('POST', '/session', { capabilities: { alwaysMatch: capabilities } }).catch((error) => {
      if (Date.now() > deadline || error.message.startsWith('WebKitWebDriver')) throw error;
      return new Promise((resolve) => setTimeout(resolve, 200)); // not listening yet
    });
  }
  const { sessionId } = created;
  return {
    send: (method, path, body) => request(method, `/session/${sessionId}${path}`, body),
    async end() {
      await request('DELETE', `/session/${sessionId}`).catch(() => undefined);
      kill();
    },
  };
}
