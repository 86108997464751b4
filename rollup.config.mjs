// The self-contained bundle for a plain <script type="module">: what `wx-camera/global` does, with
// lit inlined and minified, its on-demand chunks and its frame and scan workers beside it. The library build itself is tsc's
// per-module output in dist/ (lit stays external there); this config bundles that output.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';

const minify = () => terser({ ecma: 2022, module: true, format: { comments: false } });

export default [
  {
    input: 'dist/global.js',
    output: {
      dir: 'dist',
      entryFileNames: 'wx-camera.bundle.js',
      // Modules loaded on demand (the WebM duration fix, the re-encoder of compressed recordings)
      // are chunks beside it, fetched only when a page needs them.
      chunkFileNames: 'bundle-chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
      // Lit's browser build extends HTMLElement and makes a TreeWalker as it loads; without a DOM
      // (SSR, Node) these stand-ins (what Lit's own Node build uses) let the module load, and the
      // guarded registration then does nothing.
      intro:
        'const HTMLElement = globalThis.HTMLElement ?? class {};' +
        'const document = globalThis.document ?? { createTreeWalker: () => ({}) };',
    },
    onwarn(warning, warn) {
      // tsc's decorator helper reads the module-level `this`; undefined is what it expects in ESM.
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
    plugins: [nodeResolve({ browser: true }), commonjs(), minify()],
  },
  // The photo worker, where the bundle's `new URL('./photo-worker.js', import.meta.url)` finds it.
  {
    input: 'dist/capture/photo-worker.js',
    output: { file: 'dist/photo-worker.js', format: 'es', sourcemap: true },
    plugins: [minify()],
  },
  // The frame worker, where the bundle's `new URL('./frame-worker.js', import.meta.url)` finds it.
  {
    input: 'dist/frames/frame-worker.js',
    output: { file: 'dist/frame-worker.js', format: 'es', sourcemap: true },
    plugins: [minify()],
  },
  // The scan worker (scanCode mode), where the bundle's `new URL('./scan-worker.js', import.meta.url)`
  // finds it, with zxing-wasm inlined (still loaded only if the browser's BarcodeDetector cannot do
  // the job); its wasm goes beside it (scripts/copy-scan-wasm.mjs).
  {
    input: 'dist/scan/scan-worker.js',
    output: { file: 'dist/scan-worker.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [nodeResolve({ browser: true }), minify()],
  },
];
