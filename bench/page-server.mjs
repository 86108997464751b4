// A static server for the repository (bench pages and dist/) on loopback, cross-origin isolated so
// pages get fine-grained timers and performance.measureUserAgentSpecificMemory(). Builds the
// package first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every file under `dir`, read now, by its repository path. */
function readTree(dir, into = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, into);
    else if (entry.isFile()) into.set(normalize(path), readFileSync(path));
  }
  return into;
}

/**
 * Waits for a complete dist/ (someone may be rebuilding it: `npm run build` starts with
 * `rm -rf dist`): the bundle and the frame worker present and unchanged for a few seconds.
 */
async function settledDist(timeoutMs = 180000) {
  const files = ['dist/wx-camera.bundle.js', 'dist/frame-worker.js'];
  const stamp = () => (files.every((file) => existsSync(file)) ? files.map((file) => statSync(file).mtimeMs).join() : null);
  const deadline = Date.now() + timeoutMs;
  let last = stamp();
  let waited = false;
  while (Date.now() < deadline) {
    await sleep(3000);
    const now = stamp();
    if (now && now === last) return true;
    if (!waited) console.log('[bench] waiting for dist/ (a build is running)');
    waited = true;
    last = now;
  }
  return false;
}

/**
 * Serves the repository; resolves with the server and its base URL. `isolated: false` leaves out
 * the cross-origin isolation headers (pages that load cross-origin-less assets, like Storybook's).
 * `snapshot: ['dist']` reads those folders into memory once, when they are complete, and serves
 * that copy: a rebuild during a long run (others editing the package) cannot change or remove
 * what the pages load halfway through.
 */
export async function servePages({ isolated = true, snapshot = [] } = {}) {
  if (snapshot.includes('dist') && !(await settledDist(existsSync('dist') ? 180000 : 60000))) {
    console.log('[bench] dist/ did not settle');
  }
  if (isolated && !existsSync('dist/wx-camera.bundle.js')) {
    console.log('[bench] building the package first');
    if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  let frozen = new Map();
  for (let tries = 0; tries < 5; tries++) {
    frozen = new Map();
    for (const dir of snapshot) if (existsSync(dir)) readTree(dir, frozen);
    // A rebuild may have begun while the files were read: take it again once it has settled.
    if (!snapshot.includes('dist') || (frozen.has(normalize('dist/wx-camera.bundle.js')) && frozen.has(normalize('dist/frame-worker.js')))) break;
    await settledDist();
  }
  const frozenDirs = snapshot.map((dir) => normalize(dir) + sep);
  const server = createServer((request, response) => {
    const path = normalize(join('.', decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const fromSnapshot = frozenDirs.some((dir) => path.startsWith(dir));
    if (path.startsWith('..') || (fromSnapshot ? !frozen.has(path) : !existsSync(path) || !statSync(path).isFile())) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      ...(isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
    });
    if (fromSnapshot) response.end(frozen.get(path));
    else createReadStream(path).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
