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
