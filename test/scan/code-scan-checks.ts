import { aTimeout, expect } from '@open-wc/testing';
// Registers <wx-camera>.
import '../../src/index.js';
import type { ScanCodeDetail } from '../../src/index.js';
import { CODE_PICTURES, type CodePictureName } from '../fixtures/code-pictures.mjs';
import { mountCamera, oneEventWithin } from '../helpers/camera-fixture.js';
import { inspectCamera } from '../../src/inspect.js';

/** The bytes a base64 string stands for. */
export function bytesOfBase64(base64: string): number[] {
  return [...atob(base64)].map((char) => char.charCodeAt(0));
}

/** Collects every `scancode` event `target` fires from now on. */
export function recordScans(target: EventTarget): ScanCodeDetail[] {
  const details: ScanCodeDetail[] = [];
  target.addEventListener('scancode', (event) => details.push((event as CustomEvent<ScanCodeDetail>).detail));
  return details;
}

/**
 * The checks every code picture gets, for a group whose camera plays that picture: the code is
 * read with its Mini App type, text and raw bytes, and reported once while it stays in view.
 */
export function describeCodeScan(name: CodePictureName): void {
  const { type, text } = CODE_PICTURES[name];

  describe(`scanCode mode, ${type} played as the camera (Chromium only: only it can play a file as its camera)`, () => {
    it(`fires scancode with type ${type}, the text and its bytes, and only once while the code stays in view`, async () => {
      const camera = mountCamera({ mode: 'scanCode' });
      const scans = recordScans(camera);
      const { detail, bubbles, composed } = await oneEventWithin<ScanCodeDetail>(camera, 'scancode', 12_000);
      expect({ bubbles, composed }).to.deep.equal({ bubbles: false, composed: false });
      expect(detail.type).to.equal(type);
      expect(detail.result).to.equal(text);
      expect(detail.charSet).to.equal('utf-8');
      expect(bytesOfBase64(detail.rawData)).to.deep.equal([...new TextEncoder().encode(text)]);

      const scansBefore = inspectCamera(camera).scanner.stats.scans;
      await aTimeout(2000);
      // The code was decoded again and again meanwhile, and not reported again.
      expect(inspectCamera(camera).scanner.stats.scans - scansBefore).to.be.at.least(3);
      expect(scans).to.have.length(1);
    });
  });
}
