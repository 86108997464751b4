// custom-elements.json, generated from the source's TSDoc (`npm run analyze`): Storybook's controls
// and docs, and editors, read it.
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
};
