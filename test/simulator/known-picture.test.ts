// The known-picture suite (frame colours at every size, photo crop and mirror, recording pixels),
// in every engine: the simulated camera shows the same picture that Chromium plays from a Y4M file
// in the chromium-known-picture group. Static imports run first, so the suites are declared before
// the simulator is installed, and run after.
import '../picture/frame-pixels.test.js';
import '../picture/photo-pixels.test.js';
import '../picture/recording-pixels.test.js';
import { installCameraSimulator } from '../../src/testing/index.js';
import { HEIGHT, WIDTH } from '../fixtures/known-picture.mjs';
import { knownPictureCanvas } from '../fixtures/known-picture-canvas.js';

const camera = { resolutions: [[WIDTH, HEIGHT]] as const, picture: { canvas: knownPictureCanvas() } };
const simulator = installCameraSimulator({
  devices: [
    { ...camera, label: 'Back Camera', facingMode: 'environment' },
    { ...camera, label: 'Front Camera', facingMode: 'user' },
  ],
  microphone: true,
});
after(() => simulator.uninstall());
