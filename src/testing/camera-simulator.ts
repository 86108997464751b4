import { SimulatedCamera, type SimulatedCameraOptions } from './simulated-camera.js';
import type { SimulatedPicture } from './simulated-picture.js';

/** A fault the next camera requests meet, until cleared with `fail(null)`. */
export type SimulatedFault = 'permission-denied' | 'busy';

/** Options of {@link installCameraSimulator}. */
export interface CameraSimulatorOptions {
  /** The cameras plugged in at first (default: a back and a front camera). `[]`: no camera. */
  devices?: readonly SimulatedCameraOptions[];
  /** What every camera shows at first (default colour bars). */
  picture?: SimulatedPicture;
  /** Whether a microphone is there (a silent one); without it, asking for audio fails with `NotFoundError`. */
  microphone?: boolean;
}

type MediaDevicesMethods = Pick<MediaDevices, 'getUserMedia' | 'enumerateDevices'>;

const DEFAULT_DEVICES: readonly SimulatedCameraOptions[] = [
  { label: 'Back Camera', facingMode: 'environment' },
  { label: 'Front Camera', facingMode: 'user' },
];

let installed: CameraSimulator | null = null;

/**
 * A simulated camera for the page: `getUserMedia` and `enumerateDevices` answer from simulated
 * devices whose tracks are real `MediaStreamTrack`s (a canvas's capture stream), so the element's
 * preview, frames, photos, recordings and scanning run for real. Install it before or after
 * `<wx-camera>` connects (a camera already open stays on the real device until it reopens).
 */
export class CameraSimulator {
  /** The cameras plugged in. */
  readonly devices: SimulatedCamera[] = [];
  private fault: SimulatedFault | null = null;
  private picture: SimulatedPicture | undefined;
  private readonly saved: { [K in keyof MediaDevicesMethods]: PropertyDescriptor | undefined };
  private readonly audio: { context: AudioContext; tracks: MediaStreamTrack[] } | null;

  /** Use {@link installCameraSimulator}. */
  constructor(options: CameraSimulatorOptions) {
    this.picture = options.picture;
    this.audio = options.microphone ? { context: new AudioContext(), tracks: [] } : null;
    const proto = MediaDevices.prototype as MediaDevicesMethods;
    this.saved = {
      getUserMedia: Object.getOwnPropertyDescriptor(proto, 'getUserMedia'),
      enumerateDevices: Object.getOwnPropertyDescriptor(proto, 'enumerateDevices'),
    };
    // On the prototype: some engines hand out a new `navigator.mediaDevices` wrapper later on.
    const simulator = this;
    Object.defineProperties(proto, {
      getUserMedia: { configurable: true, writable: true, value: (constraints?: MediaStreamConstraints) => simulator.getUserMedia(constraints) },
      enumerateDevices: { configurable: true, writable: true, value: async () => simulator.devices.map((device) => device.info()) },
    });
    for (const device of options.devices ?? DEFAULT_DEVICES) this.plug(device);
  }

  /** Frames drawn by every camera so far. */
  get framesProduced(): number {
    return this.devices.reduce((sum, device) => sum + device.framesProduced, 0);
  }

  /** Shows `picture` on every camera (or on `device` only); resolves once it is drawn. */
  async show(picture: SimulatedPicture, device?: SimulatedCamera): Promise<void> {
    if (!device) this.picture = picture;
    await Promise.all((device ? [device] : this.devices).map((each) => each.show(picture)));
  }

  /** Plugs a camera in (`devicechange` fires); resolves with it once it shows its picture. */
  plug(options: SimulatedCameraOptions = {}): SimulatedCamera {
    const device = new SimulatedCamera(options);
    this.devices.push(device);
    void device.show(options.picture ?? this.picture ?? { pattern: 'bars' });
    this.deviceChange();
    return device;
  }

  /** Unplugs a camera: its live tracks end (`ended` fires) and `devicechange` fires. */
  unplug(device: SimulatedCamera = this.devices[0]!): void {
    const index = this.devices.indexOf(device);
    if (index < 0) return;
    this.devices.splice(index, 1);
    device.release();
    this.deviceChange();
  }

  /** Makes camera requests fail (`permission-denied`: NotAllowedError; `busy`: NotReadableError) until `fail(null)`. */
  fail(fault: SimulatedFault | null): void {
    this.fault = fault;
  }

  /** Ends every live camera track, as a camera that fails mid-use does. */
  endTracks(): void {
    for (const device of this.devices) device.end();
  }

  /**
   * Makes the page report itself hidden or visible and fires `visibilitychange`, as the browser
   * does when the user switches tabs or locks the phone (a headless browser never hides its page).
   */
  setPageVisibility(state: DocumentVisibilityState): void {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }

  /** Camera and microphone tracks the simulator opened that are still live. */
  liveTracks(): MediaStreamTrack[] {
    return [...this.devices.flatMap((device) => device.liveTracks()), ...(this.audio?.tracks ?? [])].filter((track) => track.readyState === 'live');
  }

  /** Removes the simulator: its tracks end, the page's own camera API and visibility come back. */
  uninstall(): void {
    for (const device of this.devices.splice(0)) device.release();
    for (const track of this.audio?.tracks ?? []) track.stop();
    void this.audio?.context.close();
    const proto = MediaDevices.prototype as MediaDevicesMethods;
    for (const name of ['getUserMedia', 'enumerateDevices'] as const) {
      const descriptor = this.saved[name];
      if (descriptor) Object.defineProperty(proto, name, descriptor);
      else delete (proto as Partial<MediaDevicesMethods>)[name];
    }
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (document as { hidden?: unknown }).hidden;
    if (installed === this) installed = null;
  }

  private async getUserMedia(constraints: MediaStreamConstraints = {}): Promise<MediaStream> {
    await Promise.resolve(); // like the browser: never synchronously
    if (!constraints.video && !constraints.audio) throw new TypeError('at least one of audio and video must be requested');
    if (this.fault === 'permission-denied') throw new DOMException('Permission denied', 'NotAllowedError');
    if (this.fault === 'busy') throw new DOMException('Could not start video source', 'NotReadableError');
    const tracks: MediaStreamTrack[] = [];
    if (constraints.audio) {
      if (!this.audio) throw new DOMException('Requested device not found', 'NotFoundError');
      const destination = this.audio.context.createMediaStreamDestination();
      const silence = this.audio.context.createConstantSource();
      silence.offset.value = 0;
      silence.connect(destination);
      silence.start();
      tracks.push(...destination.stream.getAudioTracks());
      this.audio.tracks.push(...tracks);
    }
    if (constraints.video) {
      const video = typeof constraints.video === 'object' ? constraints.video : {};
      const device = this.choose(video);
      tracks.push(device.open(idealOf(video.width)));
    }
    return new MediaStream(tracks);
  }

  /** The camera a request asks for, as browsers choose: an exact id or facing, else the ideal, else the first. */
  private choose(video: MediaTrackConstraints): SimulatedCamera {
    if (this.devices.length === 0) throw new DOMException('Requested device not found', 'NotFoundError');
    const id = exactOf(video.deviceId);
    if (id !== undefined) {
      const device = this.devices.find((each) => each.deviceId === id);
      if (!device) throw new DOMException('Cannot satisfy deviceId', 'OverconstrainedError');
      return device;
    }
    const facing = exactOf(video.facingMode);
    if (facing !== undefined) {
      const device = this.devices.find((each) => each.facingMode === facing);
      if (!device) throw new DOMException('Cannot satisfy facingMode', 'OverconstrainedError');
      return device;
    }
    const ideal = idealOf(video.facingMode);
    return this.devices.find((each) => ideal !== undefined && each.facingMode === ideal) ?? this.devices[0]!;
  }

  private deviceChange(): void {
    navigator.mediaDevices?.dispatchEvent(new Event('devicechange'));
  }
}

type Constrain<T> = T | T[] | { exact?: T | T[]; ideal?: T | T[] } | undefined;

function exactOf<T>(value: Constrain<T>): T | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { exact } = value as { exact?: T | T[] };
    return Array.isArray(exact) ? exact[0] : exact;
  }
  return undefined;
}

function idealOf<T>(value: Constrain<T>): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value[0];
  const { ideal } = value as { ideal?: T | T[] };
  return Array.isArray(ideal) ? ideal[0] : ideal;
}

/**
 * Installs a simulated camera into the page (replacing one installed before). It changes nothing
 * until called, and `uninstall()` gives the page its own camera back.
 */
export function installCameraSimulator(options: CameraSimulatorOptions = {}): CameraSimulator {
  installed?.uninstall();
  installed = new CameraSimulator(options);
  return installed;
}
