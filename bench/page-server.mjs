// A static server for the repository (bench pages and dist/) on loopback, cross-origin isolated so
// pages get fine-grained timers and performance.measureUserAgentSpecificMemory(). Builds the
// package first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

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

/**
 * Serves the repository; resolves with the server and its base URL. `isolated: false` leaves out
 * the cross-origin isolation headers (pages that load cross-origin-less assets, like Storybook's).
 */
export async function servePages({ isolated = true } = {}) {
  if (isolated && !existsSync('dist/wx-camera.bundle.js')) {
    console.log('[bench] building the package first');
    if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const server = createServer((request, response) => {
    const path = normalize(join('.', decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (path.startsWith('..') || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      ...(isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
    });
    createReadStream(path).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
