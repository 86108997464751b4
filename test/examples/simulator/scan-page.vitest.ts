import { afterEach, expect, test } from 'vitest';
import { createCameraContext } from 'wx-camera';
import { installCameraSimulator, type CameraSimulator } from 'wx-camera/testing';

let simulator: CameraSimulator;
afterEach(() => {
  document.body.replaceChildren();
  simulator.uninstall();
});

test('a scanning page reports each code shown, and stops when the camera is unplugged', async () => {
  // Installed before <wx-camera> opens its camera; the first picture is a QR code.
  simulator = installCameraSimulator({ picture: { code: 'https://example.com/first' } });
  document.body.innerHTML = '<wx-camera mode="scanCode"></wx-camera>';
  const camera = document.querySelector('wx-camera')!;
  const scanned: string[] = [];
  camera.addEventListener('scancode', ({ detail }) => scanned.push(`${detail.type} ${detail.result}`));

  await expect.poll(() => scanned, { timeout: 30_000 }).toEqual(['QR_CODE https://example.com/first']);

  await simulator.show({ code: 'second code' });
  await expect.poll(() => scanned, { timeout: 30_000 }).toEqual(['QR_CODE https://example.com/first', 'QR_CODE second code']);

  const stopped = new Promise((resolve) => camera.addEventListener('stop', resolve, { once: true }));
  simulator.unplug(); // the camera in use: its track ends
  await stopped;
  await expect(createCameraContext().takePhoto()).rejects.toMatchObject({ errMsg: 'operateCamera:fail camera stopped: the camera track ended' });
}, 60_000);
