import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createCameraContext, releaseTempFiles } from '../src/index.js';
import { cameraArgTypes, cameraReady, defaultCameraArgs, renderCamera, type CameraArgs } from './story-helpers.js';

// `<wx-camera>` with every attribute as a control and its events listed under the preview as
// they fire. (A line comment: a doc comment here would replace the element's own description,
// from the manifest, on the docs page.)
const meta = {
  title: 'Camera/Element',
  component: 'wx-camera',
  tags: ['autodocs'],
  args: {
    ...defaultCameraArgs,
    onInitdone: fn(),
    onError: fn(),
    onStop: fn(),
    onScancode: fn(),
  },
  argTypes: cameraArgTypes,
  render: (args) => renderCamera(args),
  parameters: {
    // Inline, every story of the docs page would share one page and all but one camera would
    // stay inert ("can insert only one camera"): give each its own iframe instead.
    docs: { story: { inline: false, height: '540px' } },
  },
} satisfies Meta<CameraArgs>;

export default meta;
type Story = StoryObj<CameraArgs>;

/** The back camera with the element's defaults. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const { video } = await cameraReady(canvasElement);
    await expect(args.onInitdone).toHaveBeenCalledTimes(1);
    await expect(args.onError).not.toHaveBeenCalled();
    await expect(video.videoWidth).toBeGreaterThan(0);
    await expect(video.videoHeight).toBeGreaterThan(0);
  },
};

/** The front camera (with two cameras, the other one), mirrored as a selfie view is. */
export const FrontCamera: Story = {
  name: 'Front camera',
  args: { 'device-position': 'front' },
  play: async ({ canvasElement }) => {
    const { camera, video } = await cameraReady(canvasElement);
    await expect(camera.getAttribute('device-position')).toBe('front');
    await expect(video.videoWidth).toBeGreaterThan(0);
    // scaleX(-1): the computed transform is a matrix whose first entry is -1.
    const transform = getComputedStyle(video).transform;
    await expect(new DOMMatrixReadOnly(transform).a).toBe(-1);
  },
};

/** The element on a dark page (the toolbar's Page menu switches any story): the same picture. */
export const DarkPage: Story = {
  name: 'Dark page',
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const { camera, video } = await cameraReady(canvasElement);
    await expect(getComputedStyle(document.documentElement).colorScheme).toBe('dark');
    await expect(getComputedStyle(camera).backgroundColor).toBe('rgb(0, 0, 0)');
    await expect(video.videoWidth).toBeGreaterThan(0);
  },
};

/** Shows a photo taken by the shutter button laid over the preview, releasing the one before. */
async function shoot(event: Event): Promise<void> {
  const image = (event.currentTarget as HTMLElement).closest('.overlay-demo')!.querySelector('img')!;
  const { tempImagePath } = await createCameraContext().takePhoto();
  if (image.src) releaseTempFiles(image.src);
  image.src = tempImagePath;
}

const overlayStyles = html`<style>
  .overlay-demo .story-camera::part(overlay) {
    display: flex;
    align-items: end;
    justify-content: center;
    padding: 16px;
    box-sizing: border-box;
  }
  .overlay-demo .viewfinder {
    position: absolute;
    inset: 20% 30%;
    border: 2px dashed rgb(255 255 255 / 0.8);
    border-radius: 12px;
    pointer-events: none;
  }
  .overlay-demo .shutter {
    width: 56px;
    height: 56px;
    border: 4px solid #fff;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.35);
    cursor: pointer;
  }
  .overlay-demo img {
    width: 160px;
    border-radius: 8px;
  }
</style>`;

/**
 * Children over the preview: a viewfinder and a shutter button, laid out through
 * `::part(overlay)` (`display: flex`, the button at the bottom). The shutter takes a photo.
 */
export const Overlay: Story = {
  name: 'Children over the preview',
  render: (args) =>
    html`${overlayStyles}<div class="overlay-demo">
      ${renderCamera(args, html`<div class="viewfinder"></div><button class="shutter" aria-label="Take photo" @click=${shoot}></button>`)}
      <img alt="Last photo" />
    </div>`,
  play: async ({ canvasElement }) => {
    const { camera } = await cameraReady(canvasElement);
    const shutter = within(canvasElement).getByRole('button', { name: 'Take photo' });
    const box = camera.getBoundingClientRect();
    const place = shutter.getBoundingClientRect();
    await expect(box.bottom - place.bottom).toBeCloseTo(16, 0);
    await userEvent.click(shutter);
    const photo = within(canvasElement).getByRole('img', { name: 'Last photo' }) as HTMLImageElement;
    await waitFor(() => expect(photo.naturalWidth).toBeGreaterThan(0), { timeout: 10_000 });
  },
};
