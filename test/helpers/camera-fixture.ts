/// <reference types="mocha" />
import { fixtureCleanup, fixtureSync, oneEvent } from '@open-wc/testing';
import type { WxCamera } from '../../src/index.js';
import { requestsSettled, resetWatch } from './camera-watch.js';
import { restorePageVisibility } from './page-visibility.js';

/**
 * Puts a `<wx-camera>` with the given attributes on the page, as an open-wc fixture (removed after
 * each test). The attributes are set before it connects, so it opens the camera asked for, and it
 * is synchronous, so listeners added right after it hear its first events.
 */
export function mountCamera(attributes: Record<string, string> = {}): WxCamera {
  const camera = document.createElement('wx-camera');
  for (const [name, value] of Object.entries(attributes)) camera.setAttribute(name, value);
  return fixtureSync<WxCamera>(camera);
}

/**
 * open-wc's `oneEvent`, failing with the event's name when it does not come within `ms`: a camera
 * that hangs fails its test with a readable message rather than mocha's timeout.
 */
export function oneEventWithin<Detail = unknown>(target: EventTarget, type: string, ms = 8000): Promise<CustomEvent<Detail>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no '${type}' event within ${ms} ms`)), ms);
  });
  return Promise.race([oneEvent<CustomEvent<Detail>>(target, type), late]).finally(() => clearTimeout(timer));
}

/** The errMsg a Promise-style call failed with, or 'resolved' when it succeeded. */
export function errMsgOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'resolved',
    (e: { errMsg: string }) => e.errMsg,
  );
}

/**
 * Skips the running test, saying why in its title (reporters list skipped tests by title) and in
 * the browser log: for a check the engine's fake camera cannot take (no torch, say).
 */
export function skipBecause(test: Mocha.Context, reason: string): never {
  console.warn(`skipped "${test.test!.fullTitle()}": ${reason}`);
  test.test!.title += ` (skipped: ${reason})`;
  test.skip();
}


afterEach(async () => {
  restorePageVisibility();
  // open-wc's own hook does this too; here it is sure to happen before the requests settle.
  fixtureCleanup();
  // A camera that a test took off the page and put back (`document.body.append`) left its fixture.
  for (const camera of document.querySelectorAll('wx-camera')) camera.remove();
  await requestsSettled();
  resetWatch();
});
