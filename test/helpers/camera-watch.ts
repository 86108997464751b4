/**
 * Watches the page's real `getUserMedia` (it still opens the browser's fake camera) so tests can
 * see every stream the element asked for: how many tracks are live now, and at most at once.
 */
const requests: Promise<MediaStream>[] = [];
const streams: MediaStream[] = [];
let mostLiveAtOnce = 0;

// On the prototype: WebKit may hand out a new `navigator.mediaDevices` wrapper later on.
const realGetUserMedia = MediaDevices.prototype.getUserMedia;
if (!(realGetUserMedia as { watched?: boolean }).watched) {
  MediaDevices.prototype.getUserMedia = Object.assign(
    function (this: MediaDevices, constraints?: MediaStreamConstraints): Promise<MediaStream> {
      const request = realGetUserMedia.call(this, constraints).then((stream) => {
        streams.push(stream);
        mostLiveAtOnce = Math.max(mostLiveAtOnce, liveVideoTracks().length);
        return stream;
      });
      requests.push(request);
      return request;
    },
    { watched: true },
  );
}

/** Camera tracks getUserMedia opened that are still live (one per open camera; clones not counted). */
export function liveVideoTracks(): MediaStreamTrack[] {
  return streams.flatMap((stream) => stream.getVideoTracks()).filter((track) => track.readyState === 'live');
}

/** How many `getUserMedia` calls were made so far. */
export function requestCount(): number {
  return requests.length;
}

/** The most video tracks that were live at the same time since the last reset. */
export function mostLiveTracksAtOnce(): number {
  return mostLiveAtOnce;
}

/** Resolves once every `getUserMedia` call made so far has settled and the element has reacted. */
export async function requestsSettled(): Promise<void> {
  await Promise.allSettled(requests);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Forgets the high-water mark (streams themselves are kept to check they end). */
export function resetWatch(): void {
  mostLiveAtOnce = liveVideoTracks().length;
}

// Track clones (the frame pipeline reads frames from one, recordings may record one) are camera
// tracks too: the camera stays on while any of them is live.
const clones: MediaStreamTrack[] = [];
const clone = MediaStreamTrack.prototype.clone;
if (!(clone as { watched?: boolean }).watched) {
  MediaStreamTrack.prototype.clone = Object.assign(function (this: MediaStreamTrack) {
    const copy = clone.call(this);
    clones.push(copy);
    return copy;
  }, { watched: true });
}

// Workers the package starts, until they are terminated.
const liveWorkers = new Map<Worker, string>();
if (typeof Worker === 'function' && !(Worker as { watched?: boolean }).watched) {
  const RealWorker = Worker;
  globalThis.Worker = class extends RealWorker {
    static watched = true;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      liveWorkers.set(this, options?.name ?? String(url));
    }
    override terminate(): void {
      liveWorkers.delete(this);
      super.terminate();
    }
  };
}

/** Workers started and not terminated. */
export function liveWorkerCount(): number {
  return liveWorkers.size;
}

/** The names of the workers started and not terminated (their URL where they have no name). */
export function liveWorkerNames(): string[] {
  return [...liveWorkers.values()];
}

/** Every track still live: camera and microphone tracks from getUserMedia, and their clones. */
export function liveTracks(): MediaStreamTrack[] {
  return [...streams.flatMap((stream) => stream.getTracks()), ...clones].filter((track) => track.readyState === 'live');
}
