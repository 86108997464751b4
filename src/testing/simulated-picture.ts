/**
 * What a simulated camera shows: the picture a test or a demo puts in front of it.
 * - `{ pattern: 'bars' }`: colour bars with a moving marker (the default: shows the camera is live);
 * - `{ color }`: one CSS colour;
 * - `{ image }` / `{ video }`: a URL (same origin, or served with CORS so frames can be read);
 * - `{ canvas }`: a canvas the page draws (its current content is shown at every frame);
 * - `{ stream }`: another `MediaStream`'s video (a screen capture, a peer's camera);
 * - `{ code, format }`: a QR code or barcode of `code` (bwip-js symbology: `qrcode` by default,
 *   `ean13`, `upca`, `code128`, `datamatrix`, ...), drawn black on white by `bwip-js`, which this
 *   entry loads only when a code is asked for.
 * `fit`: how the picture fills the camera's frame: `contain` (default, on `background`) or `cover`.
 */
export type SimulatedPicture = (
  | { pattern: 'bars' }
  | { color: string }
  | { image: string }
  | { video: string }
  | { canvas: HTMLCanvasElement | OffscreenCanvas }
  | { stream: MediaStream }
  | { code: string; format?: string; scale?: number }
) & { fit?: 'contain' | 'cover'; background?: string };

/** A loaded picture, drawn into a camera's frame at each tick. */
export interface PictureSource {
  /** Draws the picture's current frame into `context` (the whole canvas). */
  draw(context: CanvasRenderingContext2D, tick: number): void;
  /** Releases what the picture holds (a playing video). */
  release(): void;
}

interface BwipJs {
  toCanvas(canvas: HTMLCanvasElement, options: Record<string, unknown>): HTMLCanvasElement;
}

/** Loads a picture; resolves once it can be drawn. */
export async function loadPicture(picture: SimulatedPicture): Promise<PictureSource> {
  const fit = picture.fit ?? 'contain';
  if ('pattern' in picture) return { draw: drawBars, release: () => undefined };
  if ('color' in picture) {
    return {
      draw: (context) => {
        context.fillStyle = picture.color;
        context.fillRect(0, 0, context.canvas.width, context.canvas.height);
      },
      release: () => undefined,
    };
  }
  if ('image' in picture) {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.src = picture.image;
    await image.decode();
    return still(image, image.naturalWidth, image.naturalHeight, fit, picture.background ?? '#000');
  }
  if ('canvas' in picture) {
    const { canvas } = picture;
    return {
      draw: (context) => fill(context, canvas, canvas.width, canvas.height, fit, picture.background ?? '#000'),
      release: () => undefined,
    };
  }
  if ('code' in picture) {
    const { default: bwipjs } = (await import('bwip-js/browser')) as unknown as { default: BwipJs };
    const canvas = document.createElement('canvas');
    bwipjs.toCanvas(canvas, {
      bcid: picture.format ?? 'qrcode',
      text: picture.code,
      scale: picture.scale ?? 4,
      height: 20,
      paddingwidth: 10,
      paddingheight: 10,
      backgroundcolor: 'ffffff',
    });
    return still(canvas, canvas.width, canvas.height, fit, picture.background ?? '#fff');
  }
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.loop = true;
  video.crossOrigin = 'anonymous';
  if ('video' in picture) video.src = picture.video;
  else video.srcObject = picture.stream;
  await video.play();
  return {
    draw: (context) => fill(context, video, video.videoWidth, video.videoHeight, fit, picture.background ?? '#000'),
    release: () => {
      video.pause();
      video.removeAttribute('src');
      video.srcObject = null;
    },
  };
}

function still(source: CanvasImageSource, width: number, height: number, fit: 'contain' | 'cover', background: string): PictureSource {
  return { draw: (context) => fill(context, source, width, height, fit, background), release: () => undefined };
}

/** Draws `source` into the whole canvas, centred, contained on `background` or covering it. */
function fill(context: CanvasRenderingContext2D, source: CanvasImageSource, width: number, height: number, fit: 'contain' | 'cover', background: string): void {
  const { width: w, height: h } = context.canvas;
  context.fillStyle = background;
  context.fillRect(0, 0, w, h);
  if (!width || !height) return;
  const scale = fit === 'cover' ? Math.max(w / width, h / height) : Math.min(w / width, h / height);
  const [dw, dh] = [width * scale, height * scale];
  context.imageSmoothingEnabled = false; // codes stay sharp
  context.drawImage(source, (w - dw) / 2, (h - dh) / 2, dw, dh);
}

const BARS = ['#c0c0c0', '#c0c000', '#00c0c0', '#00c000', '#c000c0', '#c00000', '#0000c0'];

/** Colour bars and a white marker that moves one step a frame, so a viewer sees the camera live. */
function drawBars(context: CanvasRenderingContext2D, tick: number): void {
  const { width, height } = context.canvas;
  const bar = width / BARS.length;
  BARS.forEach((color, i) => {
    context.fillStyle = color;
    context.fillRect(Math.floor(i * bar), 0, Math.ceil(bar), height);
  });
  const size = Math.round(height / 8);
  context.fillStyle = '#fff';
  context.fillRect(((tick * 4) % (width + size)) - size, height - size * 1.5, size, size);
}
