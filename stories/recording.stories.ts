import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createCameraContext, type StartRecordTimeoutCallbackResult } from '../src/index.js';
import { cameraArgTypes, cameraReady, defaultCameraArgs, renderCamera, type CameraArgs } from './story-helpers.js';

/**
 * Record and stop buttons, the elapsed time against the limit while recording, and the recording
 * played back with its thumbnail.
 */
class RecordingDesk extends HTMLElement {
  private readonly record = document.createElement('button');
  private readonly stop = document.createElement('button');
  private readonly limit = document.createElement('input');
  private readonly compressed = document.createElement('input');
  private readonly clock = document.createElement('output');
  private readonly playback = document.createElement('video');
  private readonly thumb = document.createElement('img');
  private began = 0;
  private ticker = 0;

  connectedCallback(): void {
    this.classList.add('story-panel'); // shared panel layout, from story-helpers
    this.record.textContent = 'Record';
    this.stop.textContent = 'Stop';
    this.stop.disabled = true;
    this.limit.type = 'number';
    this.limit.min = '1';
    this.limit.max = '300';
    this.limit.value = '10';
    this.limit.setAttribute('aria-label', 'Time limit in seconds');
    this.compressed.type = 'checkbox';
    this.clock.setAttribute('aria-label', 'Recording status');
    this.clock.textContent = 'not recording';
    this.playback.controls = true;
    this.playback.setAttribute('aria-label', 'Recording');
    this.playback.hidden = true;
    this.thumb.alt = 'Thumbnail';
    this.thumb.hidden = true;
    const limitLabel = document.createElement('label');
    limitLabel.append('limit ', this.limit, ' s');
    const compressedLabel = document.createElement('label');
    compressedLabel.append(this.compressed, ' compressed');
    const controls = document.createElement('div');
    controls.className = 'controls';
    controls.append(this.record, this.stop, limitLabel, compressedLabel);
    const results = document.createElement('div');
    results.className = 'results';
    results.append(this.playback, this.thumb);
    this.append(controls, this.clock, results);
    this.record.addEventListener('click', () => void this.start());
    this.stop.addEventListener('click', () => void this.finish());
  }

  disconnectedCallback(): void {
    clearInterval(this.ticker);
  }

  private async start(): Promise<void> {
    const timeout = Number(this.limit.value);
    try {
      await createCameraContext().startRecord({ timeout, timeoutCallback: (files) => this.show(files, 'ended by itself') });
    } catch (error) {
      this.clock.textContent = (error as { errMsg: string }).errMsg;
      return;
    }
    this.began = performance.now();
    this.record.disabled = true;
    this.stop.disabled = false;
    this.ticker = window.setInterval(() => {
      this.clock.textContent = `recording ${((performance.now() - this.began) / 1000).toFixed(1)} s of ${timeout} s`;
    }, 100);
  }

  private async finish(): Promise<void> {
    clearInterval(this.ticker);
    this.stop.disabled = true;
    // A compressed recording is re-encoded as it stops, which takes a while.
    this.clock.textContent = this.compressed.checked ? 'compressing…' : 'stopping…';
    try {
      const files = (await createCameraContext().stopRecord({ compressed: this.compressed.checked })) as StartRecordTimeoutCallbackResult;
      this.show(files, 'stopped');
    } catch (error) {
      this.clock.textContent = (error as { errMsg: string }).errMsg;
      this.record.disabled = false;
    }
  }

  private async show({ tempVideoPath, tempThumbPath }: StartRecordTimeoutCallbackResult, how: string): Promise<void> {
    clearInterval(this.ticker);
    this.record.disabled = false;
    this.stop.disabled = true;
    this.playback.src = tempVideoPath;
    this.playback.hidden = false;
    this.thumb.src = tempThumbPath;
    this.thumb.hidden = false;
    const bytes = (await (await fetch(tempVideoPath)).blob()).size;
    await new Promise((resolve) => this.playback.addEventListener('loadedmetadata', resolve, { once: true }));
    this.clock.textContent = `${how}: ${this.playback.duration.toFixed(1)} s, ${(bytes / 1024).toFixed(0)} KB`;
  }
}
if (!customElements.get('story-recording-desk')) customElements.define('story-recording-desk', RecordingDesk);

const deskStyles = html`<style>
  story-recording-desk input[type='number'] {
    width: 4em;
  }
  story-recording-desk .results {
    display: flex;
    gap: 8px;
    align-items: start;
  }
  story-recording-desk video {
    width: 320px;
    border-radius: 6px;
  }
  story-recording-desk img {
    width: 120px;
    border-radius: 6px;
  }
</style>`;

// startRecord / stopRecord: the elapsed time against the limit while recording, then the video
// (with its duration) and its first-frame thumbnail. Hide the tab mid-recording: the recording
// ends and arrives through timeoutCallback.
const meta = {
  title: 'Camera/Recording',
  component: 'wx-camera',
  tags: ['autodocs'],
  args: { ...defaultCameraArgs },
  argTypes: cameraArgTypes,
  render: (args) => html`${deskStyles}${renderCamera(args)}<story-recording-desk></story-recording-desk>`,
  parameters: { docs: { story: { inline: false, height: '900px' } } },
} satisfies Meta<CameraArgs>;

export default meta;
type Story = StoryObj<CameraArgs>;

/** Records about a second and plays it back, `compressed` as the checkbox is set. */
async function recordAndPlay(canvasElement: HTMLElement, compressed: boolean): Promise<void> {
  await cameraReady(canvasElement);
  const canvas = within(canvasElement);
  if (compressed) await userEvent.click(canvas.getByLabelText('compressed'));
  await userEvent.click(canvas.getByRole('button', { name: 'Record' }));
  const status = canvas.getByLabelText('Recording status');
  await waitFor(() => expect(status.textContent).toMatch(/^recording 1\.\d s of 10 s/), { timeout: 5000 });
  await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
  // A compressed recording is re-encoded as it stops.
  await waitFor(() => expect(status.textContent).toMatch(/^stopped: \d+\.\d s, \d+ KB/), { timeout: compressed ? 20_000 : 10_000 });
  const video = canvas.getByLabelText('Recording') as HTMLVideoElement;
  await expect(Number.isFinite(video.duration)).toBe(true);
}

/** Record, stop, play back. */
export const RecordAndPlay: Story = {
  name: 'Record and play back',
  play: ({ canvasElement }) => recordAndPlay(canvasElement, false),
};

/** The same with `compressed: true`: the file is re-encoded at an eighth of the bitrate as it stops. */
export const Compressed: Story = {
  name: 'Compressed recording',
  play: ({ canvasElement }) => recordAndPlay(canvasElement, true),
};
