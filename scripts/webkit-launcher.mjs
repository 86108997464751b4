// A web-test-runner launcher for WebKitGTK (Safari's engine): starts WebKitWebDriver on a free
// port, drives MiniBrowser with its mock cameras, and stops the driver and every browser process
// when the run ends or is interrupted. Needs a display (run under `xvfb-run -a`).
import { spawn } from 'node:child_process';
import net from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { miniBrowserArgs } from './browsers.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    const listening = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
    });
    if (listening) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor(options, driverPath) {
    super(options);
    this.driverPath = driverPath;
  }

  async initialize(config) {
    // Without a display MiniBrowser never starts and the run would hang until its timeout.
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      throw new Error('WebKitGTK needs a display: run under `xvfb-run -a` (npm test does this for you)');
    }
    const port = await freePort();
    // Detached: the driver leads a process group that MiniBrowser and its WebKit processes join,
    // so one group kill ends them all, even a browser the driver leaves behind.
    const child = spawn(this.driverPath, [`--port=${port}`], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr = (stderr + data).slice(-4000)));
    this.driverProcess = child;
    this.killDriver = (signal = 'SIGTERM') => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    // web-test-runner exits on Ctrl-C without stopping browsers, and ignores SIGTERM/SIGHUP.
    process.once('exit', () => this.killDriver());
    for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]]) {
      process.once(signal, () => {
        this.killDriver();
        process.exit(code);
      });
    }
    try {
      await waitForPort(port, child);
    } catch (error) {
      this.killDriver();
      throw new Error(`${error.message}\n${stderr}`);
    }
    this.options.hostname = '127.0.0.1';
    this.options.port = port;
    return super.initialize(config);
  }

  async stop() {
    await super.stop();
    const child = this.driverProcess;
    this.driverProcess = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      this.killDriver('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    this.killDriver?.('SIGKILL');
  }
}

/** WebKitGTK's MiniBrowser ({@link miniBrowserArgs}) through WebKitWebDriver. */
export function webkitLauncher({ driver, browser, trackProcessing = true }) {
  return new WebKitGtkLauncher(
    {
      logLevel: 'error',
      connectionRetryTimeout: 60000,
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: browser,
          args: miniBrowserArgs({ trackProcessing }),
        },
      },
    },
    driver,
  );
}
