interface ZoomCapabilities extends MediaTrackCapabilities {
  zoom?: { min?: number; max?: number; step?: number };
}

/** The largest digital zoom (a centre crop) where the camera has no zoom of its own. */
export const DIGITAL_MAX_ZOOM = 4;

/**
 * How a camera zooms: in hardware where the track offers a `zoom` capability (ratios are relative
 * to its widest setting), otherwise digitally, by cropping the centre of the picture.
 */
export interface ZoomRange {
  readonly hardware: boolean;
  /** The largest zoom `setZoom` accepts. */
  readonly max: number;
  /** Applies a zoom in `[1, max]` to the track (hardware only). */
  apply(zoom: number): Promise<void>;
}

/** The zoom range of an open camera track. */
export function zoomRangeOf(track: MediaStreamTrack): ZoomRange {
  const zoom = (track.getCapabilities?.() as ZoomCapabilities | undefined)?.zoom;
  if (!zoom?.max || !zoom.min || zoom.max <= zoom.min) {
    return { hardware: false, max: DIGITAL_MAX_ZOOM, apply: async () => undefined };
  }
  const { min, max } = zoom;
  return {
    hardware: true,
    max: Math.floor((max / min) * 10) / 10,
    apply: (value) => track.applyConstraints({ advanced: [{ zoom: Math.min(max, min * value) } as MediaTrackConstraintSet] }),
  };
}

/** A requested zoom as the camera applies it: one decimal place, within `[1, max]`. */
export function clampZoom(zoom: number, max: number): number {
  return Math.min(max, Math.max(1, Math.round(zoom * 10) / 10));
}
