import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createCameraContext, type CameraFrameListener, type OnCameraFrameCallbackResult, type WxCamera } from '../src/index.js';
import { cameraArgTypes, cameraReady, defaultCameraArgs, renderCamera, type CameraArgs } from './story-helpers.js';
import { inspectCamera } from '../src/inspect.js';

/**
 * Starts `onCameraFrame` and draws every frame back to a canvas, with the frame rate, the frame
 * size, the way frames are produced and the main-thread cost per frame on screen.
 */
class FrameViewer extends HTMLElement {
  private listener: CameraFrameListener | null = null;
  private readonly canvas = document.createElement('canvas');
  private readonly readout = document.createElement('output');
  private readonly button = document.createElement('button');
  private frames = 0;
  private lastSecond = performance.now();
  private rate = 0;
  private timer = 0;

  connectedCallback(): void {
    this.classList.add('story-panel'); // shared panel layout, from story-helpers
    this.button.textContent = 'Start frames';
    this.button.addEventListener('click', () => void this.toggle());
    this.readout.setAttribute('aria-label', 'Frame statistics');
    this.readout.textContent = 'stopped';
    this.canvas.setAttribute('aria-label', 'Frames drawn back');
    this.append(this.button, this.readout, this.canvas);
    this.timer = window.setInterval(() => this.showStats(), 250);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
    void this.listener?.stop().catch(() => undefined);
    this.listener = null;
  }

  private async toggle(): Promise<void> {
    if (this.listener) {
      await this.listener.stop().catch(() => undefined);
      this.listener = null;
      this.button.textContent = 'Start frames';
      return;
    }
    const listener = createCameraContext().onCameraFrame((frame) => this.draw(frame));
    try {
      await listener.start();
      this.listener = listener;
      this.button.textContent = 'Stop frames';
    } catch (error) {
      this.readout.textContent = (error as { errMsg: string }).errMsg;
    }
  }

  private draw({ width, height, data }: OnCameraFrameCallbackResult): void {
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    // `data` is valid during the callback only; putImageData copies it at once.
    this.canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(data), width, height), 0, 0);
    this.frames++;
  }

  private showStats(): void {
    const now = performance.now();
    if (now - this.lastSecond >= 1000) {
      this.rate = (this.frames * 1000) / (now - this.lastSecond);
      this.frames = 0;
      this.lastSecond = now;
    }
    if (!this.listener) return;
    const camera = document.querySelector('wx-camera') as WxCamera | null;
    const stats = (camera && inspectCamera(camera))?.frames;
    const recent = stats?.recent().slice(-60).sort((a, b) => a - b) ?? [];
    const median = recent[Math.floor(recent.length / 2)] ?? NaN;
    this.readout.textContent =
      `${this.canvas.width}x${this.canvas.height} · ${this.rate.toFixed(1)} frames/s · ${stats?.path} · ` +
      `main thread ${median.toFixed(3)} ms/frame · delivered ${stats?.delivered ?? 0}`;
  }
}
if (!customElements.get('story-frame-viewer')) customElements.define('story-frame-viewer', FrameViewer);

const viewerStyles = html`<style>
  story-frame-viewer canvas {
    max-width: 100%;
    border: 1px solid light-dark(#d0d7de, #3d444d);
    border-radius: 8px;
    background: light-dark(#f6f8fa, #161b22);
  }
</style>`;

// Live camera frames from `onCameraFrame`, drawn back to a canvas. Change `frame-size` while the
// frames run: the canvas follows.
const meta = {
  title: 'Camera/Frames',
  component: 'wx-camera',
  tags: ['autodocs'],
  args: { ...defaultCameraArgs, 'frame-size': 'medium' },
  argTypes: cameraArgTypes,
  render: (args) => html`${viewerStyles}${renderCamera(args)}<story-frame-viewer></story-frame-viewer>`,
  parameters: { docs: { story: { inline: false, height: '1100px' } } },
} satisfies Meta<CameraArgs>;

export default meta;
type Story = StoryObj<CameraArgs>;

/** Frames of the `frame-size` preset, drawn back as they arrive. */
export const LiveFrames: Story = {
  name: 'Live frames',
  play: async ({ canvasElement }) => {
    const { camera } = await cameraReady(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start frames' }));
    const readout = canvas.getByLabelText('Frame statistics');
    await waitFor(() => expect(readout.textContent).toMatch(/^640x480 · .* delivered [1-9]/), { timeout: 10_000 });
    // Frames are converted off the main thread where the browser allows (here: a worker).
    await expect(inspectCamera(camera).frames.path).toMatch(/^worker-/);
    await userEvent.click(canvas.getByRole('button', { name: 'Stop frames' }));
  },
};
