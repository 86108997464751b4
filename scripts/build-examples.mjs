// Builds the README's examples as an app that installed the package would (run after `npm run
// build`): packs the package as npm would publish it (skipping the prepack build: it is there),
// unpacks it into test/examples/node_modules/wx-camera, then builds the framework and bundler
// examples with Vite into test/examples/.built/. test/examples.test.ts opens them in each browser.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const installed = 'test/examples/node_modules/wx-camera';
const packDir = mkdtempSync(join(tmpdir(), 'wx-camera-pack-'));
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, filename), '-C', installed, '--strip-components=1']);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
execFileSync('npx', ['--no-install', 'vite', 'build', '--config', 'test/examples/vite.config.mjs'], { stdio: 'inherit' });
