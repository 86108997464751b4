// Importing the package where there is no DOM (server rendering, Node tools) must not throw.
// Runs with node's own test runner against the built package (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the main entry imports without a DOM, and its context fails cleanly', async () => {
  const pkg = await import('../../dist/index.js');
  assert.equal(typeof pkg.WxCamera, 'function');
  assert.equal(pkg.wx.createCameraContext, pkg.createCameraContext);
  await assert.rejects(pkg.createCameraContext().takePhoto(), {
    errMsg: 'operateCamera:fail no <wx-camera> on the page',
  });
});

test('the global entry installs wx.createCameraContext without a DOM', async () => {
  globalThis.wx = { keep: 1 };
  const global = await import('../../dist/global.js');
  assert.equal(globalThis.wx.keep, 1);
  assert.equal(globalThis.wx.createCameraContext, global.createCameraContext);
});

test('the self-contained bundle imports without a DOM', async () => {
  const bundle = await import('../../dist/wx-camera.bundle.js');
  assert.equal(typeof bundle.createCameraContext, 'function');
});
