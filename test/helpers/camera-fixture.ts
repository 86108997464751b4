/// <reference types="mocha" />
import type { WxCamera } from '../../src/index.js';
import { requestsSettled, resetWatch } from './camera-watch.js';
import { restorePageVisibility } from './page-visibility.js';

const mounted: HTMLElement[] = [];

/** Adds a `<wx-camera>` with the given attributes to the page; removed after each test. */
export function mountCamera(attributes: Record<string, string> = {}): WxCamera {
  const camera = document.createElement('wx-camera');
  for (const [name, value] of Object.entries(attributes)) camera.setAttribute(name, value);
  document.body.append(camera);
  mounted.push(camera);
  return camera;
}

/** The next `type` event of `target`; rejects with a readable message after `ms`. */
export function nextEvent<Detail = unknown>(target: EventTarget, type: string, ms = 8000): Promise<CustomEvent<Detail>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${type}' event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<Detail>);
      },
      { once: true },
    );
  });
}

/** The errMsg a Promise-style call failed with, or 'resolved' when it succeeded. */
export function errMsgOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'resolved',
    (e: { errMsg: string }) => e.errMsg,
  );
}

/** Resolves after `ms` milliseconds. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds; rejects with `message` after `ms`. */
export async function until(condition: () => boolean, message: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out: ${message}`);
    await pause(20);
  }
}

afterEach(async () => {
  restorePageVisibility();
  for (const element of mounted.splice(0)) element.remove();
  await requestsSettled();
  resetWatch();
});
