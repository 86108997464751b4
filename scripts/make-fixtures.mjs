// The pictures Chromium plays as its camera in the browser tests (web-test-runner.config.mjs passes
// them with --use-file-for-fake-video-capture): the known picture for the pixel tests, and one code
// (QR, EAN-13, Code 128, drawn by bwip-js) per scanCode group. Written as Y4M files to
// test/fixtures/generated/ (gitignored) by `node scripts/make-fixtures.mjs`, which npm test runs
// before web-test-runner; importing this module only names them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CODE_PICTURES, codePictureY4m } from '../test/fixtures/code-pictures.mjs';
import { toY4m } from '../test/fixtures/known-picture.mjs';

const generated = fileURLToPath(new URL('../test/fixtures/generated/', import.meta.url));

/** The known picture's file. */
export const knownPicture = `${generated}known-picture.y4m`;

/** Each code picture's file, by code name (`qr`, `ean13`, `code128`). */
export const codePictures = Object.fromEntries(Object.entries(CODE_PICTURES).map(([name, { file }]) => [name, `${generated}${file}`]));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { default: bwipjs } = await import('bwip-js');
  mkdirSync(generated, { recursive: true });
  writeFileSync(knownPicture, toY4m());
  for (const [name, file] of Object.entries(codePictures)) writeFileSync(file, codePictureY4m(name, bwipjs));
}
