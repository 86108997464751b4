import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { waitFor, within } from 'storybook/test';
import type { ArgTypes } from '@storybook/web-components-vite';
import { defineWxCamera, type WxCamera } from '../src/index.js';
import type { CameraMode, DevicePosition, FlashMode, FrameSize, Resolution } from '../src/types.js';

/** The events of `<wx-camera>`, in the order a story's log shows them. */
export const CAMERA_EVENTS = ['initdone', 'error', 'stop', 'scancode'] as const;

/** Story args: the element's attributes by their attribute names, and a spy per event. */
export interface CameraArgs {
  'device-position': DevicePosition;
  flash: FlashMode;
  'frame-size'?: FrameSize;
  resolution: Resolution;
  mode: CameraMode;
  onInitdone?: (event: Event) => void;
  onError?: (event: Event) => void;
  onStop?: (event: Event) => void;
  onScancode?: (event: Event) => void;
}

// Registration made explicit (a guarded no-op when already defined), so the stories never depend on
// a side-effect import surviving a production build's tree-shaking.
defineWxCamera();

const select = <T extends string>(options: readonly T[]) => ({ control: 'select' as const, options });

/**
 * Select controls for the attributes, with the values the element accepts (the manifest only
 * knows the type names). The manifest's property rows repeat the attributes, so they are hidden.
 */
export const cameraArgTypes: ArgTypes = {
  'device-position': select(['back', 'front'] as const),
  flash: select(['auto', 'on', 'off', 'torch'] as const),
  'frame-size': select(['small', 'medium', 'large'] as const),
  resolution: select(['low', 'medium', 'high'] as const),
  mode: select(['normal', 'scanCode'] as const),
  devicePosition: { table: { disable: true } },
  frameSize: { table: { disable: true } },
  styles: { table: { disable: true } },
  video: { control: false },
  camera: { control: false },
  // Rows from the manifest that have nothing to set: the events (their spies are the on* args)
  // and the background, which only shows before the camera opens.
  ...Object.fromEntries(CAMERA_EVENTS.map((type) => [type, { control: false }])),
  '--wx-camera-background': { control: false },
};

/** The element's own defaults. */
export const defaultCameraArgs: CameraArgs = {
  'device-position': 'back',
  flash: 'auto',
  resolution: 'medium',
  mode: 'normal',
};

/**
 * One `<wx-camera>` (a page may have only one live camera) with its events listed underneath.
 * Lit updates the same element when a control changes, so switching `device-position` reopens
 * the camera instead of replacing the element. `overlay` is laid over the preview (the slot).
 */
export function renderCamera(args: CameraArgs, overlay?: TemplateResult): TemplateResult {
  return html`
    <story-event-log events=${CAMERA_EVENTS.join(' ')}>
      <wx-camera
        class="story-camera"
        device-position=${args['device-position']}
        flash=${args.flash}
        frame-size=${ifDefined(args['frame-size'])}
        resolution=${args.resolution}
        mode=${args.mode}
        @initdone=${args.onInitdone}
        @error=${args.onError}
        @stop=${args.onStop}
        @scancode=${args.onScancode}
        >${overlay}</wx-camera
      >
    </story-event-log>
  `;
}

/**
 * Waits until the story's camera has fired `initdone` (as its log shows) and returns the element
 * and its preview video. For `play` functions.
 */
export async function cameraReady(canvasElement: HTMLElement, timeout = 10_000): Promise<{ camera: WxCamera; video: HTMLVideoElement }> {
  const canvas = within(canvasElement);
  const log = await canvas.findByRole('log', {}, { timeout });
  // Until the camera is open or has failed: a failure ends the wait at once.
  const settled = /(initdone|error) \{/;
  await waitFor(
    () => {
      if (!settled.test(log.textContent ?? '')) throw new Error(`no initdone or error in the event log after ${timeout} ms`);
    },
    // The log says why; skip testing-library's dump of the whole document.
    { timeout, onTimeout: (error) => error },
  );
  const events = log.textContent?.trim() ?? '';
  if (!/initdone \{"maxZoom":[\d.]+\}/.test(events)) throw new Error(`the camera did not open; the event log shows: ${events}`);
  const camera = canvasElement.querySelector('wx-camera');
  const video = camera?.video;
  if (!camera || !video) throw new Error('the story has no <wx-camera> with a rendered preview');
  return { camera, video };
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});

/**
 * Lists, under its content, the events that content fires, with the time and the detail as JSON.
 * It listens in the capture phase, so it hears events that do not bubble, as `<wx-camera>`'s do
 * not. The list is light DOM (`role="log"`), so `within(canvasElement)` queries can read it.
 *
 * @tag story-event-log
 * @attr events - Space-separated event types to list.
 */
export class EventLog extends HTMLElement {
  static readonly observedAttributes = ['events'];
  /** The most entries kept; older ones are dropped. */
  limit = 50;
  readonly list: HTMLOListElement;
  private listening: AbortController | null = null;

  constructor() {
    super();
    this.list = document.createElement('ol');
    this.list.className = 'story-event-log__list';
    this.list.setAttribute('role', 'log');
    this.list.setAttribute('aria-label', 'Events');
    this.list.dataset.empty = 'No events yet';
  }

  connectedCallback(): void {
    if (this.list.parentNode !== this) this.append(this.list);
    this.listen();
  }

  disconnectedCallback(): void {
    this.listening?.abort();
    this.listening = null;
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.listen();
  }

  /** Removes every entry. */
  clear(): void {
    this.list.replaceChildren();
  }

  private listen(): void {
    this.listening?.abort();
    this.listening = new AbortController();
    const types = (this.getAttribute('events') ?? '').split(/\s+/).filter(Boolean);
    for (const type of types) {
      this.addEventListener(type, (event) => this.record(event), { capture: true, signal: this.listening.signal });
    }
  }

  private record(event: Event): void {
    if (event.target instanceof Node && this.list.contains(event.target)) return;
    const entry = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = timeFormat.format(new Date());
    const type = document.createElement('b');
    type.textContent = event.type;
    const detail = document.createElement('code');
    detail.textContent = event instanceof CustomEvent ? JSON.stringify(event.detail ?? null) : '';
    entry.append(time, ' ', type, ' ', detail);
    if (event.type === 'error') entry.className = 'is-error';
    this.list.append(entry);
    while (this.list.childElementCount > this.limit) this.list.firstElementChild?.remove();
    this.list.scrollTop = this.list.scrollHeight;
  }
}

if (!customElements.get('story-event-log')) customElements.define('story-event-log', EventLog);

declare global {
  interface HTMLElementTagNameMap {
    'story-event-log': EventLog;
  }
}

// Neutral in light and dark: the stories' canvas follows the viewer's colour scheme.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  story-event-log {
    color-scheme: light dark;
    display: flex;
    flex-direction: column;
    gap: 12px;
    max-width: 640px;
    font: 14px/1.4 system-ui, sans-serif;
  }
  story-event-log .story-camera {
    width: 100%;
    height: 360px;
    border-radius: 8px;
  }
  .story-event-log__list {
    margin: 0;
    padding: 8px 12px;
    max-height: 160px;
    overflow: auto;
    list-style: none;
    border: 1px solid light-dark(#d0d7de, #3d444d);
    border-radius: 8px;
    background: light-dark(#f6f8fa, #161b22);
    color: light-dark(#1f2328, #e6edf3);
    font: 12px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .story-event-log__list:empty::before {
    content: attr(data-empty);
    color: light-dark(#59636e, #9198a1);
  }
  .story-event-log__list time {
    color: light-dark(#59636e, #9198a1);
  }
  .story-panel {
    display: grid;
    gap: 8px;
    max-width: 640px;
    margin-top: 12px;
    font: 13px/1.4 system-ui, sans-serif;
  }
  .story-panel .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .story-panel button {
    justify-self: start;
    padding: 6px 14px;
    font: inherit;
  }
  .story-panel output {
    font: 12px/1.4 ui-monospace, monospace;
  }
  .story-event-log__list .is-error b {
    color: light-dark(#cf222e, #ff7b72);
  }
`);
if (!document.adoptedStyleSheets.some((adopted) => adopted.cssRules[0]?.cssText.startsWith('story-event-log'))) {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
