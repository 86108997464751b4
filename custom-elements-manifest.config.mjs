// custom-elements.json, generated from the source's TSDoc (`npm run analyze`): Storybook's controls
// and docs, and editors, read it. The type parser adds each attribute's type with its aliases
// expanded (`parsedType`: `'back' | 'front'` for `DevicePosition`), which the stories' controls
// and the README check read.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

export default {
  // The package's public modules: the element, its registration, the entries, the context and the
  // public types (the rest of src/ is internal and stays out of the published manifest).
  globs: [
    'src/wx-camera.ts',
    'src/wx-camera-define.ts',
    'src/index.ts',
    'src/global.ts',
    'src/types.ts',
    'src/context/camera-context.ts',
    'src/context/temp-file-store.ts',
  ],
  outdir: '.',
  litelement: true,
  // The type parser needs TypeScript's type checker: one program over the analysed files.
  overrideModuleCreation: ({ ts, globs }) =>
    getTsProgram(ts, globs, 'tsconfig.build.json')
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.includes(glob))),
  plugins: [typeParserPlugin()],
};
