import { aTimeout, waitUntil } from '@open-wc/testing';
/** Loads a video URL in a `<video>` and resolves once its metadata (duration, size) is known. */
export async function loadVideo(url: string): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  const loaded = new Promise<void>((resolve, reject) => {
    video.addEventListener('loadedmetadata', () => resolve(), { once: true });
    video.addEventListener('error', () => reject(new Error(`the video did not load: ${video.error?.message ?? video.error?.code}`)), {
      once: true,
    });
  });
  video.src = url;
  await loaded;
  return video;
}

/**
 * Seeks a loaded video to `time` seconds and resolves when that frame can be drawn. Firefox
 * sometimes ends a seek in a MediaRecorder WebM (no cues) without a `seeked` event: after a second
 * without one, a seek that is no longer in progress counts as done.
 */
export async function seekVideo(video: HTMLVideoElement, time: number): Promise<void> {
  const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
  video.currentTime = time;
  await Promise.race([seeked, aTimeout(1000).then(() => waitUntil(() => !video.seeking, `the seek to ${time} s to end`, { timeout: 10_000 }))]);
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  }
}

/**
 * How many audio tracks a loaded video holds, as the browser's player finds them: Safari's
 * `audioTracks`, elsewhere the tracks of the element's `captureStream()` (known from its metadata).
 */
export function audioTrackCount(video: HTMLVideoElement): number {
  const media = video as HTMLVideoElement & { audioTracks?: { length: number }; captureStream?: () => MediaStream };
  if (media.audioTracks) return media.audioTracks.length;
  const stream = media.captureStream!();
  const count = stream.getAudioTracks().length;
  for (const track of stream.getTracks()) track.stop();
  return count;
}

/**
 * Whether this is WebKitGTK (WebKit on Linux), whose MediaRecorder on Debian 12 writes empty files
 * (see test/webkit/): recording checks are skipped there, saying so.
 */
export const recordsEmptyFiles = /Linux/.test(navigator.userAgent) && /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
