/// <reference lib="webworker" />
/**
 * The scan worker: decodes the codes in the preview pictures the page sends, one at a time, off
 * the main thread. It uses the browser's `BarcodeDetector` for the formats it supports and
 * zxing-wasm (loaded here, only when the detector lacks a format) for the rest. It loads and warms
 * up its decoders as soon as it starts (the camera opened in scanCode mode), before the first
 * picture comes.
 */
import { readTrackSource } from '../shared/track-streams.js';
import { planDecoders } from './code-types.js';
import { DetectorDecoder, detectorSupportedFormats } from './detector-decoder.js';
import type { DecodedCode, FromScanWorker, ScanImage, ToScanWorker } from './scan-protocol.js';
import { pauseAfter } from './scan-pace.js';
import { ZXingDecoder } from './zxing-decoder.js';

declare const self: DedicatedWorkerGlobalScope;

interface Decoder {
  /** The codes in `image`, with the size of the picture their corners are in where it is not the image's own. */
  decode(image: ScanImage): Promise<DecodedCode[] | { codes: DecodedCode[]; width: number; height: number }>;
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
    const zxing = await ZXingDecoder.load(plan.zxingFormats);
    try {
      await zxing.warmUp();
    } catch {
      // Only a head start: the first picture warms it up instead.
    }
    decoders.push(zxing);
    names.push('zxing-wasm');
  }
  return { decoders, names };
}

/**
 * Every decoder's codes, each code once, with the picture size their corners are in. A decoder
 * that fails on this image counts as none.
 */
async function decode(decoders: Decoder[], image: ScanImage): Promise<{ codes: DecodedCode[]; width: number; height: number }> {
  const codes = new Map<string, DecodedCode>();
  let width = 'displayWidth' in image ? image.displayWidth : image.width;
  let height = 'displayHeight' in image ? image.displayHeight : image.height;
  for (const decoder of decoders) {
    try {
      const decoded = await decoder.decode(image);
      const list = Array.isArray(decoded) ? decoded : decoded.codes;
      if (!Array.isArray(decoded)) [width, height] = [decoded.width, decoded.height];
      for (const code of list) {
        const key = `${code.type}\n${code.result}`;
        if (!codes.has(key)) codes.set(key, code);
      }
    } catch {
      // A picture the decoder cannot take (e.g. a closed frame): nothing found in it.
    }
  }
  return { codes: [...codes.values()], width, height };
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

let scanned = 0;

/** Decodes `image` and posts what it found; returns the `scanned` message. */
async function scan(decoders: Decoder[], image: ScanImage): Promise<FromScanWorker & { type: 'scanned' }> {
  const began = performance.now();
  const { codes, width, height } = await decode(decoders, image);
  const message = { type: 'scanned', codes, width, height, decodeMs: performance.now() - began, cold: scanned++ === 0 } as const;
  post(message);
  return message;
}

/** A read that resolves sooner than this took a frame that waited in the stream (not a new one). */
const QUEUED_MS = 4;

/**
 * Stream mode: takes a frame only when it scans (frames it does not read are dropped at the source,
 * before they cross to this thread, which costs the page's thread per frame), scans it, pauses as
 * the scan's cost says, and again, until terminated. A frame that waited in the stream through the
 * pause is old: it is skipped for the next one.
 */
async function scanStream(readable: ReadableStream<VideoFrame>): Promise<void> {
  const decoders = await ready;
  if (!decoders) return;
  const reader = readable.getReader();
  try {
    for (;;) {
      const asked = performance.now();
      let read = await reader.read();
      if (!read.done && performance.now() - asked < QUEUED_MS) {
        read.value.close();
        read = await reader.read();
      }
      if (read.done) return;
      const frame = read.value;
      let message;
      try {
        message = await scan(decoders, frame);
      } finally {
        frame.close();
      }
      await new Promise((resolve) => setTimeout(resolve, pauseAfter(message)));
    }
  } catch {
    // The track ended or the stream was cancelled: no more frames.
  }
}

self.onmessage = async ({ data }: MessageEvent<ToScanWorker>) => {
  if (data.type === 'source') {
    // A moved track ends with this worker, when the page terminates it.
    const source = readTrackSource(data.source);
    if (source) void scanStream(source.frames);
    else post({ type: 'unreadable' });
    return;
  }
  if (data.type !== 'scan') return;
  const { image } = data;
  try {
    const decoders = await ready;
    if (decoders) await scan(decoders, image);
  } finally {
    image.close();
  }
};
