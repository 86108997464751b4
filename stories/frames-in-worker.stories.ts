import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createCameraContext, type CameraFrameListener } from '../src/index.js';
import { cameraArgTypes, cameraReady, defaultCameraArgs, renderCamera, type CameraArgs } from './story-helpers.js';

/**
 * Starts the page's camera frames into a worker of the page (`listener.start({ worker })`) and
 * shows what the worker posts back: each frame's mean brightness, as a number and a bar.
 */
class WorkerBrightness extends HTMLElement {
  private readonly button = document.createElement('button');
  private readonly readout = document.createElement('output');
  private readonly bar = document.createElement('meter');
  private worker: Worker | null = null;
  private listener: CameraFrameListener | null = null;

  connectedCallback(): void {
    this.classList.add('story-panel');
    this.button.type = 'button';
    this.button.textContent = 'Start frames in the worker';
    this.button.addEventListener('click', () => (this.listener ? this.stop() : this.start()));
    this.readout.setAttribute('aria-label', 'Brightness from the worker');
    this.readout.textContent = 'not started';
    Object.assign(this.bar, { min: 0, max: 255, value: 0 });
    this.bar.style.width = '100%';
    this.append(this.button, this.readout, this.bar);
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private start(): void {
    const worker = new Worker(new URL('./brightness-worker.ts', import.meta.url), { type: 'module', name: 'story brightness' });
    worker.onmessage = ({ data }: MessageEvent<{ width: number; height: number; brightness: number }>) => {
      this.readout.textContent = `${data.width}x${data.height} · brightness ${data.brightness.toFixed(0)}`;
      this.bar.value = data.brightness;
    };
    this.worker = worker;
    this.listener = createCameraContext().onCameraFrame(() => {});
    this.listener.start({ worker, fail: ({ errMsg }) => (this.readout.textContent = errMsg) });
    this.button.textContent = 'Stop';
  }

  private stop(): void {
    this.listener?.stop();
    this.listener = null;
    this.worker?.terminate();
    this.worker = null;
    this.button.textContent = 'Start frames in the worker';
  }
}
if (!customElements.get('story-worker-brightness')) customElements.define('story-worker-brightness', WorkerBrightness);

// Frames into the page's own worker (WeChat 2.25.1's `start({ worker })`): the worker imports
// `wx-camera/worker` and gets `onCameraFrame` there; the page's main thread never sees the pixels.
const meta = {
  title: 'Camera/Frames in a worker',
  component: 'wx-camera',
  tags: ['autodocs'],
  args: { ...defaultCameraArgs, 'frame-size': 'small' },
  argTypes: cameraArgTypes,
  render: (args) => html`${renderCamera(args)}<story-worker-brightness></story-worker-brightness>`,
  parameters: { docs: { story: { inline: false, height: '700px' } } },
} satisfies Meta<CameraArgs>;

export default meta;

/** Mean brightness of each frame, computed in a worker of the page. */
export const Brightness: StoryObj<CameraArgs> = {
  play: async ({ canvasElement }) => {
    await cameraReady(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start frames in the worker' }));
    const readout = canvas.getByLabelText('Brightness from the worker');
    await waitFor(() => expect(readout.textContent).toMatch(/^352x288 · brightness \d+$/), { timeout: 15_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
  },
};
