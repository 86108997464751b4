import { expect } from '@open-wc/testing';
import { retailCode, upcAOfUpcE, upcEOfUpcA } from '../../src/scan/code-types.js';
import { codeOfDetected, cornersOfDetected } from '../../src/scan/detector-decoder.js';
import { crop, invert, level, shrink, turn } from '../../src/scan/luma.js';
import { scanAreaOf, type PreviewLayout } from '../../src/scan/scan-area.js';
import { basePass, furtherPass, invertedPass, levelledPass, regionsOf, toPicture } from '../../src/scan/scan-passes.js';
import { codeOfReadResult, withoutConflicts } from '../../src/scan/zxing-decoder.js';

// The pure parts behind scanArea, UPC naming and the decoder's passes.
describe('scanCode parts: positions, UPC, passes', () => {
  const layout = (overrides: Partial<PreviewLayout> = {}): PreviewLayout => ({
    elementWidth: 300,
    elementHeight: 300,
    left: 0,
    top: 0,
    width: 300,
    height: 300,
    fit: 'cover',
    positionX: 0.5,
    positionY: 0.5,
    matrix: [1, 0, 0, 1, 0, 0],
    ...overrides,
  });
  const square = (x: number, y: number, size: number) => [x, y, x + size, y, x + size, y + size, x, y + size];

  it('maps a code in the frame to the element through object-fit: cover', () => {
    // 1280x720 in a 300x300 box: scaled by 300/720, 383.3 px cropped off each side.
    expect(scanAreaOf(square(640 - 36, 360 - 36, 72), 1280, 720, layout())).to.deep.equal([135, 135, 30, 30]);
    // Partly in the cropped margin: clipped to the element.
    expect(scanAreaOf(square(0, 0, 720), 1280, 720, layout())).to.deep.equal([0, 0, 183, 300]);
  });

  it('follows the digital zoom and the front camera mirror (a transform about the centre)', () => {
    const zoomed = layout({ matrix: [2, 0, 0, 2, 0, 0] });
    expect(scanAreaOf(square(640 - 36, 360 - 36, 72), 1280, 720, zoomed)).to.deep.equal([120, 120, 60, 60]);
    const mirrored = layout({ elementWidth: 640, elementHeight: 360, width: 640, height: 360, matrix: [-1, 0, 0, 1, 0, 0] });
    expect(scanAreaOf(square(100, 100, 200), 1280, 720, mirrored)).to.deep.equal([490, 50, 100, 100]);
  });

  it('names UPC codes as phones do: UPC-A in 12 digits, UPC-E in its own 8', () => {
    expect(retailCode('EAN_13', '0036000291452')).to.deep.equal({ type: 'UPC_A', result: '036000291452' });
    expect(retailCode('UPC_A', '0036000291452')).to.deep.equal({ type: 'UPC_A', result: '036000291452' });
    expect(retailCode('EAN_13', '4006381333931')).to.deep.equal({ type: 'EAN_13', result: '4006381333931' });
    expect(retailCode('UPC_E', '0012345000065', '01234565')).to.deep.equal({ type: 'UPC_E', result: '01234565' });
    expect(retailCode('UPC_E', '0012345000065')).to.deep.equal({ type: 'UPC_E', result: '01234565' });
    for (const upcE of ['01234565', '04252614', '11234531', '01234574']) expect(upcEOfUpcA(upcAOfUpcE(upcE)), upcE).to.equal(upcE);
    expect(codeOfReadResult({ format: 'UPCE', text: '0012000000454', bytes: new Uint8Array(), extra: '{"UPCE":"01204534"}' })).to.deep.equal({
      type: 'UPC_E',
      result: '01204534',
      rawData: btoa('01204534'),
      charSet: 'utf-8',
    });
    expect(codeOfDetected({ format: 'ean_13', rawValue: '0036000291452' })).to.deep.equal({ type: 'UPC_A', result: '036000291452', rawData: '', charSet: 'utf-8' });
    expect(cornersOfDetected({ boundingBox: { x: 1, y: 2, width: 3, height: 4 } })).to.deep.equal([1, 2, 4, 2, 4, 6, 1, 6]);
  });

  it('keeps the stronger of two overlapping reads with different texts (a misread), and both of two codes apart', () => {
    const code = (result: string, corners: number[]) => ({ type: 'EAN_13', result, rawData: '', charSet: 'utf-8', corners });
    const strong = { code: code('4006381333931', square(100, 100, 200)), strength: 180 };
    const misread = { code: code('4006381333937', square(110, 105, 190)), strength: 3 };
    const apart = { code: code('9780201379624', square(600, 100, 200)), strength: 40 };
    expect(withoutConflicts([misread, strong, apart]).map(({ result }) => result)).to.deep.equal(['4006381333931', '9780201379624']);
  });

  it('reads a 720p picture at half size as it is, levelled and inverted, then harder at full size, turned and smoothed; 1080p by regions', () => {
    expect(basePass(1280, 720)).to.include({ width: 640, height: 360 });
    expect(levelledPass(1280, 720)).to.include({ kind: 'levelled', width: 640, height: 360 });
    expect(invertedPass(1280, 720)).to.include({ kind: 'inverted', width: 640, height: 360, invert: true });
    expect(basePass(640, 480)).to.include({ width: 640, height: 480 });
    expect(basePass(1920, 1080)).to.include({ width: 640, height: 360 });
    const turns = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((turnIndex) => furtherPass(turnIndex, 1280, 720));
    expect(turns.map(({ kind }) => kind)).to.deep.equal(['harder', 'rotated', 'harder', 'rotated', 'smoothed', 'inverted', 'harder', 'rotated', 'harder', 'rotated', 'smoothed']);
    expect(turns.filter(({ kind }) => kind === 'rotated').map(({ angle }) => angle)).to.deep.equal([45, 30, 60, 45]);
    expect(turns[0]).to.include({ width: 1280, height: 720 });
    // Smoothed: 4 rows averaged, columns kept.
    expect(turns[4]).to.include({ width: 1280, height: 180 });
    expect(turns[5]).to.include({ width: 1280, height: 720, invert: true });
    expect(regionsOf(1280, 720)).to.deep.equal([]);
    const regions = regionsOf(1920, 1080);
    expect(regions[0]).to.deep.equal({ x: 320, y: 180, width: 1280, height: 720 });
    expect(furtherPass(2, 1920, 1080)).to.deep.include({ kind: 'region', source: regions[1] });
    // A turned pass reads the picture at 0.6 (768x432 of it), in the rectangle that holds it turned.
    const rotated = turns[1]!;
    expect(rotated.turnScale).to.be.closeTo(0.6, 1e-9);
    expect([rotated.width, rotated.height]).to.deep.equal([Math.round(1200 * Math.SQRT1_2), Math.round(1200 * Math.SQRT1_2)]);
    // A point of a turned pass maps back to where it is in the picture.
    for (const pass of [rotated, turns[3]!]) {
      const [x, y] = [900, 200];
      const radians = (pass.angle * Math.PI) / 180;
      const [dx, dy] = [(x - 640) * pass.turnScale, (y - 360) * pass.turnScale];
      const drawn = [pass.width / 2 + dx * Math.cos(radians) - dy * Math.sin(radians), pass.height / 2 + dx * Math.sin(radians) + dy * Math.cos(radians)];
      const [bx, by] = toPicture(pass, drawn[0]!, drawn[1]!);
      expect(Math.abs(bx - x) + Math.abs(by - y)).to.be.below(0.01);
    }
  });

  it('shrinks, crops, inverts, turns and levels grey pictures', () => {
    const luma = { width: 4, height: 2, data: new Uint8Array([0, 2, 10, 20, 4, 6, 30, 40]) };
    expect([...shrink(luma, 2).data]).to.deep.equal([3, 25]);
    expect([...shrink(luma, 1, 2).data]).to.deep.equal([2, 4, 20, 30]);
    expect([...crop(luma, 1, 0, 2, 2).data]).to.deep.equal([2, 10, 6, 30]);
    expect([...invert(luma).data.slice(0, 2)]).to.deep.equal([255, 253]);
    const flat = { width: 10, height: 10, data: new Uint8Array(100).fill(60) };
    const turned = turn(flat, 45, 1, 14, 14);
    expect(turned.data[7 * 14 + 7]).to.equal(60);
    expect(turned.data[0]).to.equal(128);
    // Paper in a shadow (40) and in light (200), ink (10 and 50) on each: levelled, the paper is mid-light on both sides.
    const lit = { width: 40, height: 1, data: new Uint8Array(40).map((_, x) => (x < 20 ? (x % 4 === 0 ? 10 : 40) : x % 4 === 0 ? 50 : 200)) };
    const levelled = level(lit, 3).data;
    expect(levelled[10]! - levelled[8]!).to.be.above(80);
    expect(levelled[30]! - levelled[28]!).to.be.above(80);
    expect(Math.abs(levelled[10]! - levelled[30]!)).to.be.below(30);
  });
});
