// Builds the README's framework and bundler examples the way an app that installed the package
// does: `wx-camera` resolves to the packed package in test/examples/node_modules (see
// scripts/build-examples.mjs), Vue and Svelte components go through their own Vite plugins.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'wx-camera' } } }),
    svelte(),
  ],
  build: {
    outDir: '.built',
    // The Angular example compiles its template in the browser, so its bundle carries the compiler.
    chunkSizeWarningLimit: 2000,
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        react: 'react-example.tsx',
        vue: 'vue-main.ts',
        svelte: 'svelte-main.ts',
        angular: 'angular-main.ts',
        bundler: 'bundler-example.html',
      },
      output: { entryFileNames: '[name].js' },
    },
  },
});
