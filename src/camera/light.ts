import type { FlashMode } from '../types.js';

interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}

/** Whether the track can keep its light on (`torch`). */
export function hasTorch(track: MediaStreamTrack): boolean {
  const capabilities = track.getCapabilities?.() as TorchCapabilities | undefined;
  return capabilities?.torch === true;
}

/**
 * Turns the torch on for `flash="torch"` and off otherwise. Without torch support this is a
 * no-op: the contract says unsupported flash modes have no effect and raise no error.
 */
export async function applyFlash(track: MediaStreamTrack, flash: FlashMode): Promise<void> {
  if (!hasTorch(track)) return;
  await track
    .applyConstraints({ advanced: [{ torch: flash === 'torch' } as MediaTrackConstraintSet] })
    .catch(() => undefined);
}

/**
 * Runs `capture` with the fill light on for `flash="on"`, where the track has a torch (browsers
 * expose no flash for stills from a video track). `auto` needs a light reading no browser gives,
 * so it takes the photo as it is; so do `off`, and `torch`, whose light is already on.
 */
export async function withFillLight<T>(track: MediaStreamTrack, flash: FlashMode, capture: () => Promise<T>): Promise<T> {
  if (flash !== 'on' || !hasTorch(track)) return capture();
  await applyFlash(track, 'torch');
  await new Promise((resolve) => setTimeout(resolve, 150)); // let the exposure settle
  try {
    return await capture();
  } finally {
    await applyFlash(track, flash);
  }
}
