import type { WxCameraEventDetails } from '../shared/camera-events.js';

/** A handler of one `<wx-camera>` event. */
type Handler<K extends keyof WxCameraEventDetails> = (event: CustomEvent<WxCameraEventDetails[K]>) => void;

/** `on<event>` handler props, lower case (`oninitdone`): React 19 and Svelte 5. */
export type LowercaseEventProps = { [K in keyof WxCameraEventDetails as `on${K}`]?: Handler<K> };

/** `on<Event>` handler props (`onInitdone`, written `@initdone` in templates): Vue 3. */
export type CapitalizedEventProps = { [K in keyof WxCameraEventDetails as `on${Capitalize<K>}`]?: Handler<K> };
