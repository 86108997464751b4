import type { DevicePosition } from '../types.js';

/** The `facingMode` of each `device-position`. */
export const FACING: Record<DevicePosition, string> = { back: 'environment', front: 'user' };

/**
 * Cameras that give no colour picture: Windows Hello infrared ("Integrated IR Camera") and depth
 * sensors ("RealSense(TM) Depth Camera 435 Depth", "Back LiDAR Depth Camera"). A RealSense's
 * colour camera is named after the same product but ends in "RGB"; "TrueDepth" is no match.
 */
const isNotAPicture = (label: string) => /\b(ir|infrared|depth)\b/i.test(label) && !/\bRGB\s*$/i.test(label);

/** Single side lenses of phones with several back cameras, wanted only when nothing else faces there. */
const SIDE_LENS = /\b(ultra ?wide|tele(photo)?|macro)\b/i;

/**
 * How much a camera facing the requested side is wanted, lower first (ties keep list order): side
 * lenses last; on Android, "camera2 0, facing back" before "camera2 2, facing back" (whatever
 * order the list has), as id 0 is the main back camera. What is left keeps list order, so iPhones
 * get their "Back Camera" or the multi-camera device that switches lenses by itself ("Back Triple
 * Camera", "Back Dual Wide Camera"), whichever is listed first.
 */
const rank = ({ label }: MediaDeviceInfo) => (SIDE_LENS.test(label) ? 1000 : 0) + Number(/\bcamera2 (\d+)\b/.exec(label)?.[1] ?? 0);

/** The side a device faces: its reported `facingMode` first, then its label ("facing back", "Front Camera"). */
function facingOf(device: MediaDeviceInfo): string | undefined {
  const reported = (device as InputDeviceInfo).getCapabilities?.()?.facingMode?.[0];
  if (reported) return reported;
  if (/\b(front|user|facetime)\b/i.test(device.label)) return 'user';
  if (/\b(back|rear|environment)\b/i.test(device.label)) return 'environment';
  return undefined;
}

/**
 * The video input to open for `position`, or undefined when the list has no usable ids yet (before
 * camera permission) or only infrared and depth cameras, which are never chosen.
 *
 * Devices facing the requested side (by `getCapabilities().facingMode`, else by label) come first,
 * the best of them by {@link rank}. Otherwise devices with no known side (desktop webcams, virtual
 * and test cameras) are chosen by order: the first is `back`, the last `front`. Failing both (every
 * camera faces the other way), the best camera there is.
 */
export function pickDevice(devices: MediaDeviceInfo[], position: DevicePosition): MediaDeviceInfo | undefined {
  const usable = devices.filter((device) => device.deviceId !== '' && !isNotAPicture(device.label));
  const facing = usable.map(facingOf);
  const matching = usable.filter((_, i) => facing[i] === FACING[position]);
  const unknown = usable.filter((_, i) => facing[i] === undefined);
  if (matching.length === 0 && unknown.length > 0) return position === 'back' ? unknown[0] : unknown.at(-1);
  const pool = matching.length > 0 ? matching : usable;
  return pool.reduce<MediaDeviceInfo | undefined>((best, device) => (best && rank(best) <= rank(device) ? best : device), undefined);
}
