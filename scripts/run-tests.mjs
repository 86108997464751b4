// `npm test` after set-up: checks the layers of src/ (dependency-cruiser), builds the package and
// checks its size budget, runs the browser suite (web-test-runner: Chromium and Firefox, then
// WebKit), the README's camera simulator examples in Vitest and Playwright, the Node tests (the
// packed file list, imports of the build, README against the code), the soak's short version, and
// the stories' play functions in the built Storybook; reports each step and fails if any failed.
// `--only wtr,wtr-webkit` (any of layers, build, size, examples, fixtures, wtr, wtr-webkit,
// examples-runners, node, soak, stories) runs those steps, with the ones they need. Other
// arguments go to web-test-runner:
// `--group NAME` runs that group only, in its engine's step (groups are named after their engine
// first: chromium-known-picture), and `--files FILE` only those files in it.
import { spawn } from 'node:child_process';
import { engines as allEngines, hasDisplay } from './browsers.mjs';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : undefined;
const wtrArgs = args.filter((_, index) => onlyAt < 0 || (index !== onlyAt && index !== onlyAt + 1));
const group = wtrArgs.join(' ').match(/--group[= ](\S+)/)?.[1];
const engines = group ? [group.split('-')[0]] : allEngines;
const wtr = ['npx', '--no-install', 'wtr', '--config', 'web-test-runner.config.mjs', ...wtrArgs];
const others = engines.filter((engine) => engine !== 'webkit');

const steps = [
  // The layer rules of .dependency-cruiser.cjs: each layer of src/ imports only the layers below it.
  { name: 'layers', command: ['npx', '--no-install', 'depcruise', 'src', '--config', '.dependency-cruiser.cjs'] },
  // The library, the bundle, their workers, the scanner's wasm and custom-elements.json.
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'size', command: ['node', 'scripts/check-size.mjs'] },
  // The README's examples built against the packed package, for test/examples.test.ts.
  { name: 'examples', command: ['node', 'scripts/build-examples.mjs'] },
  // The pictures Chromium plays as its camera (the known picture, the codes).
  { name: 'fixtures', command: ['node', 'scripts/make-fixtures.mjs'] },
  ...(others.length ? [{ name: 'wtr', command: wtr, env: { WX_BROWSERS: others.join(',') } }] : []),
  ...(engines.includes('webkit')
    ? [
        {
          name: 'wtr-webkit',
          command: hasDisplay() ? wtr : ['xvfb-run', '-a', ...wtr],
          env: { WX_BROWSERS: 'webkit' },
          // WebKitGTK's MiniBrowser sometimes crashes under load (the run then reports the
          // browser disconnected, or ends without its summary): such a run is tried once more;
          // test failures are not.
          retryWhen: (output) => /browser disconnected|invalid session id/.test(output) || !/wtr: \d+ passed, \d+ failed/.test(output),
        },
      ]
    : []),
  // The README's camera simulator examples in Vitest browser mode (each engine) and Playwright
  // (Chromium); their web-test-runner twin runs in the wtr steps.
  { name: 'examples-runners', command: ['node', 'test/examples/simulator/run-runners.mjs'], env: { WX_BROWSERS: engines.join(',') } },
  { name: 'node', command: ['node', '--test', 'test/node/'] },
  // The soak's short version: 20 s of large frames with churn; memory flat, nothing leaked.
  ...(engines.includes('chromium') ? [{ name: 'soak', command: ['node', 'bench/run-soak.mjs', '--seconds', '20'] }] : []),
  // The stories' play functions, in the built Storybook a visitor gets (npm run test:stories runs
  // them through Vitest against the dev build instead).
  { name: 'storybook-build', command: ['npx', '--no-install', 'storybook', 'build', '--quiet', '-o', 'storybook-static'] },
  { name: 'stories', command: ['node', 'scripts/test-built-storybook.mjs'] },
];
const needsWtr = (names) => names.some((name) => name.startsWith('wtr'));
const needs = {
  build: (names) => names.some((name) => !['layers', 'stories'].includes(name)),
  examples: (names) => needsWtr(names) || names.includes('node') || names.includes('examples-runners'),
  fixtures: needsWtr,
  'storybook-build': (names) => names.includes('stories'),
};
const runSteps = steps.filter((step) => !only || only.includes(step.name) || needs[step.name]?.(only));

/** Runs a command with its output shown as it comes; resolves with its exit code and output. */
function run(command, env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let output = '';
    const keep = (chunk, stream) => {
      stream.write(chunk);
      output = (output + chunk).slice(-200_000);
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('close', (status) => resolve({ status, output }));
  });
}

const results = [];
for (const step of runSteps) {
  console.log(`\n[test] ${step.name}: ${step.command.join(' ')}`);
  const startedAt = Date.now();
  let { status, output } = await run(step.command, step.env);
  if (status !== 0 && step.retryWhen?.(output)) {
    console.log(`\n[test] ${step.name}: the browser crashed; running it once more`);
    ({ status } = await run(step.command, step.env));
  }
  results.push({ name: step.name, ok: status === 0, seconds: Math.round((Date.now() - startedAt) / 1000), output });
  if (step.name.includes('build') && status !== 0) break;
}
// What each failed step said failed, again at the end, where a long log's tail shows it.
for (const { name, ok, output } of results) {
  if (ok) continue;
  const failures = output.split('\n').filter((line) => /FAILED|not ok|❌|✗|×/.test(line)).slice(-20);
  for (const line of failures) console.log(`[test] ${name}: ${line.trim()}`);
}
console.log(`\n[test] ${results.map(({ name, ok, seconds }) => `${name} ${ok ? 'passed' : 'FAILED'} (${seconds} s)`).join(', ')}`);
process.exit(results.every(({ ok }) => ok) && results.length === runSteps.length ? 0 : 1);
