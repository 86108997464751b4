// Puts zxing-wasm's reader wasm where the scan worker looks for it: beside the module that loads
// it (`new URL('./zxing_reader.wasm', import.meta.url)` in src/scan/zxing-decoder.ts).
//   node scripts/copy-scan-wasm.mjs          src/scan/ (gitignored; for Storybook / Vite),
//                                             and dist/scan/ when the tsc build is there
//   node scripts/copy-scan-wasm.mjs DIR...    those folders
// The bundle (rollup.config.mjs) places its own copy beside dist/scan-worker.js.
import { copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const chosen = process.argv.slice(2);
const targets = chosen.length > 0 ? chosen : ['src/scan', ...(existsSync('dist/scan') ? ['dist/scan'] : [])];
for (const dir of targets) {
  if (!existsSync(dir)) {
    console.error(`copy-scan-wasm: no folder ${dir}`);
    process.exit(1);
  }
  copyFileSync(wasm, join(dir, 'zxing_reader.wasm'));
}
