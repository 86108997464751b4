import { expect } from '@open-wc/testing';
import { base64OfBytes } from '../src/scan/base64.js';
import { CODE_TYPES, codeTypeOfDetectorFormat, codeTypeOfZXingFormat, planDecoders } from '../src/scan/code-types.js';
import { codeOfDetected } from '../src/scan/detector-decoder.js';
import { MAX_SCAN_PAUSE_MS, MIN_SCAN_PAUSE_MS, pauseAfterScan } from '../src/scan/scan-pace.js';
import { SeenCodes } from '../src/scan/seen-codes.js';
import { codeOfReadResult } from '../src/scan/zxing-decoder.js';
import type { ScanCodeDetail } from '../src/types.js';

// The parts of scanCode mode that need no camera: names, the decoder choice, dedup, pacing.
describe('scanCode parts', () => {
  const code = (result: string, type = 'QR_CODE'): ScanCodeDetail => ({ type, result, rawData: '', charSet: 'utf-8' });

  it('names code types as the Mini App does, from either decoder', () => {
    expect(['QRCode', 'EAN13', 'EAN8', 'UPCA', 'UPCE', 'Code128', 'Code39Ext', 'DataMatrix', 'PDF417', 'ITF14', 'DataBarExp', 'ISBN'].map(codeTypeOfZXingFormat)).to.deep.equal([
      'QR_CODE', 'EAN_13', 'EAN_8', 'UPC_A', 'UPC_E', 'CODE_128', 'CODE_39', 'DATA_MATRIX', 'PDF_417', 'ITF', 'RSS_EXPANDED', 'EAN_13',
    ]);
    expect(['qr_code', 'ean_13', 'code_128', 'pdf417', 'data_matrix', 'upc_e'].map(codeTypeOfDetectorFormat)).to.deep.equal([
      'QR_CODE', 'EAN_13', 'CODE_128', 'PDF_417', 'DATA_MATRIX', 'UPC_E',
    ]);
    expect(codeTypeOfZXingFormat('DXFilmEdge')).to.equal('DX_FILM_EDGE');
  });

  it('gives rawData as base64 of zxing-wasm bytes, and none for BarcodeDetector (it gives no bytes)', () => {
    const bytes = new TextEncoder().encode('扫码 café ✓');
    expect(codeOfReadResult({ format: 'QRCode', text: '扫码 café ✓', bytes })).to.deep.equal({
      type: 'QR_CODE',
      result: '扫码 café ✓',
      rawData: '5omr56CBIGNhZsOpIOKckw==',
      charSet: 'utf-8',
    });
    expect(codeOfDetected({ format: 'ean_13', rawValue: '4006381333931' })).to.deep.equal(code('4006381333931', 'EAN_13'));
    expect(base64OfBytes(new Uint8Array(70_000).fill(255))).to.have.length(93_336);
  });

  it('uses BarcodeDetector for the formats it supports, zxing-wasm only when it lacks one', () => {
    const everyDetectorFormat = CODE_TYPES.flatMap((entry) => (entry.detector ? [entry.detector] : []));
    expect(planDecoders(everyDetectorFormat)).to.deep.equal({ detectorFormats: everyDetectorFormat, zxingFormats: [] });
    const none = planDecoders([]);
    expect(none.detectorFormats).to.deep.equal([]);
    expect(none.zxingFormats).to.include.members(['QRCode', 'EAN13', 'Code128', 'DataBar', 'MaxiCode']);
    const some = planDecoders(['qr_code', 'ean_13', 'unknown']);
    expect(some.detectorFormats).to.deep.equal(['qr_code', 'ean_13']);
    expect(some.zxingFormats).to.include.members(['Code128', 'DataMatrix', 'MaxiCode']);
    expect(some.zxingFormats).not.to.include.members(['QRCode']);
    expect(some.zxingFormats).not.to.include.members(['EAN13']);
  });

  it('reports a code once while it stays in view, again after it was out of view for a while', () => {
    const seen = new SeenCodes();
    expect(seen.update([code('a'), code('a')], 0)).to.deep.equal([code('a')]);
    expect(seen.update([code('a'), code('b')], 100)).to.deep.equal([code('b')]);
    // Missed by a scan or two, briefly: still in view.
    expect(seen.update([], 200)).to.deep.equal([]);
    expect(seen.update([], 300)).to.deep.equal([]);
    expect(seen.update([code('a')], 400)).to.deep.equal([]);
    // Out of view for over a second and two scans.
    expect(seen.update([], 900)).to.deep.equal([]);
    expect(seen.update([], 1500)).to.deep.equal([]);
    expect(seen.update([code('a'), code('b')], 1600)).to.deep.equal([code('a'), code('b')]);
    // One slow scan without it is not enough, however long it took.
    expect(seen.update([], 4000)).to.deep.equal([]);
    expect(seen.update([code('a')], 4100)).to.deep.equal([]);
    // The same text as another type is another code.
    expect(seen.update([code('a', 'CODE_128')], 4200)).to.deep.equal([code('a', 'CODE_128')]);
    seen.clear();
    expect(seen.update([code('a')], 4300)).to.deep.equal([code('a')]);
  });

  it('pauses between scans in proportion to what decoding cost, within bounds', () => {
    expect(pauseAfterScan(1)).to.equal(MIN_SCAN_PAUSE_MS);
    expect(pauseAfterScan(100)).to.equal(100);
    expect(pauseAfterScan(300)).to.be.greaterThan(pauseAfterScan(100));
    expect(pauseAfterScan(5000)).to.equal(MAX_SCAN_PAUSE_MS);
    expect(pauseAfterScan(NaN)).to.equal(MAX_SCAN_PAUSE_MS);
  });
});
