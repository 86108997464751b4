/**
 * Container and codecs for recordings, best first: MP4/H.264 plays everywhere, then WebM. With a
 * microphone the audio codec must be named too (Firefox refuses a video-only codec list for a
 * stream with audio). The browser's own choice (no type) is the last resort.
 */
const VIDEO_ONLY = ['video/mp4;codecs=avc1', 'video/mp4', 'video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
const WITH_AUDIO = [
  'video/mp4;codecs=avc1,mp4a.40.2',
  'video/mp4;codecs=avc1,opus',
  'video/mp4',
  'video/webm;codecs=vp9,opus',
  'video/webm;codecs=vp8,opus',
  'video/webm',
];

/** The best recording type this browser supports, or '' to let it choose. */
export function recordingType(withAudio: boolean): string {
  return (withAudio ? WITH_AUDIO : VIDEO_ONLY).find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}

/**
 * Video bitrate for a recording of `width` x `height`: about 2.5 Mbit/s at 720p, and an eighth of
 * that (about 300 kbit/s) for `compressed` recordings.
 */
export function videoBitrate(width: number, height: number, compressed: boolean): number {
  const normal = Math.round(width * height * 30 * 0.09);
  return compressed ? Math.round(normal / 8) : normal;
}
