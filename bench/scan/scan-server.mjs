// The scan benchmark's page server: the repository on loopback, cross-origin isolated (fine-grained
// timers), with dist/ read into memory once it is complete, so others rebuilding the package during
// a run cannot change what the pages load halfway through. Pages reach bwip-js through an import
// map (/node_modules/bwip-js/dist/bwip-js.mjs) and the comparison decoders through their UMD files.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readTree(dir, into) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, into);
    else if (entry.isFile()) into.set(normalize(path), readFileSync(path));
  }
  return into;
}

const NEEDED = ['dist/wx-camera.bundle.js', 'dist/scan-worker.js', 'dist/zxing_reader.wasm', 'dist/testing/index.js'];

/** Waits until dist/ has what the pages load and it has not changed for 3 s (a build may be running). */
async function settledDist(timeoutMs = 180000) {
  const stamp = () => (NEEDED.every((file) => existsSync(file)) ? NEEDED.map((file) => statSync(file).mtimeMs).join() : null);
  const deadline = Date.now() + timeoutMs;
  let last = stamp();
  while (Date.now() < deadline) {
    await sleep(3000);
    const now = stamp();
    if (now && now === last) return;
    last = now;
  }
  throw new Error(`dist/ is incomplete (${NEEDED.join(', ')}): run npm run build`);
}

/** Serves the repository; resolves with the server and its base URL. */
export async function serveScanPages() {
  await settledDist();
  const frozen = readTree('dist', new Map());
  const server = createServer((request, response) => {
    const path = normalize(join('.', decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const fromDist = path.startsWith(`dist${sep}`);
    if (path.startsWith('..') || (fromDist ? !frozen.has(path) : !existsSync(path) || !statSync(path).isFile())) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    if (fromDist) response.end(frozen.get(path));
    else createReadStream(path).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
