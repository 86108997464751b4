// Everything `npm start`, `npm test` and `npm run bench` need on a fresh machine: the npm
// dependencies, and for tests the browsers. Installs what it can (npm ci; Debian's browser
// packages when running as root), otherwise says exactly what is missing and how to get it.
// Uses only Node's own modules, so it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { engines, findBrowsers, hasDisplay, requirements } from './browsers.mjs';

const mode = process.argv[2] ?? 'test';
const say = (line) => console.log(`[setup] ${line}`);
const fail = (lines) => {
  for (const line of [].concat(lines)) console.error(`[setup] ${line}`);
  process.exit(1);
};
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) fail(`Node.js 20 or newer is needed; this is ${process.version}.`);

// Dependencies: install when missing or older than the lock file.
const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs);
if (stale) {
  const args = existsSync('package-lock.json') ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  say(`installing dependencies: npm ${args[0]}`);
  if (!run('npm', args)) fail(`npm ${args[0]} failed; see its output above.`);
}

if (mode === 'start') process.exit(0);

// Browsers: what the chosen engines need, plus a virtual display for WebKit on a headless machine.
const needed = engines.flatMap((engine) => requirements[engine] ?? []);
if (engines.includes('webkit') && !hasDisplay()) {
  needed.push({ key: 'xvfbRun', what: 'xvfb-run (a virtual display for WebKit)', debian: 'xvfb', env: 'DISPLAY' });
}
const missing = () => needed.filter((need) => !findBrowsers()[need.key]);
if (missing().length > 0) {
  const packages = [...new Set(missing().map((need) => need.debian))];
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    say(`installing Debian packages: ${packages.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...packages]);
  }
  if (missing().length > 0) {
    fail([
      'missing for the tests:',
      ...missing().map((need) => `  - ${need.what}: install the Debian package '${need.debian}', or set ${need.env}`),
      `On Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}`,
      `Or run fewer engines, e.g. WX_BROWSERS=chromium npm test`,
    ]);
  }
}
say(`ready: ${engines.join(', ')}`);
