// Measures what users download, minified and gzipped, and fails past the budget in
// size-budget.json: the library build (lit and the other dependencies external, as a bundler
// sees it) and the self-contained bundle (lit inlined), plus the frame worker beside it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(pkg.dependencies ?? {});

async function minified(input) {
  const build = await rollup({
    input,
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [nodeResolve({ browser: true }), terser({ ecma: 2022, module: true, format: { comments: false } })],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  return output[0].code;
}

const sizes = {
  library: gzipSync(await minified('dist/index.js')).length,
  bundle: gzipSync(readFileSync('dist/wx-camera.bundle.js')).length,
  'frame-worker': gzipSync(readFileSync('dist/frame-worker.js')).length,
};
let over = false;
for (const [name, bytes] of Object.entries(sizes)) {
  const limit = budget[name];
  const verdict = limit === undefined ? '' : bytes > limit ? ` OVER the budget of ${limit}` : ` (budget ${limit})`;
  if (limit !== undefined && bytes > limit) over = true;
  console.log(`[size] ${name}: ${(bytes / 1024).toFixed(1)} KB min+gzip (${bytes} bytes)${verdict}`);
}
process.exit(over ? 1 : 0);
