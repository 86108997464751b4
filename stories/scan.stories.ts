import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor, within } from 'storybook/test';
import type { ScanCodeDetail, WxCamera } from '../src/index.js';
import { cameraArgTypes, cameraReady, defaultCameraArgs, renderCamera, type CameraArgs } from './story-helpers.js';
import { inspectCamera } from '../src/inspect.js';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** How long the box drawn over a code read stays, ms. */
const BOX_MS = 1500;

/**
 * Draws a box over a code the camera read, at its `scanArea` (the element's CSS pixels), as a page
 * would: a child of the `<wx-camera>`, laid over the preview, gone after {@link BOX_MS}.
 */
function drawScanArea(camera: Element, { scanArea, type }: ScanCodeDetail): void {
  if (!scanArea) return;
  const [x, y, width, height] = scanArea;
  const box = document.createElement('div');
  box.className = 'story-scan-box';
  box.title = type;
  Object.assign(box.style, { left: `${x}px`, top: `${y}px`, width: `${width}px`, height: `${height}px` });
  camera.append(box);
  setTimeout(() => box.remove(), BOX_MS);
}

/**
 * Lists the codes the page's `<wx-camera>` has read (time, type, text, where), newest first, draws
 * a box over each as it is read, and shows what the scanner is doing: its decoder, pictures
 * decoded, and what the last decode cost.
 */
class ScanList extends HTMLElement {
  private readonly status = document.createElement('output');
  private readonly list = document.createElement('ol');
  private readonly clear = document.createElement('button');
  private listening: AbortController | null = null;
  private timer = 0;

  connectedCallback(): void {
    this.classList.add('story-panel'); // shared panel layout, from story-helpers
    this.status.setAttribute('aria-label', 'Scanner status');
    this.list.setAttribute('aria-label', 'Codes read');
    this.list.dataset.empty = 'Nothing read yet: hold a QR code or a barcode in front of the camera.';
    this.clear.textContent = 'Clear';
    this.clear.addEventListener('click', () => this.list.replaceChildren());
    this.append(this.status, this.list, this.clear);
    this.listening = new AbortController();
    // `scancode` does not bubble: listen in the capture phase, which passes every ancestor.
    document.addEventListener(
      'scancode',
      (event) => {
        const { detail } = event as CustomEvent<ScanCodeDetail>;
        this.add(detail);
        if (event.target instanceof Element) drawScanArea(event.target, detail);
      },
      { capture: true, signal: this.listening.signal },
    );
    this.timer = window.setInterval(() => this.showStatus(), 250);
  }

  disconnectedCallback(): void {
    this.listening?.abort();
    this.listening = null;
    clearInterval(this.timer);
  }

  private add({ type, result, scanArea }: ScanCodeDetail): void {
    const entry = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = timeFormat.format(new Date());
    const kind = document.createElement('b');
    kind.textContent = type;
    const text = document.createElement('span');
    text.textContent = result;
    const where = document.createElement('small');
    where.textContent = scanArea ? ` at [${scanArea.join(', ')}]` : '';
    entry.append(time, ' ', kind, ' ', text, where);
    this.list.prepend(entry);
  }

  private showStatus(): void {
    const camera = document.querySelector('wx-camera') as WxCamera | null;
    const scanner = (camera && inspectCamera(camera))?.scanner;
    if (!scanner?.scanning) {
      this.status.textContent = scanner?.stats.unavailable || 'not scanning (the camera is not open in scanCode mode)';
      return;
    }
    const { decoder, scans, lastDecodeMs } = scanner.stats;
    this.status.textContent = decoder
      ? `${decoder} · ${scans} pictures decoded · last decode ${lastDecodeMs.toFixed(0)} ms`
      : 'loading the decoder…';
  }
}
if (!customElements.get('story-scan-list')) customElements.define('story-scan-list', ScanList);

const listStyles = html`<style>
  story-scan-list ol {
    margin: 0;
    padding: 8px 12px;
    min-height: 3em;
    list-style: none;
    border: 1px solid light-dark(#d0d7de, #3d444d);
    border-radius: 8px;
  }
  story-scan-list ol:empty::before {
    content: attr(data-empty);
    color: light-dark(#59636e, #9198a1);
  }
  story-scan-list li time {
    color: light-dark(#59636e, #9198a1);
  }
  story-scan-list li span {
    overflow-wrap: anywhere;
  }
  story-scan-list li small {
    color: light-dark(#59636e, #9198a1);
  }
  /* The box over a code read: inside the camera's overlay, not in the way of taps. */
  wx-camera .story-scan-box {
    position: absolute;
    box-sizing: border-box;
    border: 3px solid #2da44e;
    border-radius: 4px;
    box-shadow: 0 0 0 1px #fff;
    pointer-events: none;
  }
</style>`;

// The camera in scanCode mode: every code it reads is listed once while it stays in view, and a
// box is drawn over it where the preview shows it (`scanArea`).
const meta = {
  title: 'Camera/Scan code',
  component: 'wx-camera',
  tags: ['autodocs'],
  args: { ...defaultCameraArgs, mode: 'scanCode' },
  argTypes: cameraArgTypes,
  render: (args) => html`${listStyles}${renderCamera(args)}<story-scan-list></story-scan-list>`,
  parameters: { docs: { story: { inline: false, height: '900px' } } },
} satisfies Meta<CameraArgs>;

export default meta;
type Story = StoryObj<CameraArgs>;

/** Reads QR codes and barcodes from the preview, lists them and draws a box over each. */
export const Scanner: Story = {
  play: async ({ canvasElement }) => {
    const { camera } = await cameraReady(canvasElement);
    await expect(camera.mode).toBe('scanCode');
    // The decoder (and its wasm, from the package's own files) loads and decodes pictures.
    const { stats } = inspectCamera(camera).scanner;
    await waitFor(
      () => {
        if (stats.unavailable) throw new Error(`scanning is unavailable: ${stats.unavailable}`);
        expect(stats.scans).toBeGreaterThan(0);
      },
      { timeout: 15_000 },
    );
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText('Scanner status').textContent).toMatch(/pictures decoded/));
    // The fake camera shows no code, so the list stays empty here; a real camera fills it.
    await expect(canvas.getByRole('list', { name: 'Codes read' })).toBeVisible();
  },
};
