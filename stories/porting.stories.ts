import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/global.js';
import { currentPage, onPageData, Page } from './mini-app-page.js';
import { inspectCamera } from '../src/inspect.js';

// The Mini App's own camera sample page script, unmodified: it calls the global
// wx.createCameraContext() that `wx-camera/global` installs, and the page runtime's Page/setData.
const miniAppPageScript = `
Page({
  takePhoto() {
    const ctx = wx.createCameraContext()
    ctx.takePhoto({
      quality: 'high',
      success: (res) => {
        this.setData({
          src: res.tempImagePath
        })
      }
    })
  },
  error(e) {
    console.log(e.detail)
  }
})
`;

function runPageScript(): void {
  // The script runs as the Mini App runs it: with Page and wx as globals.
  new Function('Page', miniAppPageScript)(Page);
}

/**
 * The sample's WXML, as HTML: `<camera>` becomes `<wx-camera>` (same attributes), `bindtap` a
 * click listener, `binderror` an error listener, `{{src}}` the image's src.
 */
class PortedPage extends HTMLElement {
  private stop: (() => void) | null = null;

  connectedCallback(): void {
    runPageScript();
    const page = currentPage()!;
    this.innerHTML = `
      <wx-camera device-position="back" flash="off" style="width: 100%; height: 300px; display: block"></wx-camera>
      <button type="button">拍照 (take photo)</button>
      <p>预览 (preview)</p>
      <img alt="photo" style="width: 100%" hidden />`;
    this.querySelector('wx-camera')!.addEventListener('error', (event) => (page.error as (e: Event) => void).call(page, event));
    this.querySelector('button')!.addEventListener('click', () => (page.takePhoto as () => void).call(page));
    const image = this.querySelector('img')!;
    this.stop = onPageData(({ data }) => {
      if (typeof data.src === 'string') {
        image.src = data.src;
        image.hidden = false;
      }
    });
  }

  disconnectedCallback(): void {
    this.stop?.();
  }
}
if (!customElements.get('story-ported-page')) customElements.define('story-ported-page', PortedPage);

// Porting a Mini App camera page: the page script stays as it is; `import 'wx-camera/global'`
// provides wx.createCameraContext(), and the WXML's <camera> becomes <wx-camera>.
const meta = {
  title: 'Guides/Porting a Mini App page',
  render: () => html`<div style="max-width: 640px">
    <details open>
      <summary>The unmodified page script</summary>
      <pre style="font-size: 12px">${miniAppPageScript.trim()}</pre>
    </details>
    <story-ported-page></story-ported-page>
  </div>`,
  parameters: { docs: { story: { inline: false, height: '900px' } } },
} satisfies Meta;

export default meta;

/** The sample page running in the browser: take a photo, see it under the camera. */
export const CameraSamplePage: StoryObj = {
  name: 'Camera sample page',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('wx-camera')).not.toBeNull());
    const camera = canvasElement.querySelector('wx-camera')!;
    await waitFor(() => expect(inspectCamera(camera).status).toBe('ready'), { timeout: 10_000 });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /take photo/ }));
    const photo = (await canvas.findByRole('img', { name: 'photo' }, { timeout: 10_000 })) as HTMLImageElement;
    await waitFor(() => expect(photo.src).toMatch(/^blob:/), { timeout: 10_000 });
    await waitFor(() => expect(photo.naturalWidth).toBeGreaterThan(0));
  },
};
