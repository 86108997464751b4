// `npm test` after set-up: builds the package and checks its size budget, runs the browser suite
// (web-test-runner), the Node tests (imports of the build, README against the code), and the
// Storybook interaction tests; reports each step and fails if any failed.
// `--only wtr|node|soak|stories|size` runs one step (with the build it needs).
import { spawnSync } from 'node:child_process';
import { engines, hasDisplay } from './browsers.mjs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const needsDisplay = engines.includes('webkit') && !hasDisplay();
const wtr = ['npx', '--no-install', 'wtr', '--config', 'web-test-runner.config.mjs'];

const steps = [
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'size', command: ['node', 'scripts/check-size.mjs'] },
  { name: 'wtr', command: needsDisplay ? ['xvfb-run', '-a', ...wtr] : wtr },
  { name: 'node', command: ['node', '--test', 'test/node/'] },
  // The soak's short version: 20 s of large frames with churn; memory flat, nothing leaked.
  ...(engines.includes('chromium') ? [{ name: 'soak', command: ['node', 'bench/run-soak.mjs', '--seconds', '20'] }] : []),
  { name: 'stories', command: ['npx', '--no-install', 'vitest', 'run', '--config', 'vitest.config.ts'] },
].filter((step) => !only || step.name === only || (step.name === 'build' && only !== 'stories'));

const results = [];
for (const step of steps) {
  console.log(`\n[test] ${step.name}: ${step.command.join(' ')}`);
  const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name: step.name, ok: status === 0 });
  if (step.name === 'build' && status !== 0) break;
}
console.log(`\n[test] ${results.map(({ name, ok }) => `${name} ${ok ? 'passed' : 'FAILED'}`).join(', ')}`);
process.exit(results.every(({ ok }) => ok) && results.length === steps.length ? 0 : 1);
