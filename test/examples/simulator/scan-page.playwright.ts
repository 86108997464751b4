import { expect, test } from '@playwright/test';
import type { CameraSimulator } from 'wx-camera/testing';

// What scan-page.html puts on the page: the simulator; and the bundle's Mini App `wx`.
declare const simulator: CameraSimulator;
declare const wx: typeof import('wx-camera').wx;

test('a scanning page lists each code shown, and stops when the camera is unplugged', async ({ page }) => {
  await page.goto('/test/examples/simulator/scan-page.html');
  const scanned = page.getByRole('listitem');

  await page.evaluate(() => simulator.show({ code: 'https://example.com/first' }));
  await expect(scanned).toHaveText(['QR_CODE https://example.com/first']);

  await page.evaluate(() => simulator.show({ code: 'second code' }));
  await expect(scanned).toHaveText(['QR_CODE https://example.com/first', 'QR_CODE second code']);

  await page.evaluate(() => simulator.unplug()); // the camera in use: its track ends
  await expect(page.getByRole('status')).toHaveText('Camera stopped');
  const errMsg = await page.evaluate(() =>
    wx.createCameraContext().takePhoto().then(
      () => 'taken',
      (failure: { errMsg: string }) => failure.errMsg,
    ),
  );
  expect(errMsg).toBe('operateCamera:fail camera stopped: the camera track ended');
});
