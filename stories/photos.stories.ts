import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createCameraContext, type PhotoQuality, type TakePhotoSuccessCallbackResult } from '../src/index.js';
import { cameraArgTypes, cameraReady, defaultCameraArgs, renderCamera, type CameraArgs } from './story-helpers.js';

/**
 * Photo controls under the camera: a button per quality, the selfie-mirror switch and a zoom
 * slider; photos land in a strip with their size and file size.
 */
class PhotoBooth extends HTMLElement {
  private readonly strip = document.createElement('ol');
  private readonly zoom = document.createElement('input');
  private readonly zoomValue = document.createElement('output');
  private readonly mirror = document.createElement('input');
  private readonly status = document.createElement('output');

  connectedCallback(): void {
    this.classList.add('story-panel'); // shared panel layout, from story-helpers
    const buttons = (['high', 'normal', 'low', 'original'] as PhotoQuality[]).map((quality) => {
      const button = document.createElement('button');
      button.textContent = `Take ${quality}`;
      button.addEventListener('click', () => void this.take(quality));
      return button;
    });
    this.zoom.type = 'range';
    this.zoom.min = '1';
    this.zoom.max = '4';
    this.zoom.step = '0.1';
    this.zoom.value = '1';
    this.zoom.setAttribute('aria-label', 'Zoom');
    this.zoom.addEventListener('input', () => void this.applyZoom());
    this.zoomValue.textContent = '1x';
    this.mirror.type = 'checkbox';
    this.mirror.checked = true;
    const mirrorLabel = document.createElement('label');
    mirrorLabel.append(this.mirror, ' selfieMirror');
    const zoomLabel = document.createElement('label');
    zoomLabel.append('Zoom ', this.zoom, this.zoomValue);
    this.status.setAttribute('aria-label', 'Status');
    this.strip.setAttribute('aria-label', 'Photos');
    const controls = document.createElement('div');
    controls.className = 'controls';
    controls.append(...buttons, mirrorLabel, zoomLabel);
    this.append(controls, this.status, this.strip);
    // The slider's range follows the camera's maxZoom.
    this.closest('story-photo-root')?.addEventListener('initdone', (event) => {
      this.zoom.max = String((event as CustomEvent<{ maxZoom: number }>).detail.maxZoom);
      this.zoom.value = '1';
      this.zoomValue.textContent = '1x';
    }, { capture: true });
  }

  private async applyZoom(): Promise<void> {
    try {
      const { zoom } = (await createCameraContext().setZoom({ zoom: Number(this.zoom.value) })) as { zoom: number };
      this.zoomValue.textContent = `${zoom}x`;
    } catch (error) {
      this.status.textContent = (error as { errMsg: string }).errMsg;
    }
  }

  private async take(quality: PhotoQuality): Promise<void> {
    const began = performance.now();
    try {
      const res = (await createCameraContext().takePhoto({ quality, selfieMirror: this.mirror.checked })) as TakePhotoSuccessCallbackResult;
      const bytes = (await (await fetch(res.tempImagePath)).blob()).size;
      const item = document.createElement('li');
      const image = document.createElement('img');
      image.src = res.tempImagePath;
      image.alt = `${quality} photo`;
      const caption = document.createElement('span');
      caption.textContent = `${quality} · ${res.width}x${res.height} · ${(bytes / 1024).toFixed(0)} KB`;
      item.append(image, caption);
      this.strip.prepend(item);
      this.status.textContent = `${res.errMsg} in ${(performance.now() - began).toFixed(0)} ms`;
    } catch (error) {
      this.status.textContent = (error as { errMsg: string }).errMsg;
    }
  }
}
if (!customElements.get('story-photo-booth')) customElements.define('story-photo-booth', PhotoBooth);

const boothStyles = html`<style>
  story-photo-booth ol {
    display: flex;
    gap: 8px;
    margin: 0;
    padding: 0;
    overflow-x: auto;
    list-style: none;
  }
  story-photo-booth li {
    display: grid;
    gap: 4px;
    flex: none;
    font-size: 11px;
  }
  story-photo-booth img {
    height: 96px;
    border-radius: 6px;
  }
</style>`;

// takePhoto at each quality into a strip, setZoom on a slider (the preview, photos and frames
// all follow it), and the selfieMirror switch for the front camera.
const meta = {
  title: 'Camera/Photos and zoom',
  component: 'wx-camera',
  tags: ['autodocs'],
  args: { ...defaultCameraArgs },
  argTypes: cameraArgTypes,
  render: (args) => html`${boothStyles}<story-photo-root>${renderCamera(args)}<story-photo-booth></story-photo-booth></story-photo-root>`,
  parameters: { docs: { story: { inline: false, height: '800px' } } },
} satisfies Meta<CameraArgs>;

export default meta;
type Story = StoryObj<CameraArgs>;

/** Photos of the back camera. */
export const Photos: Story = {
  play: async ({ canvasElement }) => {
    await cameraReady(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Take normal' }));
    const photo = await canvas.findByRole('img', { name: 'normal photo' }, { timeout: 10_000 });
    await waitFor(() => expect((photo as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
    await expect(canvas.getByLabelText('Status').textContent).toMatch(/^operateCamera:ok/);
  },
};

/** The front camera: photos mirrored like the preview unless selfieMirror is off. */
export const FrontPhotos: Story = {
  name: 'Front camera photos',
  args: { 'device-position': 'front' },
};
