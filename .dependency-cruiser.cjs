// The layers of src/, checked by `npm test` (its `layers` step; `npm run layers` alone). Top to
// bottom, each layer may import only itself and the layers below it, type-only imports included;
// packages (lit, zxing-wasm, fix-webm-duration) wherever they are used; and no cycles.
const types = '^src/types\\.ts$';
const shared = '^src/shared/';
const features = { frames: '^src/frames/', capture: '^src/capture/', scan: '^src/scan/' };
const camera = '^src/camera/';
const element = '^src/wx-camera(\\.styles)?\\.ts$';
const entries = '^src/((index|global|wx-camera-define|inspect|worker)\\.ts$|frameworks/|testing/)';

/** Each layer below the entries (index, global, wx-camera-define, inspect, worker, frameworks/, testing/: anything), with what it may import from src/. */
const layers = [
  { name: 'element', comment: 'the element wires the camera to the page', path: element, may: [element, camera, shared, types] },
  { name: 'context', comment: 'createCameraContext reaches the camera through shared/ only', path: '^src/context/', may: ['^src/context/', shared, types] },
  { name: 'camera', comment: 'the camera lifecycle drives the features, never the context or the element', path: camera, may: [camera, ...Object.values(features), shared, types] },
  ...Object.entries(features).map(([name, path]) => ({ name, comment: 'a feature stands alone on shared/', path, may: [path, shared, types] })),
  { name: 'shared', comment: 'shared/ is the bottom layer but for types.ts', path: shared, may: [shared, types] },
  { name: 'types', comment: 'the public types import nothing from src/', path: types, may: [types] },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layers.map(({ name, comment, path, may }) => ({
      name: `layer-${name}`,
      comment: `${path} may import from src/ only ${may.join(', ')}: ${comment}`,
      severity: 'error',
      from: { path },
      to: { path: '^src/', pathNot: may },
    })),
    {
      name: 'layer-unknown',
      comment: 'every module of src/ is an entry or in a layer: place a new one in this file',
      severity: 'error',
      from: { path: '^src/', pathNot: [entries, ...layers.map(({ path }) => path)] },
      to: {},
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'not-to-unresolvable', comment: 'an import that does not resolve escapes the rules', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    // `import type` and `export type` count: a layer's types belong to it as much as its code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // Packages resolve by their exports maps (zxing-wasm/reader), as the bundlers resolve them.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'browser', 'types', 'default'] },
    exclude: { path: '\\.d\\.ts$' },
  },
};
