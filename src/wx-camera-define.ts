import { WxCamera } from './wx-camera.js';

/**
 * Registers `<wx-camera>` (or a subclass under another tag). Does nothing without a DOM (SSR) or
 * when the tag is already defined, so importing the package twice never throws.
 */
export function defineWxCamera(
  tag = 'wx-camera',
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry || registry.get(tag)) return;
  registry.define(tag, tag === 'wx-camera' ? WxCamera : class extends WxCamera {});
}

defineWxCamera();

declare global {
  interface HTMLElementTagNameMap {
    'wx-camera': WxCamera;
  }
}
