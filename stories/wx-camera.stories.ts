import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
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
