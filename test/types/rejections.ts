// The typings reject what the element does not accept (each line must be an error).
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { WxCameraReactProps } from 'wx-camera/react';
import { createCameraContext } from 'wx-camera';

// @ts-expect-error: not a device position
export const react: WxCameraReactProps = { 'device-position': 'side' };
// @ts-expect-error: not a frame size
export const vue: InstanceType<GlobalComponents['wx-camera']>['$props'] = { 'frame-size': 'huge' };
// @ts-expect-error: initdone's detail has no errMsg
export const svelte: SvelteHTMLElements['wx-camera'] = { oninitdone: (event) => event.detail.errMsg };
// @ts-expect-error: zoom is a number
createCameraContext().setZoom({ zoom: '2' });
// @ts-expect-error: the element is typed in document.querySelector
document.querySelector('wx-camera')?.frameSize === 'tiny';
