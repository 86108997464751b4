interface ZoomCapabilities extends MediaTrackCapabilities {
  zoom?: { min?: number; max?: number };
}

/** The largest zoom factor the track offers in hardware, as a ratio to its widest setting; 1 for none. */
export function maxZoomOf(track: MediaStreamTrack): number {
  const zoom = (track.getCapabilities?.() as ZoomCapabilities | undefined)?.zoom;
  if (!zoom?.max || !zoom.min || zoom.max <= zoom.min) return 1;
  return Math.round((zoom.max / zoom.min) * 10) / 10;
}
