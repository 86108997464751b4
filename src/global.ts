import { createCameraContext } from './index.js';

export * from './index.js';

interface WxNamespace {
  createCameraContext?: typeof createCameraContext;
  [member: string]: unknown;
}

/**
 * Installs `wx.createCameraContext` on `globalThis`, creating `wx` when absent and leaving every
 * other member of an existing `wx` as it was, so unmodified Mini App code runs.
 */
export function installGlobalWx(target: { wx?: WxNamespace } = globalThis as { wx?: WxNamespace }): void {
  const namespace = target.wx ?? (target.wx = {});
  namespace.createCameraContext = createCameraContext;
}

installGlobalWx();
