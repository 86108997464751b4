/**
 * A camera track as a stream of `VideoFrame`s, and frames made into a track again (Chromium's
 * `MediaStreamTrackProcessor` and `MediaStreamTrackGenerator`, on the page and in workers):
 * undefined where the browser has none.
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

/**
 * Hands `send` (a post to a worker) a readable of the frames of a clone of `track`, and returns
 * the clone, which the caller stops when it is done; null where the browser cannot.
 */
export function sendTrackFrames(track: MediaStreamTrack, send: (readable: ReadableStream<VideoFrame>) => void): MediaStreamTrack | null {
  // No clone where it would only be stopped again (WebKit's mock camera does not take that well).
  if (!canStreamTracks()) return null;
  const clone = track.clone();
  const readable = trackFrames(clone);
  try {
    if (readable) {
      send(readable);
      return clone;
    }
  } catch {
    // it cannot be moved there
  }
  clone.stop();
  return null;
}
