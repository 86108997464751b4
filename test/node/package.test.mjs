// What `npm pack` publishes, after `npm run build` (npm test builds first; `npm pack` builds by
// itself through the prepack script): the manifest, the tsc module build and the self-contained
// bundle with each of their workers, the scanner's wasm wherever a worker loads it from, types for
// every entry of the exports map, and a file behind every path package.json names.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
assert.ok(existsSync(`${root}dist/index.js`), 'the package is not built: run `npm run build` (npm test does)');
// --ignore-scripts: the build is there; prepack would build it again.
const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const packed = new Map(files.map(({ path, size }) => [path, size]));
const isPacked = (path) => packed.has(path.replace(/^\.\//, ''));

/** Every file path of an exports map entry: a string, or the strings of its conditions. */
const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets));

test('the manifest is packed where the customElements field points, and declares <wx-camera>', () => {
  assert.ok(isPacked(pkg.customElements), `${pkg.customElements} is not in the package`);
  const manifest = JSON.parse(readFileSync(`${root}${pkg.customElements}`, 'utf8'));
  assert.ok(manifest.modules.some((module) => module.declarations?.some((declaration) => declaration.tagName === 'wx-camera')));
});

test('both builds are packed, each with its frame, photo and scan workers', () => {
  for (const path of [
    'dist/index.js',
    'dist/global.js',
    'dist/wx-camera-define.js',
    'dist/wx-camera.js',
    'dist/frames/frame-worker.js',
    'dist/capture/photo-worker.js',
    'dist/scan/scan-worker.js',
    'dist/wx-camera.bundle.js',
    'dist/frame-worker.js',
    'dist/photo-worker.js',
    'dist/scan-worker.js',
  ]) {
    assert.ok(isPacked(path), `${path} is not in the package`);
  }
});

test("the scanner's wasm is packed beside the tsc build's decoder and beside the bundled scan worker", () => {
  const { size } = statSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  for (const path of ['dist/scan/zxing_reader.wasm', 'dist/zxing_reader.wasm']) {
    assert.equal(packed.get(path), size, `${path}: zxing-wasm's reader wasm, ${size} bytes`);
  }
});

test('every file a packed module loads by new URL(..., import.meta.url) is packed beside it', () => {
  const literal = /new URL\(\s*["'`]\.\/([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g;
  const loads = [];
  for (const path of [...packed.keys()].filter((name) => name.endsWith('.js'))) {
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    const code = readFileSync(`${root}${path}`, 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, ''); // without comment lines
    for (const [, name] of code.matchAll(literal)) loads.push([path, `${dir}${name}`]);
  }
  // The workers (from the frame pipeline, the photo encoder and the code scanner, in both builds) and the wasm.
  for (const loaded of ['dist/frames/frame-worker.js', 'dist/capture/photo-worker.js', 'dist/scan/scan-worker.js', 'dist/frame-worker.js', 'dist/photo-worker.js', 'dist/scan-worker.js', 'dist/scan/zxing_reader.wasm', 'dist/zxing_reader.wasm']) {
    assert.ok(loads.some(([, path]) => path === loaded), `no packed module loads ${loaded}`);
  }
  for (const [from, path] of loads) assert.ok(isPacked(path), `${from} loads ${path}, which is not in the package`);
});

test('every entry of the exports map is packed, with a .d.ts wherever it has types', () => {
  for (const [entry, value] of Object.entries(pkg.exports)) {
    for (const path of targets(value)) assert.ok(isPacked(path), `exports["${entry}"]: ${path} is not in the package`);
    if (typeof value === 'object' && 'types' in value) assert.match(value.types, /\.d\.ts$/, `exports["${entry}"].types`);
  }
});

test('main, module, types and the built sideEffects entries are packed', () => {
  for (const path of [pkg.main, pkg.module, pkg.types, ...pkg.sideEffects.filter((path) => path.startsWith('./dist/'))]) {
    assert.ok(isPacked(path), `${path} is not in the package`);
  }
});
