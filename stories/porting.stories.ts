import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/global.js';
import { currentPage, onPageData, Page, type MiniAppPage } from './mini-app-page.js';

// The Mini App's own camera sample page script, unmodified: it calls the global
// wx.createCameraContext() that `wx-camera/global` installs, and the page runtime's Page/setData.
const samplePageScript = `
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

// A page written the way shipped phone pages are: its frame listener starts in onLoad, before the
// <camera> is rendered and with no frame-size; it keeps the newest frame and reads it later in a
// timer; it tests errMsg === 'operateCamera:ok' (what phones say); it stops things bare on hide.
const phonePageScript = `
Page({
  data: { status: 'waiting for frames' },
  onLoad() {
    this.listener = wx.createCameraContext().onCameraFrame((frame) => {
      this.lastFrame = frame
    })
    this.listener.start()
    this.timer = setInterval(() => {
      const frame = this.lastFrame
      if (!frame) return
      const bytes = new Uint8Array(frame.data)
      let sum = 0
      for (let i = 0; i < bytes.length; i += 4) sum += (bytes[i] + bytes[i + 1] + bytes[i + 2]) / 3
      this.setData({
        status: frame.width + 'x' + frame.height + ', brightness ' + Math.round(sum / (bytes.length / 4))
      })
    }, 500)
  },
  takePhoto() {
    wx.createCameraContext().takePhoto({
      success: (res) => {
        if (res.errMsg === 'operateCamera:ok') this.setData({ src: res.tempImagePath })
      }
    })
  },
  onHide() {
    wx.createCameraContext().stopRecord()
    this.listener.stop()
  },
  onUnload() {
    clearInterval(this.timer)
    this.listener.stop()
  },
  error(e) {
    this.setData({ status: e.detail.errMsg })
  }
})
`;

/**
 * A page script's WXML, as HTML: `<camera>` becomes `<wx-camera>` (same attributes), `bindtap` a
 * click listener, `binderror` an error listener, `{{src}}` the image's src, `{{status}}` a status
 * line. Like the Mini App runtime it runs `onLoad` before the page is rendered and `onUnload` when
 * it leaves.
 */
class PortedPage extends HTMLElement {
  private stop: (() => void) | null = null;
  private page: MiniAppPage | null = null;

  connectedCallback(): void {
    new Function('Page', this.script)(Page); // as the Mini App runs it: Page and wx are globals
    const page = (this.page = currentPage()!);
    (page.onLoad as (() => void) | undefined)?.call(page);
    this.innerHTML = `
      <wx-camera device-position="back" flash="off" style="width: 100%; height: 300px; display: block"></wx-camera>
      <button type="button">拍照 (take photo)</button>
      <p role="status"></p>
      <img alt="photo" style="width: 100%" hidden />`;
    this.querySelector('wx-camera')!.addEventListener('error', (event) => (page.error as (e: Event) => void).call(page, event));
    this.querySelector('button')!.addEventListener('click', () => (page.takePhoto as () => void).call(page));
    const image = this.querySelector('img')!;
    const status = this.querySelector('p')!;
    this.stop = onPageData(({ data }) => {
      status.textContent = typeof data.status === 'string' ? data.status : '';
      if (typeof data.src === 'string') {
        image.src = data.src;
        image.hidden = false;
      }
    });
  }

  disconnectedCallback(): void {
    this.stop?.();
    (this.page?.onUnload as (() => void) | undefined)?.call(this.page);
  }

  private get script(): string {
    return this.getAttribute('script') === 'phone' ? phonePageScript : samplePageScript;
  }
}
if (!customElements.get('story-ported-page')) customElements.define('story-ported-page', PortedPage);

// Porting a Mini App camera page: the page script stays as it is; `import 'wx-camera/global'`
// provides wx.createCameraContext(), and the WXML's <camera> becomes <wx-camera>.
const meta = {
  title: 'Guides/Porting a Mini App page',
  render: (args) => html`<div style="max-width: 640px">
    <details open>
      <summary>The unmodified page script</summary>
      <pre style="font-size: 12px">${(args.script === 'phone' ? phonePageScript : samplePageScript).trim()}</pre>
    </details>
    <story-ported-page script=${args.script}></story-ported-page>
  </div>`,
  argTypes: { script: { table: { disable: true } } },
  parameters: { docs: { story: { inline: false, height: '900px' } } },
} satisfies Meta<{ script: string }>;

export default meta;

/** Takes a photo with the page's button and waits for it under the camera. */
async function takesPhoto(canvasElement: HTMLElement): Promise<void> {
  const canvas = within(canvasElement);
  const preview = () => canvasElement.querySelector('wx-camera')?.shadowRoot?.querySelector('video');
  await waitFor(() => expect(preview()?.srcObject).toBeTruthy(), { timeout: 10_000 });
  await userEvent.click(canvas.getByRole('button', { name: /take photo/ }));
  const photo = (await canvas.findByRole('img', { name: 'photo' }, { timeout: 10_000 })) as HTMLImageElement;
  await waitFor(() => expect(photo.src).toMatch(/^blob:/), { timeout: 10_000 });
  await waitFor(() => expect(photo.naturalWidth).toBeGreaterThan(0));
}

/** The sample page running in the browser: take a photo, see it under the camera. */
export const CameraSamplePage: StoryObj<{ script: string }> = {
  name: 'Camera sample page',
  args: { script: 'sample' },
  play: async ({ canvasElement }) => takesPhoto(canvasElement),
};

/**
 * A page written for phones: a frame listener started in onLoad (no frame-size), the last frame
 * read later in a timer, `errMsg === 'operateCamera:ok'`, bare calls on hide.
 */
export const PhonePage: StoryObj<{ script: string }> = {
  name: 'A page written for phones',
  args: { script: 'phone' },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/^(640x480|480x640), brightness \d+$/), { timeout: 10_000 });
    await takesPhoto(canvasElement);
  },
};
