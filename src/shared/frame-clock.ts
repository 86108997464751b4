/**
 * Calls `onFrame` once per new frame the video presents, until `signal` aborts, with the count of
 * frames presented and the frame's capture time (ms, `performance.now()` clock) where the browser
 * knows it, otherwise when it was presented. Uses `requestVideoFrameCallback`; where it is missing,
 * polls on animation frames and reports a frame whenever the video's time moved.
 */
export function watchFrames(
  video: HTMLVideoElement,
  onFrame: (presentedFrames: number, capturedAt: number) => void,
  signal: AbortSignal,
): void {
  if (typeof video.requestVideoFrameCallback === 'function') {
    let handle = 0;
    const tick = (now: number, metadata: VideoFrameCallbackMetadata) => {
      if (signal.aborted) return;
      handle = video.requestVideoFrameCallback(tick);
      onFrame(metadata.presentedFrames, metadata.captureTime ?? metadata.presentationTime ?? now);
    };
    handle = video.requestVideoFrameCallback(tick);
    signal.addEventListener('abort', () => video.cancelVideoFrameCallback(handle), { once: true });
    return;
  }
  let lastTime = -1;
  let presented = 0;
  let handle = 0;
  const poll = () => {
    if (signal.aborted) return;
    handle = requestAnimationFrame(poll);
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.currentTime === lastTime) return;
    lastTime = video.currentTime;
    onFrame(++presented, performance.now());
  };
  handle = requestAnimationFrame(poll);
  signal.addEventListener('abort', () => cancelAnimationFrame(handle), { once: true });
}

/** Resolves `true` at the video's next presented frame, or `false` once `signal` aborts. */
export function nextFrame(video: HTMLVideoElement, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const waiting = new AbortController();
    const onAbort = () => {
      waiting.abort();
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    watchFrames(
      video,
      () => {
        waiting.abort();
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      },
      waiting.signal,
    );
  });
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
