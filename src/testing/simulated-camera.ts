import { loadPicture, type PictureSource, type SimulatedPicture } from './simulated-picture.js';

/** A simulated camera device, as `plug()` and the simulator's options describe it. */
export interface SimulatedCameraOptions {
  /** The device's label, e.g. `Back Camera` or `camera2 1, facing front`. */
  label?: string;
  /** Which way it faces; `undefined` for a desktop webcam that does not say. */
  facingMode?: 'user' | 'environment';
  /** Capture sizes it offers, best match to the request's ideal width is used (default 1280x720, 640x480). */
  resolutions?: readonly (readonly [number, number])[];
  /** Frames a second (default 30). */
  frameRate?: number;
  /** A hardware zoom range that `applyConstraints({ advanced: [{ zoom }] })` honours, or none. */
  zoom?: { min: number; max: number };
  /** Whether it has a torch (`applyConstraints({ advanced: [{ torch: true }] })`). */
  torch?: boolean;
  /** What it shows at first (default colour bars). */
  picture?: SimulatedPicture;
}

let nextId = 1;

/**
 * One simulated camera: a canvas that draws its picture at the device's frame rate, and the live
 * tracks opened on it (real `MediaStreamTrack`s from `canvas.captureStream()`, dressed with the
 * device's settings and capabilities). It owns the canvas, the timer and its tracks.
 */
export class SimulatedCamera {
  readonly deviceId = `simulated-camera-${nextId++}`;
  readonly groupId = this.deviceId;
  readonly label: string;
  readonly facingMode: 'user' | 'environment' | undefined;
  /** Frames drawn since the device was plugged in. */
  framesProduced = 0;
  /** The hardware zoom now (within `zoom`), and whether the torch is on. */
  zoom: number;
  torch = false;
  private readonly canvas = document.createElement('canvas');
  private readonly context = this.canvas.getContext('2d', { alpha: false })!;
  private readonly tracks = new Set<MediaStreamTrack>();
  /** Where each track's `ended` listeners are: Firefox does not deliver an `ended` dispatched on a track. */
  private readonly endedEvents = new WeakMap<MediaStreamTrack, EventTarget>();
  private picture: PictureSource | null = null;
  private timer = 0;

  constructor(readonly options: SimulatedCameraOptions) {
    this.label = options.label ?? (options.facingMode === 'user' ? 'Front Camera' : 'Back Camera');
    this.facingMode = options.facingMode;
    this.zoom = options.zoom?.min ?? 1;
    const [width, height] = this.resolutions[0]!;
    this.resize(width, height);
  }

  get frameRate(): number {
    return this.options.frameRate ?? 30;
  }

  get resolutions(): readonly (readonly [number, number])[] {
    return this.options.resolutions?.length ? this.options.resolutions : [[1280, 720], [640, 480]];
  }

  /** Shows a picture from now on; resolves once it is drawn. */
  async show(picture: SimulatedPicture): Promise<void> {
    const loaded = await loadPicture(picture);
    this.picture?.release();
    this.picture = loaded;
    this.draw();
  }

  /** Opens a track on this camera at the size closest to `idealWidth`. */
  open(idealWidth?: number): MediaStreamTrack {
    if (idealWidth) {
      const [width, height] = [...this.resolutions].sort((a, b) => Math.abs(a[0] - idealWidth) - Math.abs(b[0] - idealWidth))[0]!;
      if (this.tracks.size === 0) this.resize(width, height);
    }
    const [track] = this.canvas.captureStream(this.frameRate).getVideoTracks();
    if (!track) throw new DOMException('the browser cannot capture a canvas', 'NotReadableError');
    this.dress(track);
    this.tracks.add(track);
    this.start();
    return track;
  }

  /** Info for `enumerateDevices()`, with `getCapabilities()` like an `InputDeviceInfo`. */
  info(): MediaDeviceInfo {
    const capabilities = () => this.capabilities();
    return {
      deviceId: this.deviceId,
      groupId: this.groupId,
      kind: 'videoinput',
      label: this.label,
      getCapabilities: capabilities,
      toJSON: () => ({ deviceId: this.deviceId, groupId: this.groupId, kind: 'videoinput', label: this.label }),
    } as unknown as MediaDeviceInfo;
  }

  /** Ends every track opened on it, as a camera that is unplugged or fails does (`ended` fires). */
  end(): void {
    for (const track of [...this.tracks]) {
      track.stop();
      this.endedEvents.get(track)?.dispatchEvent(new Event('ended'));
    }
    this.tracks.clear();
  }

  /** Live tracks opened on this camera. */
  liveTracks(): MediaStreamTrack[] {
    return [...this.tracks].filter((track) => track.readyState === 'live');
  }

  /** Ends its tracks, stops drawing and releases the picture. */
  release(): void {
    this.end();
    clearInterval(this.timer);
    this.timer = 0;
    this.picture?.release();
    this.picture = null;
  }

  private resize(width: number, height: number): void {
    this.canvas.width = width;
    this.canvas.height = height;
  }

  private start(): void {
    if (this.timer) return;
    this.timer = window.setInterval(() => {
      if (this.liveTracks().length === 0) return; // nobody watches: save the work
      this.draw();
    }, 1000 / this.frameRate);
    this.draw();
  }

  /** Draws one frame: the picture, cropped to the centre by the hardware zoom. */
  private draw(): void {
    const { width, height } = this.canvas;
    if (this.picture) this.picture.draw(this.context, this.framesProduced);
    else this.context.clearRect(0, 0, width, height);
    const factor = this.zoom / (this.options.zoom?.min ?? 1);
    if (factor > 1) {
      const [w, h] = [width / factor, height / factor];
      this.context.drawImage(this.canvas, (width - w) / 2, (height - h) / 2, w, h, 0, 0, width, height);
    }
    this.framesProduced++;
  }

  private capabilities(): MediaTrackCapabilities {
    const widths = this.resolutions.map(([w]) => w);
    const heights = this.resolutions.map(([, h]) => h);
    return {
      deviceId: this.deviceId,
      groupId: this.groupId,
      facingMode: this.facingMode ? [this.facingMode] : [],
      width: { min: Math.min(...widths), max: Math.max(...widths) },
      height: { min: Math.min(...heights), max: Math.max(...heights) },
      frameRate: { min: 1, max: this.frameRate },
      ...(this.options.zoom ? { zoom: { ...this.options.zoom, step: 0.1 } } : {}),
      ...(this.options.torch ? { torch: true } : {}),
    } as MediaTrackCapabilities;
  }

  /** Gives a canvas track the device's label, settings, capabilities and constraints. */
  private dress(track: MediaStreamTrack): void {
    let constraints: MediaTrackConstraints = {};
    const settings = (): MediaTrackSettings =>
      ({
        deviceId: this.deviceId,
        groupId: this.groupId,
        ...(this.facingMode ? { facingMode: this.facingMode } : {}),
        width: this.canvas.width,
        height: this.canvas.height,
        frameRate: this.frameRate,
        aspectRatio: this.canvas.width / this.canvas.height,
        resizeMode: 'none',
        ...(this.options.zoom ? { zoom: this.zoom } : {}),
        ...(this.options.torch ? { torch: this.torch } : {}),
      }) as MediaTrackSettings;
    // `ended` as a real camera sends it: to the track's `ended` listeners and `onended`.
    const ended = new EventTarget();
    ended.addEventListener('ended', (event) => track.onended?.call(track, event));
    this.endedEvents.set(track, ended);
    const { addEventListener, removeEventListener } = track;
    Object.defineProperties(track, {
      addEventListener: {
        value: (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) =>
          type === 'ended' ? ended.addEventListener(type, listener, options) : addEventListener.call(track, type, listener, options),
      },
      removeEventListener: {
        value: (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) =>
          type === 'ended' ? ended.removeEventListener(type, listener, options) : removeEventListener.call(track, type, listener, options),
      },
      label: { value: this.label },
      getSettings: { value: settings },
      getCapabilities: { value: () => this.capabilities() },
      getConstraints: { value: () => constraints },
      applyConstraints: {
        value: async (applied: MediaTrackConstraints = {}) => {
          for (const set of [applied, ...(applied.advanced ?? [])] as Record<string, unknown>[]) {
            const { zoom, torch } = set;
            if (typeof zoom === 'number' && this.options.zoom) {
              this.zoom = Math.min(this.options.zoom.max, Math.max(this.options.zoom.min, zoom));
            }
            if (typeof torch === 'boolean' && this.options.torch) this.torch = torch;
          }
          constraints = applied;
        },
      },
    });
  }
}
