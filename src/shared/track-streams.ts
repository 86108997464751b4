/**
 * A camera track as a stream of `VideoFrame`s, and frames made into a track again (Chromium's
 * `MediaStreamTrackProcessor` and `MediaStreamTrackGenerator`, on the page and in workers; the
 * standard `MediaStreamTrackProcessor`, in workers only, in Safari 18 and later): undefined where
 * the browser has none.
 */
interface TrackProcessorConstructor {
  new (init: { track: MediaStreamTrack }): { readable: ReadableStream<VideoFrame> };
}
interface TrackGeneratorConstructor {
  new (init: { kind: 'video' }): MediaStreamTrack & { writable: WritableStream<VideoFrame> };
}

const scope = globalThis as { MediaStreamTrackProcessor?: TrackProcessorConstructor; MediaStreamTrackGenerator?: TrackGeneratorConstructor };

/** Whether this browser can make a track's frames a stream (`trackFrames`). */
export const canStreamTracks = (): boolean => typeof scope.MediaStreamTrackProcessor === 'function';

/** Whether it can also make frames a track again (`framesTrack`). */
export const canGenerateTracks = (): boolean => canStreamTracks() && typeof scope.MediaStreamTrackGenerator === 'function';

/** The readable of `track`'s frames, or undefined where the browser cannot make one. */
export function trackFrames(track: MediaStreamTrack): ReadableStream<VideoFrame> | undefined {
  const Processor = scope.MediaStreamTrackProcessor;
  if (typeof Processor !== 'function') return undefined;
  try {
    return new Processor({ track }).readable;
  } catch {
    return undefined;
  }
}

/** A video track showing the frames written to it, or undefined where the browser has none. */
export function framesTrack(): (MediaStreamTrack & { writable: WritableStream<VideoFrame> }) | undefined {
  const Generator = scope.MediaStreamTrackGenerator;
  if (typeof Generator !== 'function') return undefined;
  try {
    return new Generator({ kind: 'video' });
  } catch {
    return undefined;
  }
}

/** Whether this browser refused to move a track to a worker (then it is not tried again). */
let tracksStayOnPage = false;

/**
 * What a worker reads a camera's frames from: a readable of a track clone made on the page
 * (Chromium), or the clone itself, moved to the worker, where only workers can read a track
 * (Safari).
 */
export type TrackSource = { readable: ReadableStream<VideoFrame> } | { track: MediaStreamTrack };

/**
 * Hands `send` (a post to a worker, moving `transfer`) the frames of a clone of `track`: a readable
 * of it where the page can make one, else the clone itself, and returns the clone, which the caller
 * stops when it is done (a moved clone is the worker's to stop: stopping it here does nothing);
 * null where the browser can do neither (a track that cannot be moved, as in Firefox). A worker
 * that gets a track it cannot read says so, and the page then sends it frames another way.
 */
export function sendTrackFrames(track: MediaStreamTrack, send: (source: TrackSource, transfer: Transferable[]) => void): MediaStreamTrack | null {
  const onPage = canStreamTracks();
  // No clone where no worker could read frames, or a track was refused once: a clone only to be
  // stopped again (WebKit's mock camera does not take a stopped clone well).
  if (!onPage && (tracksStayOnPage || typeof VideoFrame === 'undefined')) return null;
  const clone = track.clone();
  const readable = onPage ? trackFrames(clone) : undefined;
  const source: TrackSource | null = readable ? { readable } : onPage ? null : { track: clone };
  try {
    if (source) {
      send(source, ['readable' in source ? source.readable : source.track] as unknown as Transferable[]);
      return clone;
    }
  } catch {
    // It cannot be moved there (Firefox refuses to move a track): nor will the next one be.
    if (!onPage) tracksStayOnPage = true;
  }
  clone.stop();
  return null;
}

/**
 * In a worker: the frames of what the page sent ({@link sendTrackFrames}) and the track this worker
 * stops when it is done (null for a readable: the page stops its track); undefined where this worker
 * cannot read a track (the track is then stopped at once).
 */
export function readTrackSource(source: TrackSource): { frames: ReadableStream<VideoFrame>; track: MediaStreamTrack | null } | undefined {
  if ('readable' in source) return { frames: source.readable, track: null };
  const frames = trackFrames(source.track);
  if (frames) return { frames, track: source.track };
  source.track.stop();
  return undefined;
}
