// The one way zxing-wasm's reader wasm reaches the scan worker. Its decoder loads the wasm from
// beside itself (`new URL('./zxing_reader.wasm', import.meta.url)` in src/scan/zxing-decoder.ts), so
// this puts a copy beside every scan worker there is:
//   src/scan/   the source, served by Storybook, Vitest and web-test-runner (gitignored there)
//   dist/scan/  the tsc build
//   dist/       the bundled scan worker, dist/scan-worker.js (rollup.config.mjs)
// `npm run build` runs it last, when the builds are there; start, test and the Storybook scripts run it.
import { copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const root = new URL('../', import.meta.url);
const workers = { 'src/scan/': 'src/scan/scan-worker.ts', 'dist/scan/': 'dist/scan/scan-worker.js', 'dist/': 'dist/scan-worker.js' };
for (const [dir, worker] of Object.entries(workers)) {
  if (existsSync(new URL(worker, root))) copyFileSync(wasm, new URL(`${dir}zxing_reader.wasm`, root));
}
