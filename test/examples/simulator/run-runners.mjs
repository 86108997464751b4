// Runs the simulator examples' Vitest and Playwright tests (their web-test-runner twin,
// scan-page.test.ts, runs in the suite's wtr steps): Vitest once per engine of WX_BROWSERS
// (WebKitGTK under xvfb-run when there is no display), then Playwright in Chromium. Needs the build
// and the packed package in test/examples/node_modules (npm test's build and examples steps).
// Exits 1 if any run failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { engines, hasDisplay } from '../../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const runs = [
  ...engines.map((engine) => ({
    name: `vitest ${engine}`,
    command: [
      ...(engine === 'webkit' && !hasDisplay() ? ['xvfb-run', '-a'] : []),
      ...['npx', '--no-install', 'vitest', 'run', '--config', 'test/examples/simulator/vitest.config.mjs'],
    ],
    env: { WX_BROWSERS: engine },
  })),
  ...(engines.includes('chromium')
    ? [{ name: 'playwright chromium', command: ['npx', '--no-install', 'playwright', 'test', '--config', 'test/examples/simulator/playwright.config.mjs'] }]
    : []),
];

const results = runs.map(({ name, command, env }) => {
  console.log(`\n[examples-runners] ${name}: ${command.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return `${name} ${status === 0 ? 'passed' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`;
});
console.log(`\n[examples-runners] ${results.join(', ')}`);
process.exit(results.every((result) => result.includes(' passed ')) ? 0 : 1);
