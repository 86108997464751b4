// Which camera the stories use, from the toolbar's "Camera" menu: the machine's real camera, or
// wx-camera/testing's simulator showing the picture chosen in the "Picture" menu. "Auto" uses the
// simulator where the machine has no camera, so every story shows a live picture anywhere.
import { installCameraSimulator, type CameraSimulator, type SimulatedPicture } from '../src/testing/index.js';

const sampleScene = new URL('../stories/assets/sample-scene.svg', import.meta.url).href;

/** The toolbar menus this module reads. */
export const cameraGlobalTypes = {
  camera: {
    description: 'The real camera, or the simulated one (wx-camera/testing)',
    toolbar: {
      title: 'Camera',
      icon: 'video',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'Auto: simulated where there is no camera' },
        { value: 'real', title: 'Real camera' },
        { value: 'simulated', title: 'Simulated camera' },
      ],
    },
  },
  picture: {
    description: 'What the simulated camera shows',
    toolbar: {
      title: 'Picture',
      icon: 'photo',
      dynamicTitle: true,
      items: [
        { value: 'bars', title: 'Test pattern' },
        { value: 'scene', title: 'Sample photo' },
        { value: 'qr', title: 'QR code (text below the story)' },
      ],
    },
  },
} as const;

export const cameraInitialGlobals = { camera: 'auto', picture: 'bars' };

let simulator: CameraSimulator | null = null;
let qrText = 'https://example.com/wx-camera';

/** Whether the machine has a camera (the device list shows one even before permission), asked before any simulator is installed. */
const machineHasCamera: Promise<boolean> = (navigator.mediaDevices?.enumerateDevices?.() ?? Promise.resolve([]))
  .then((devices) => devices.some((device) => device.kind === 'videoinput'))
  .catch(() => false);

function pictureFor(choice: string): SimulatedPicture {
  if (choice === 'scene') return { image: sampleScene, fit: 'cover' };
  if (choice === 'qr') return { code: qrText };
  return { pattern: 'bars' };
}

/** Installs or removes the simulator as the toolbar says; a Storybook loader, run before each story. */
export async function applyCameraSource(globals: Record<string, unknown>): Promise<void> {
  const simulated = globals.camera === 'simulated' || (globals.camera !== 'real' && !(await machineHasCamera));
  if (!simulated) {
    simulator?.uninstall();
    simulator = null;
    return;
  }
  simulator ??= installCameraSimulator();
  await simulator.show(pictureFor(String(globals.picture)));
}

/** A line under a story when the simulator is on: what it shows, and the QR code's text to edit. */
export function simulatorPanel(globals: Record<string, unknown>): HTMLElement | null {
  if (!simulator) return null;
  const panel = document.createElement('p');
  panel.style.cssText = 'font: 12px system-ui, sans-serif; opacity: 0.8; margin-top: 8px';
  panel.textContent = 'Simulated camera (wx-camera/testing). ';
  if (globals.picture === 'qr') {
    const input = Object.assign(document.createElement('input'), { value: qrText, size: 36 });
    input.setAttribute('aria-label', 'QR code text');
    input.addEventListener('change', () => {
      qrText = input.value;
      void simulator?.show(pictureFor('qr'));
    });
    panel.append('QR code text: ', input);
  }
  return panel;
}
