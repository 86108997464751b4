import type { DevicePosition, Resolution } from '../types.js';
import { assertCameraApi } from './camera-errors.js';
import { FACING, pickDevice } from './device-choice.js';

/** What the element asks of the camera when it opens it. */
export interface CameraRequest {
  devicePosition: DevicePosition;
  resolution: Resolution;
}

/** Capture sizes for `resolution`: about 480p, 720p, 1080p (landscape; phones rotate as needed). */
const CAPTURE_SIZES: Record<Resolution, readonly [number, number]> = {
  low: [640, 480],
  medium: [1280, 720],
  high: [1920, 1080],
};

/** Stops every track of a stream. */
export function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * Opens the camera on the requested side, on the device {@link pickDevice} chooses. Before the
 * page has camera permission the device list has no ids, so the first open asks by `facingMode`
 * and, once ids are known, switches device if needed.
 * Resolves null, having opened nothing, when `signal` aborts before a camera is asked for.
 */
export async function openCamera(request: CameraRequest, signal: AbortSignal): Promise<MediaStream | null> {
  const media = assertCameraApi();
  const [width, height] = CAPTURE_SIZES[request.resolution] ?? CAPTURE_SIZES.medium;
  const size: MediaTrackConstraints = { width: { ideal: width }, height: { ideal: height } };
  const known = pickDevice(await videoInputs(media), request.devicePosition);
  const byDevice = (deviceId: string): MediaStreamConstraints => ({
    video: { ...size, deviceId: { exact: deviceId } },
    audio: false,
  });
  if (signal.aborted) return null;
  if (known) return media.getUserMedia(byDevice(known.deviceId));

  const stream = await media.getUserMedia({
    video: { ...size, facingMode: { ideal: FACING[request.devicePosition] } },
    audio: false,
  });
  const settings = stream.getVideoTracks()[0]?.getSettings() ?? {};
  if (settings.facingMode === FACING[request.devicePosition]) return stream;
  const chosen = pickDevice(await videoInputs(media), request.devicePosition);
  if (!chosen || !settings.deviceId || chosen.deviceId === settings.deviceId) return stream;
  stopTracks(stream);
  if (signal.aborted) return null;
  return media.getUserMedia(byDevice(chosen.deviceId));
}

async function videoInputs(media: MediaDevices): Promise<MediaDeviceInfo[]> {
  if (typeof media.enumerateDevices !== 'function') return [];
  const devices = await media.enumerateDevices().catch(() => []);
  return devices.filter((device) => device.kind === 'videoinput');
}
