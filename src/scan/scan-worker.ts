/// <reference lib="webworker" />
/**
 * The scan worker: decodes the codes in the preview pictures the page sends, one at a time, off
 * the main thread. It uses the browser's `BarcodeDetector` for the formats it supports and
 * zxing-wasm (loaded here, only when the detector lacks a format) for the rest.
 */
import type { ScanCodeDetail } from '../types.js';
import { planDecoders } from './code-types.js';
import { DetectorDecoder, detectorSupportedFormats } from './detector-decoder.js';
import type { FromScanWorker, ScanImage, ToScanWorker } from './scan-protocol.js';
import { ZXingDecoder } from './zxing-decoder.js';

declare const self: DedicatedWorkerGlobalScope;

interface Decoder {
  decode(image: ScanImage): Promise<ScanCodeDetail[]>;
}

const post = (message: FromScanWorker) => self.postMessage(message);

async function setUpDecoders(): Promise<{ decoders: Decoder[]; names: string[] }> {
  let plan = planDecoders(await detectorSupportedFormats());
  const decoders: Decoder[] = [];
  const names: string[] = [];
  if (plan.detectorFormats.length > 0) {
    try {
      decoders.push(new DetectorDecoder(plan.detectorFormats));
      names.push('BarcodeDetector');
    } catch {
      // A detector that lists formats it then refuses: zxing-wasm reads them all.
      plan = planDecoders([]);
    }
  }
  if (plan.zxingFormats.length > 0) {
    decoders.push(await ZXingDecoder.load(plan.zxingFormats));
    names.push('zxing-wasm');
  }
  return { decoders, names };
}

/** Every decoder's codes, each code once. A decoder that fails on this image counts as none. */
async function decode(decoders: Decoder[], image: ScanImage): Promise<ScanCodeDetail[]> {
  const codes = new Map<string, ScanCodeDetail>();
  for (const decoder of decoders) {
    try {
      for (const code of await decoder.decode(image)) codes.set(`${code.type}\n${code.result}`, code);
    } catch {
      // A picture the decoder cannot take (e.g. a closed frame): nothing found in it.
    }
  }
  return [...codes.values()];
}

const ready = setUpDecoders().then(
  ({ decoders, names }) => {
    post({ type: 'ready', decoder: names.join(' + ') });
    return decoders;
  },
  (error: unknown) => {
    post({ type: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    return null;
  },
);

self.onmessage = async ({ data }: MessageEvent<ToScanWorker>) => {
  if (data.type !== 'scan') return;
  const { image } = data;
  try {
    const decoders = await ready;
    if (!decoders) return;
    const began = performance.now();
    const codes = await decode(decoders, image);
    post({ type: 'scanned', codes, decodeMs: performance.now() - began });
  } finally {
    image.close();
  }
};
