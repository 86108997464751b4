import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import bwipjs from 'bwip-js/browser';
// Registers <wx-camera>.
import '../../src/index.js';
import type { ScanCodeDetail, WxCamera } from '../../src/index.js';
import { installCameraSimulator, type CameraSimulator } from '../../src/testing/index.js';
import { mountCamera } from '../helpers/camera-fixture.js';

// Every engine: codes phones read that a plain reader gets wrong or misses, shown through the camera
// simulator as a 1280x720 camera picture in a 640x360 element (the preview at half size, no crop),
// and `scanArea` where each code is drawn.

const FRAME = [1280, 720] as const;
const ELEMENT = [640, 360] as const;

/** A code drawn into `picture` at (x, y), `scale` px a module, with its box in frame px (bars and modules, no quiet zone). */
function drawCode(picture: HTMLCanvasElement, bcid: string, text: string, x: number, y: number, scale: number, inverted = false): [number, number, number, number] {
  const code = document.createElement('canvas');
  bwipjs.toCanvas(code, {
    bcid,
    text,
    scale,
    height: 14,
    includetext: false,
    ...(inverted ? { barcolor: 'FFFFFF', backgroundcolor: '000000' } : { backgroundcolor: 'FFFFFF' }),
  });
  const context = picture.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.drawImage(code, x, y);
  return [x, y, code.width, code.height];
}

/** A camera picture: a light grey page (dark for inverted codes). */
function blankPicture(background = '#e8e8e8'): HTMLCanvasElement {
  const picture = document.createElement('canvas');
  [picture.width, picture.height] = FRAME;
  const context = picture.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, picture.width, picture.height);
  return picture;
}

/** Where a frame box shows in the element: the preview is the frame at half size (no crop); `mirrored` for the front camera. */
function inElement([x, y, w, h]: [number, number, number, number], mirrored = false): [number, number, number, number] {
  const scale = ELEMENT[0] / FRAME[0];
  const left = mirrored ? ELEMENT[0] - (x + w) * scale : x * scale;
  return [left, y * scale, w * scale, h * scale];
}

/** `scanArea` is about where `box` (element px) is: centres within 12 px, inside the box grown by 10 px. */
function expectNear(area: ScanCodeDetail['scanArea'], box: [number, number, number, number], what: string): void {
  expect(area, `${what}: scanArea`).to.be.an('array').with.length(4);
  const [x, y, w, h] = area!;
  const centre = [x + w / 2, y + h / 2];
  const expected = [box[0] + box[2] / 2, box[1] + box[3] / 2];
  const message = `${what}: scanArea ${JSON.stringify(area)} vs drawn at ${JSON.stringify(box.map(Math.round))}`;
  expect(Math.abs(centre[0]! - expected[0]!), message).to.be.below(12);
  expect(Math.abs(centre[1]! - expected[1]!), message).to.be.below(12);
  expect(x, message).to.be.at.least(box[0] - 10);
  expect(y, message).to.be.at.least(box[1] - 10);
  expect(x + w, message).to.be.at.most(box[0] + box[2] + 10);
  expect(y + h, message).to.be.at.most(box[1] + box[3] + 10);
  expect(w, message).to.be.above(box[2] * 0.5);
}

/** Mounts a scanning element (640x360) and records its scancode events. */
function scanningCamera(attributes: Record<string, string> = {}): { camera: WxCamera; codes: ScanCodeDetail[] } {
  const camera = mountCamera({ mode: 'scanCode', ...attributes });
  camera.style.width = `${ELEMENT[0]}px`;
  camera.style.height = `${ELEMENT[1]}px`;
  const codes: ScanCodeDetail[] = [];
  camera.addEventListener('scancode', (event) => codes.push(event.detail));
  return { camera, codes };
}

let simulator: CameraSimulator;
afterEach(() => {
  document.querySelectorAll('wx-camera').forEach((element) => element.remove());
  simulator?.uninstall();
});

describe('scanCode mode reads what phones read (camera simulator)', function () {
  this.timeout(60_000);

  it('reports a UPC-A as UPC_A with its 12 digits, where the code is', async () => {
    const picture = blankPicture();
    const box = drawCode(picture, 'upca', '036000291452', 400, 250, 3);
    simulator = installCameraSimulator({ picture: { canvas: picture } });
    const { codes } = scanningCamera();
    await waitUntil(() => codes.length > 0, 'timed out waiting for the UPC-A', { timeout: 20_000 });
    expect(codes[0]).to.include({ type: 'UPC_A', result: '036000291452', charSet: 'utf-8' });
    expect(atob(codes[0]!.rawData)).to.equal('036000291452');
    expectNear(codes[0]!.scanArea, inElement(box), 'UPC-A');
  });

  it('reports a UPC-E as UPC_E with its own 8 digits (not the UPC-A it expands to)', async () => {
    const picture = blankPicture();
    const box = drawCode(picture, 'upce', '01234565', 520, 220, 4);
    simulator = installCameraSimulator({ picture: { canvas: picture } });
    const { codes } = scanningCamera();
    await waitUntil(() => codes.length > 0, 'timed out waiting for the UPC-E', { timeout: 20_000 });
    expect(codes[0]).to.include({ type: 'UPC_E', result: '01234565' });
    expectNear(codes[0]!.scanArea, inElement(box), 'UPC-E');
  });

  it('reads an inverted (white on black) QR code', async () => {
    const picture = blankPicture('#101010');
    const box = drawCode(picture, 'qrcode', 'inverted: white on black', 760, 300, 6, true);
    simulator = installCameraSimulator({ picture: { canvas: picture } });
    const { codes } = scanningCamera();
    await waitUntil(() => codes.length > 0, 'timed out waiting for the inverted QR code', { timeout: 20_000 });
    expect(codes[0]).to.include({ type: 'QR_CODE', result: 'inverted: white on black' });
    expectNear(codes[0]!.scanArea, inElement(box), 'inverted QR');
  });

  it('reads two codes in one picture, each reported once, each with its own scanArea', async () => {
    const picture = blankPicture();
    const qrBox = drawCode(picture, 'qrcode', 'the QR code beside a bar code', 120, 200, 6);
    const barBox = drawCode(picture, 'code128', 'BESIDE-128', 700, 280, 3);
    simulator = installCameraSimulator({ picture: { canvas: picture } });
    const { codes } = scanningCamera();
    await waitUntil(() => codes.length >= 2, 'timed out waiting for both codes', { timeout: 20_000 });
    // Both stay in view: neither is reported again.
    await aTimeout(1500);
    expect(codes.map(({ type, result }) => `${type} ${result}`).sort()).to.deep.equal(['CODE_128 BESIDE-128', 'QR_CODE the QR code beside a bar code']);
    expectNear(codes.find((code) => code.type === 'QR_CODE')!.scanArea, inElement(qrBox), 'QR code');
    expectNear(codes.find((code) => code.type === 'CODE_128')!.scanArea, inElement(barBox), 'Code 128');
  });

  it("gives scanArea as the front camera's mirrored preview shows the code", async () => {
    const picture = blankPicture();
    const box = drawCode(picture, 'qrcode', 'seen in a mirror', 100, 120, 6);
    simulator = installCameraSimulator({ picture: { canvas: picture } });
    const { codes } = scanningCamera({ 'device-position': 'front' });
    await waitUntil(() => codes.length > 0, 'timed out waiting for the QR code', { timeout: 20_000 });
    expect(codes[0]).to.include({ type: 'QR_CODE', result: 'seen in a mirror' });
    // Drawn at the left of the picture: the mirrored preview shows it at the right.
    expectNear(codes[0]!.scanArea, inElement(box, true), 'mirrored QR');
  });
});
