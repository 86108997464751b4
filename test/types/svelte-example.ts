// The attributes a Svelte 5 component such as
//   <wx-camera device-position="back" oninitdone={(e) => (maxZoom = e.detail.maxZoom)} />
// passes, checked against the SvelteHTMLElements entry that `wx-camera/svelte` adds.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'wx-camera/svelte';

export const attributes: SvelteHTMLElements['wx-camera'] = {
  'device-position': 'back',
  mode: 'scanCode',
  oninitdone: (event) => console.log(event.detail.maxZoom),
  onscancode: (event) => console.log(event.detail.type, event.detail.result),
};
