// What an app's bundler makes of the package: the README's examples as Vite built them against the
// packed package (scripts/build-examples.mjs, run by npm test first) carry each worker and the
// scanner's wasm once, as files of their own, and no inlined second copy of a worker's source.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const assets = new URL('../examples/.built/assets/', import.meta.url);

test('the bundled examples hold each worker once, as its own file', () => {
  assert.ok(existsSync(assets), 'the examples are not built: run `npm run build && node scripts/build-examples.mjs` (npm test does)');
  const files = readdirSync(assets);
  for (const name of ['frame-worker', 'scan-worker', 'zxing_reader']) {
    assert.equal(files.filter((file) => file.startsWith(`${name}-`)).length, 1, `one ${name} file in ${files.join(', ')}`);
  }
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    assert.ok(!readFileSync(new URL(file, assets), 'utf8').includes('data:text/javascript'), `${file} inlines a script as a data: URL`);
  }
});
