/**
 * Shows a stream in the preview `<video>` and resolves once its first frame is on screen.
 * `muted`, `playsInline` and `autoplay` are set before the stream is attached, or iOS Safari
 * shows black. Rejects with the signal's reason when aborted meanwhile.
 */
export async function showPreview(video: HTMLVideoElement, stream: MediaStream, signal: AbortSignal): Promise<void> {
  video.muted = true;
  video.playsInline = true;
  video.autoplay = true;
  video.srcObject = stream;
  await abortable(
    Promise.all([video.play().catch(ignorePlayInterruption), firstFrame(video)]),
    signal,
  );
}

/** Detaches the stream from the preview. */
export function clearPreview(video: HTMLVideoElement | null): void {
  if (!video) return;
  video.pause();
  video.srcObject = null;
}

function firstFrame(video: HTMLVideoElement): Promise<void> {
  if (typeof video.requestVideoFrameCallback === 'function') {
    return new Promise((resolve) => video.requestVideoFrameCallback(() => resolve()));
  }
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) return Promise.resolve();
  return new Promise((resolve) => video.addEventListener('loadeddata', () => resolve(), { once: true }));
}

// play() rejects with AbortError when the source is replaced before playback starts; the
// caller's signal says whether that matters.
function ignorePlayInterruption(error: unknown): void {
  if ((error as { name?: string })?.name !== 'AbortError') throw error;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
