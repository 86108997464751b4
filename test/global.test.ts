import { expect } from '@open-wc/testing';

describe('wx-camera/global', () => {
  it('installs wx.createCameraContext and keeps the other members of an existing wx', async () => {
    const existing = { getSystemInfoSync: () => ({}) };
    (globalThis as { wx?: object }).wx = existing;
    const { createCameraContext } = await import('../src/global.js');
    const { wx } = globalThis as unknown as { wx: Record<string, unknown> };
    expect(wx).to.equal(existing);
    expect(wx.getSystemInfoSync).to.equal(existing.getSystemInfoSync);
    expect(wx.createCameraContext).to.equal(createCameraContext);
  });

  it('creates wx where there is none', async () => {
    const { installGlobalWx, createCameraContext } = await import('../src/global.js');
    const target: Parameters<typeof installGlobalWx>[0] = {};
    installGlobalWx(target);
    expect(target.wx?.createCameraContext).to.equal(createCameraContext);
  });
});
