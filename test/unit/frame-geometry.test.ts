import { expect } from '@open-wc/testing';
import { coverRect, frameDimensions, isFrameSize } from '../../src/shared/frame-geometry.js';

// The crop that fills the preview box and the frame sizes of onCameraFrame, without a camera.
describe('frame geometry', () => {
  describe('coverRect', () => {
    it('keeps the whole source when the box has its shape', () => {
      expect(coverRect(640, 480, 320, 240)).to.deep.equal({ x: 0, y: 0, width: 640, height: 480 });
      expect(coverRect(640, 480, 640, 480)).to.deep.equal({ x: 0, y: 0, width: 640, height: 480 });
    });

    it('crops the sides of a wide source for a square or portrait box, keeping the centre', () => {
      expect(coverRect(1280, 720, 300, 300)).to.deep.equal({ x: 280, y: 0, width: 720, height: 720 });
      expect(coverRect(640, 480, 100, 200)).to.deep.equal({ x: 200, y: 0, width: 240, height: 480 });
      // A phone-shaped box over a 1080p camera.
      expect(coverRect(1920, 1080, 375, 667)).to.deep.equal({ x: 656, y: 0, width: 608, height: 1080 });
    });

    it('crops the top and bottom for a box wider than the source', () => {
      expect(coverRect(640, 480, 1920, 1080)).to.deep.equal({ x: 0, y: 60, width: 640, height: 360 });
    });

    it('rounds to even coordinates and sizes (4:2:0 frames are cut there)', () => {
      // 478.4 wide rounds to 478; its offset 81 goes down to 80.
      expect(coverRect(640, 480, 300, 301)).to.deep.equal({ x: 80, y: 0, width: 478, height: 480 });
      // 426.7 wide rounds to 426; its offset 427 goes down to 426.
      expect(coverRect(1280, 720, 1280, 720, 3)).to.deep.equal({ x: 426, y: 240, width: 426, height: 240 });
    });

    it('narrows by zoom around the centre: 2 keeps the centre half', () => {
      expect(coverRect(640, 480, 640, 480, 2)).to.deep.equal({ x: 160, y: 120, width: 320, height: 240 });
      expect(coverRect(1280, 720, 300, 300, 2)).to.deep.equal({ x: 460, y: 180, width: 360, height: 360 });
    });

    it('treats a zoom below 1 as 1, and keeps at least 2 x 2 pixels at any zoom', () => {
      expect(coverRect(640, 480, 640, 480, 0.5)).to.deep.equal(coverRect(640, 480, 640, 480));
      expect(coverRect(640, 480, 640, 480, 0)).to.deep.equal(coverRect(640, 480, 640, 480));
      expect(coverRect(640, 480, 640, 480, 1000)).to.deep.equal({ x: 318, y: 238, width: 2, height: 2 });
    });

    it('is never larger than the source, even where rounding up would pass an odd edge', () => {
      expect(coverRect(641, 481, 641, 481)).to.deep.equal({ x: 0, y: 0, width: 641, height: 481 });
    });

    it('stays even, inside the source and centred for many sources, boxes and zooms', () => {
      const sources = [[640, 480], [480, 640], [1280, 720], [720, 1280], [1920, 1080], [352, 288], [2, 2]];
      const boxes = [[1, 1], [100, 100], [375, 667], [667, 375], [300, 301], [1920, 1080], [3000, 10]];
      for (const [sourceWidth, sourceHeight] of sources) {
        for (const [width, height] of boxes) {
          for (const zoom of [1, 1.3, 2, 4, 10]) {
            const rect = coverRect(sourceWidth, sourceHeight, width, height, zoom);
            const where = `${sourceWidth}x${sourceHeight} in ${width}x${height} at ${zoom}: ${JSON.stringify(rect)}`;
            for (const value of Object.values(rect)) expect(value % 2, where).to.equal(0);
            expect(rect.width, where).to.be.within(2, sourceWidth);
            expect(rect.height, where).to.be.within(2, sourceHeight);
            expect(rect.x + rect.width, where).to.be.at.most(sourceWidth);
            expect(rect.y + rect.height, where).to.be.at.most(sourceHeight);
            expect(Math.abs(rect.x - (sourceWidth - rect.width) / 2), where).to.be.at.most(1);
            expect(Math.abs(rect.y - (sourceHeight - rect.height) / 2), where).to.be.at.most(1);
          }
        }
      }
    });
  });

  describe('frameDimensions', () => {
    it('gives the Mini App presets for a landscape source', () => {
      expect(frameDimensions('small', 1280, 720)).to.deep.equal([352, 288]);
      expect(frameDimensions('medium', 1280, 720)).to.deep.equal([640, 480]);
      expect(frameDimensions('large', 1280, 720)).to.deep.equal([1280, 720]);
    });

    it('swaps them for a portrait source, and keeps them for a square one', () => {
      expect(frameDimensions('small', 720, 1280)).to.deep.equal([288, 352]);
      expect(frameDimensions('medium', 480, 640)).to.deep.equal([480, 640]);
      expect(frameDimensions('large', 1080, 1920)).to.deep.equal([720, 1280]);
      expect(frameDimensions('large', 720, 720)).to.deep.equal([1280, 720]);
    });

    it('counts unknown values as medium', () => {
      for (const value of ['', 'huge', 'Large', ' small', 'toString', '__proto__', 'constructor']) {
        expect(frameDimensions(value, 1280, 720), value).to.deep.equal([640, 480]);
      }
      expect(frameDimensions('huge', 720, 1280)).to.deep.equal([480, 640]);
    });
  });

  describe('isFrameSize', () => {
    it('accepts exactly small, medium and large', () => {
      expect(['small', 'medium', 'large'].map(isFrameSize)).to.deep.equal([true, true, true]);
      const others = ['', 'Small', 'LARGE', 'huge', 'toString', 'hasOwnProperty', '__proto__', undefined, null, 1, {}, ['small']];
      for (const value of others) expect(isFrameSize(value), String(value)).to.equal(false);
    });
  });
});
