import { expect } from '@open-wc/testing';
import { clampZoom, DIGITAL_MAX_ZOOM, zoomRangeOf } from '../../src/camera/zoom.js';

/** A track as zoomRangeOf sees it: its capabilities, and the constraints applied to it. */
function fakeTrack(capabilities?: () => unknown, applied: MediaTrackConstraints[] = []): MediaStreamTrack {
  const track: Record<string, unknown> = {
    applyConstraints: async (constraints: MediaTrackConstraints) => {
      applied.push(constraints);
    },
  };
  if (capabilities) track.getCapabilities = capabilities;
  return track as unknown as MediaStreamTrack;
}
const withZoom = (zoom: object, applied?: MediaTrackConstraints[]) => fakeTrack(() => ({ zoom }), applied);

describe('zoom', () => {
  describe('clampZoom', () => {
    it('rounds to one decimal place', () => {
      expect(clampZoom(1.26, 10)).to.equal(1.3);
      expect(clampZoom(1.24, 10)).to.equal(1.2);
      expect(clampZoom(2, 10)).to.equal(2);
      expect(clampZoom(3.333333, 10)).to.equal(3.3);
    });

    it('keeps within [1, max]', () => {
      expect(clampZoom(0.5, 4)).to.equal(1);
      expect(clampZoom(0, 4)).to.equal(1);
      expect(clampZoom(-3, 4)).to.equal(1);
      expect(clampZoom(5, 4)).to.equal(4);
      expect(clampZoom(11.7, 11.6)).to.equal(11.6);
      expect(clampZoom(1.04, 1)).to.equal(1);
      expect(clampZoom(Infinity, 4)).to.equal(4);
      expect(clampZoom(-Infinity, 4)).to.equal(1);
    });
  });

  describe('zoomRangeOf', () => {
    it('zooms digitally up to 4 where the track has no zoom of its own', async () => {
      const tracks = {
        'no getCapabilities (Firefox)': fakeTrack(),
        'no capabilities': fakeTrack(() => undefined),
        'no zoom capability': fakeTrack(() => ({ width: { min: 1, max: 1920 } })),
        'min equal to max': withZoom({ min: 1, max: 1 }),
        'max below min': withZoom({ min: 2, max: 1 }),
        'min of 0': withZoom({ min: 0, max: 10 }),
        'no max': withZoom({ min: 1 }),
        'no min': withZoom({ max: 10 }),
      };
      for (const [situation, track] of Object.entries(tracks)) {
        const range = zoomRangeOf(track);
        expect(range.hardware, situation).to.equal(false);
        expect(range.max, situation).to.equal(4);
        expect(await range.apply(2), situation).to.equal(undefined);
      }
      expect(DIGITAL_MAX_ZOOM).to.equal(4);
    });

    it('zooms in hardware up to max / min, rounded down to one decimal place', () => {
      expect(zoomRangeOf(withZoom({ min: 1, max: 10, step: 0.1 }))).to.include({ hardware: true, max: 10 });
      expect(zoomRangeOf(withZoom({ min: 1, max: 8.35 })).max).to.equal(8.3);
      // Ratios count from the widest setting: 0.6 (an ultra-wide lens) to 7 is 11.66...
      expect(zoomRangeOf(withZoom({ min: 0.6, max: 7 })).max).to.equal(11.6);
      // Some cameras count zoom in hundredths.
      expect(zoomRangeOf(withZoom({ min: 100, max: 400 })).max).to.equal(4);
    });

    it('applies min * zoom, never beyond max, and passes on what applyConstraints gives', async () => {
      const applied: MediaTrackConstraints[] = [];
      const range = zoomRangeOf(withZoom({ min: 100, max: 450 }, applied));
      await range.apply(1);
      await range.apply(2.5);
      await range.apply(4.5);
      await range.apply(9);
      expect(applied).to.deep.equal([100, 250, 450, 450].map((zoom) => ({ advanced: [{ zoom }] })));

      const refusing = { getCapabilities: () => ({ zoom: { min: 1, max: 5 } }), applyConstraints: () => Promise.reject(new DOMException('no', 'OverconstrainedError')) };
      const error = await zoomRangeOf(refusing as unknown as MediaStreamTrack).apply(2).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DOMException).and.have.property('name', 'OverconstrainedError');
    });
  });
});
